/**
 * CAMEO event codes (the verb taxonomy GDELT codes events with) as stance kinds, polarity and
 * words for titles. docs/import/gdelt.md explains the table; change both together.
 */
import type { Polarity, StanceKind } from '@/graph/model/schema';

/**
 * Event code prefix -> stance kind; the longest prefix of the EventCode that is listed wins
 * (so `163` sanctions beats `16` reduce relations). `null`: the event states no stance toward
 * its target, and is skipped.
 */
export const CAMEO_KINDS: Readonly<Record<string, StanceKind | null>> = {
  '01': null, // make a public statement: comments, denials, empathy, not a position on the target
  '02': 'COURTS', // appeal: asking the target for something, an attempt to win it over
  '03': 'SUPPORTS', // express intent to cooperate, give aid, reform, yield
  '036': 'NEGOTIATES_WITH', // intent to meet or negotiate
  '037': 'NEGOTIATES_WITH', // intent to settle a dispute
  '038': 'NEGOTIATES_WITH', // intent to accept mediation
  '039': 'MEDIATES', // intent to mediate
  '04': 'NEGOTIATES_WITH', // consult: calls, visits, meetings, negotiation
  '045': 'MEDIATES', // mediate
  '05': 'SUPPORTS', // diplomatic cooperation: praise, defend, rally support, agreements
  '054': 'RECOGNISES', // grant diplomatic recognition
  '06': 'SUPPORTS', // material cooperation: economic, military, judicial, intelligence
  '07': 'SUPPORTS', // provide aid
  '074': 'PROTECTS', // military protection or peacekeeping
  '075': 'PROTECTS', // grant asylum
  '08': 'NEGOTIATES_WITH', // yield: a concession within a bargaining relation
  '09': 'ACCUSES', // investigate crime, abuses, war crimes
  '10': 'PRESSURES', // demand
  '11': 'OPPOSES', // disapprove: criticise, denounce, rally opposition, complain
  '112': 'ACCUSES', // accuse
  '115': 'ACCUSES', // bring a lawsuit against
  '116': 'ACCUSES', // find guilty or liable
  '12': 'OPPOSES', // reject
  '13': 'PRESSURES', // threaten
  '14': 'OPPOSES', // protest
  '15': 'PRESSURES', // exhibit force posture
  '16': 'RESTRICTS', // reduce relations, stop aid, halt talks, expel
  '163': 'SANCTIONS', // impose embargo, boycott or sanctions
  '17': 'PRESSURES', // coerce: seize property, arrest, deport, repress
  '172': 'SANCTIONS', // impose administrative sanctions
  '18': 'OPPOSES', // assault
  '19': 'OPPOSES', // fight
  '20': 'OPPOSES', // unconventional mass violence
};

/** The EventCode, with the root code as a fallback when the code is missing or does not start with it. */
export function cameoCode(eventCode: string, rootCode: string): string {
  const root = rootCode.trim().padStart(2, '0');
  const code = eventCode.trim();
  return /^\d{2,4}$/.test(code) && code.startsWith(root) ? code : root;
}

/** The stance kind of an event code: a kind, null (no stance), or undefined (not a CAMEO code). */
export function cameoKind(code: string): StanceKind | null | undefined {
  for (let length = Math.min(code.length, 4); length >= 2; length--) {
    const kind = CAMEO_KINDS[code.slice(0, length)];
    if (kind !== undefined) return kind;
  }
  return undefined;
}

/**
 * One event's sign: QuadClass 1 and 2 (verbal and material cooperation) are +1, 3 and 4 (verbal
 * and material conflict) -1; without a QuadClass, the sign of its GoldsteinScale.
 */
export function eventSign(quadClass: string, goldstein: number): Polarity {
  const quad = quadClass.trim();
  if (quad === '1' || quad === '2') return 1;
  if (quad === '3' || quad === '4') return -1;
  return Number.isFinite(goldstein) ? (Math.sign(goldstein) as Polarity) : 0;
}

/** What a root code and its base codes (three digits) mean, in words for source titles. */
const EVENT_WORDS: Readonly<Record<string, string>> = {
  '01': 'made a public statement', '010': 'made a statement', '011': 'declined to comment', '012': 'made a pessimistic comment',
  '013': 'made an optimistic comment', '014': 'considered a policy option', '015': 'claimed responsibility', '016': 'denied responsibility',
  '017': 'made a symbolic act', '018': 'made an empathetic comment', '019': 'expressed accord',
  '02': 'appealed', '020': 'appealed', '021': 'appealed for material cooperation', '022': 'appealed for diplomatic cooperation',
  '023': 'appealed for aid', '024': 'appealed for political reform', '025': 'appealed to yield', '026': 'appealed to meet or negotiate',
  '027': 'appealed to settle the dispute', '028': 'appealed to accept mediation',
  '03': 'expressed intent to cooperate', '030': 'expressed intent to cooperate', '031': 'expressed intent to cooperate materially',
  '032': 'expressed intent to give diplomatic support', '033': 'expressed intent to give aid', '034': 'expressed intent to reform',
  '035': 'expressed intent to yield', '036': 'expressed intent to meet or negotiate', '037': 'expressed intent to settle the dispute',
  '038': 'expressed intent to accept mediation', '039': 'expressed intent to mediate',
  '04': 'consulted', '040': 'consulted', '041': 'discussed by telephone', '042': 'visited', '043': 'hosted a visit by',
  '044': 'met at a third location', '045': 'mediated', '046': 'negotiated',
  '05': 'cooperated diplomatically', '050': 'cooperated diplomatically', '051': 'praised or endorsed', '052': 'defended verbally',
  '053': 'rallied support for', '054': 'granted diplomatic recognition to', '055': 'apologised to', '056': 'forgave', '057': 'signed a formal agreement with',
  '06': 'cooperated materially', '060': 'cooperated materially', '061': 'cooperated economically', '062': 'cooperated militarily',
  '063': 'cooperated on judicial matters', '064': 'shared intelligence or information',
  '07': 'provided aid', '070': 'provided aid', '071': 'provided economic aid', '072': 'provided military aid', '073': 'provided humanitarian aid',
  '074': 'provided military protection or peacekeeping', '075': 'granted asylum',
  '08': 'yielded', '080': 'yielded', '081': 'eased administrative sanctions', '082': 'eased political dissent',
  '083': 'acceded to demands for reform', '084': 'returned or released', '085': 'eased economic sanctions, boycott or embargo',
  '086': 'allowed international involvement', '087': 'de-escalated military engagement',
  '09': 'investigated', '090': 'investigated', '091': 'investigated crime or corruption', '092': 'investigated human rights abuses',
  '093': 'investigated military action', '094': 'investigated war crimes',
  '10': 'demanded', '100': 'demanded', '101': 'demanded information or cooperation', '102': 'demanded policy support', '103': 'demanded aid or protection',
  '104': 'demanded political reform', '105': 'demanded mediation or easing', '106': 'demanded withdrawal', '107': 'demanded a ceasefire',
  '108': 'demanded a meeting or negotiation',
  '11': 'disapproved', '110': 'disapproved', '111': 'criticised or denounced', '112': 'accused', '113': 'rallied opposition against',
  '114': 'complained officially about', '115': 'brought a lawsuit against', '116': 'found guilty or liable',
  '12': 'rejected', '120': 'rejected', '121': 'rejected material cooperation', '122': 'rejected a request for aid', '123': 'rejected a request for reform',
  '124': 'refused to yield', '125': 'rejected a proposal to meet or negotiate', '126': 'rejected mediation', '127': 'rejected a settlement',
  '128': 'defied norms or law', '129': 'vetoed',
  '13': 'threatened', '130': 'threatened', '131': 'threatened non-force measures', '132': 'threatened administrative sanctions',
  '133': 'threatened political dissent', '134': 'threatened to halt negotiations', '135': 'threatened to halt mediation',
  '136': 'threatened to halt international involvement', '137': 'threatened violent repression', '138': 'threatened military force', '139': 'gave an ultimatum',
  '14': 'protested', '140': 'engaged in political dissent', '141': 'demonstrated or rallied', '142': 'held a hunger strike', '143': 'held a strike or boycott',
  '144': 'obstructed passage', '145': 'protested violently',
  '15': 'exhibited force posture', '150': 'demonstrated military or police power', '151': 'raised police alert status', '152': 'raised military alert status',
  '153': 'mobilised police power', '154': 'mobilised armed forces',
  '16': 'reduced relations', '160': 'reduced relations', '161': 'reduced or broke diplomatic relations', '162': 'reduced or stopped aid',
  '163': 'imposed an embargo, boycott or sanctions', '164': 'halted negotiations', '165': 'halted mediation', '166': 'expelled or withdrew',
  '17': 'coerced', '170': 'coerced', '171': 'seized or damaged property', '172': 'imposed administrative sanctions',
  '173': 'arrested, detained or charged', '174': 'expelled or deported individuals', '175': 'used violent repression', '176': 'carried out a cyber attack',
  '18': 'assaulted', '180': 'used unconventional violence', '181': 'abducted or took hostage', '182': 'physically assaulted', '183': 'bombed (non-military)',
  '184': 'used as human shield', '185': 'attempted to assassinate', '186': 'assassinated',
  '19': 'fought', '190': 'used conventional military force', '191': 'imposed a blockade', '192': 'occupied territory', '193': 'fought with small arms',
  '194': 'fought with artillery and tanks', '195': 'used aerial weapons', '196': 'violated a ceasefire',
  '20': 'used unconventional mass violence', '200': 'used unconventional mass violence', '201': 'carried out mass expulsion', '202': 'carried out mass killings',
  '203': 'carried out ethnic cleansing', '204': 'used weapons of mass destruction',
};

/** The event in words: the base code's, else the root code's (`criticised or denounced`). */
export function cameoWords(code: string): string {
  return EVENT_WORDS[code.slice(0, 3)] ?? EVENT_WORDS[code.slice(0, 2)] ?? `CAMEO event ${code}`;
}
