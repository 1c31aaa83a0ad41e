/**
 * The one sentence the app writes about a stance, wherever it writes one (stance list, details
 * panel, "who backs" answers, exports, snapshot titles). It never says more than the evidence:
 * the verb comes from the stance's kind AND its polarity (a neutral stance never reads
 * "supports"), a claimed or alleged stance says who reports it, and a stance built from coded
 * events says it counts events. The wording table is documented in docs/sentences.md.
 */
import type { EdgeData, EvidenceItem } from '@/graph/model/elements';
import { STANCE_KIND_POLARITY, type Certainty, type Polarity, type StanceKind } from '@/graph/model/schema';

/** Each kind's verb (after the actor) and -ing form (in "events of A supporting B"). */
export const KIND_WORDS: Record<StanceKind, { verb: string; gerund: string }> = {
  SUPPORTS: { verb: 'supports', gerund: 'supporting' },
  RECOGNISES: { verb: 'recognises', gerund: 'recognising' },
  PROTECTS: { verb: 'protects', gerund: 'protecting' },
  ALLIED_WITH: { verb: 'is allied with', gerund: 'allied with' },
  MEMBER_OF: { verb: 'is a member of', gerund: 'a member of' },
  LEADS: { verb: 'leads', gerund: 'leading' },
  REPRESENTS: { verb: 'represents', gerund: 'representing' },
  MEDIATES: { verb: 'mediates with', gerund: 'mediating with' },
  NEGOTIATES_WITH: { verb: 'negotiates with', gerund: 'negotiating with' },
  COURTS: { verb: 'courts', gerund: 'courting' },
  OPPOSES: { verb: 'opposes', gerund: 'opposing' },
  SANCTIONS: { verb: 'sanctions', gerund: 'sanctioning' },
  ACCUSES: { verb: 'accuses', gerund: 'accusing' },
  DOES_NOT_RECOGNISE: { verb: 'does not recognise', gerund: 'not recognising' },
  PRESSURES: { verb: 'pressures', gerund: 'pressuring' },
  RESTRICTS: { verb: 'restricts', gerund: 'restricting' },
};

/**
 * The words for a polarity that the kind does not usually carry: a backing or opposing kind held
 * at 0 takes no side (whatever its kind says), and a kind read against its usual sign says the
 * sign plainly instead of its own verb.
 */
export const POLARITY_WORDS: Record<Polarity, { verb: string; gerund: string }> = {
  1: { verb: 'backs', gerund: 'backing' },
  0: { verb: 'takes no side on', gerund: 'taking no side on' },
  [-1]: { verb: 'is against', gerund: 'against' },
};

/** How a neutral kind (LEADS, COURTS, ...) that a stance gives a sign says which way it leans. */
export const LEAN_WORDS: Record<Exclude<Polarity, 0>, string> = { 1: 'in support', [-1]: 'in opposition' };

/** What a claimed or alleged stance adds, after the sentence. */
export const CERTAINTY_MARKS: Partial<Record<Certainty, string>> = { claimed: 'claimed', alleged: 'alleged, unconfirmed' };

/** At most this many publishers are named in "according to ..."; the rest are counted. */
const NAMED_PUBLISHERS = 2;

function isStanceKind(type: string): type is StanceKind {
  return Object.hasOwn(STANCE_KIND_POLARITY, type);
}

/** The verb (or -ing form) for a kind at a polarity, from the tables above. */
export function stanceVerb(type: string, polarity: Polarity, form: 'verb' | 'gerund' = 'verb'): { words: string; lean?: string } {
  // Relationships of other data (the console's hand-off) keep their own type, read as words.
  if (!isStanceKind(type)) return { words: type.toLowerCase().replace(/_/g, ' ') };
  const usual: Polarity = STANCE_KIND_POLARITY[type];
  if (usual === polarity) return { words: KIND_WORDS[type][form] };
  if (usual === 0) return { words: KIND_WORDS[type][form], lean: LEAN_WORDS[polarity as Exclude<Polarity, 0>] };
  return { words: POLARITY_WORDS[polarity][form] };
}

/** "A, B and C" */
function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** The publishers the evidence cites, each once, in order: "The Telegraph and BBC News" (the rest counted). */
export function publishersOf(evidence: readonly EvidenceItem[]): string {
  const publishers = [...new Set(evidence.map((e) => e.source?.publisher ?? '').filter((p) => p.length > 0))];
  if (publishers.length <= NAMED_PUBLISHERS + 1) return joinWords(publishers);
  const rest = publishers.length - NAMED_PUBLISHERS;
  return `${publishers.slice(0, NAMED_PUBLISHERS).join(', ')} and ${rest} other sources`;
}

/** The stance fields a sentence is written from (EdgeData has them all; so do frozen snapshots). */
export type SentenceInput = Pick<EdgeData, 'source' | 'target' | 'type' | 'polarity' | 'certainty' | 'evidence'> & { properties?: EdgeData['properties'] };

/**
 * How many coded events the stance stands for: its `eventCount`, else its event evidence; 0 for a
 * quoted stance. Before its evidence is loaded, the stored `eventCount` alone tells (only coded
 * event stances have one).
 */
export function eventCountOf(edge: SentenceInput): number {
  const stored = edge.properties?.eventCount;
  const count = typeof stored === 'number' && Number.isInteger(stored) && stored > 0 ? stored : 0;
  if (!edge.evidence) return count;
  const events = edge.evidence.filter((e) => e.event !== undefined).length;
  if (events === 0 || events < edge.evidence.length) return 0;
  return count || events;
}

/**
 * The sentence for a stance, e.g. "Russia supports Nicolás Maduro", "United States takes no side
 * on Secondary sanctions", "According to The Telegraph, Cuba supports Nicolás Maduro (claimed)",
 * "GDELT coded 12 events of United States opposing Russia". `names` maps elementIds to names.
 * Snapshot titles of a stance use this too.
 */
export function stanceSentence(edge: SentenceInput, names: ReadonlyMap<string, string>): string {
  const from = names.get(edge.source) ?? 'Unknown';
  const to = names.get(edge.target) ?? 'Unknown';
  const mark = edge.certainty ? CERTAINTY_MARKS[edge.certainty] : undefined;
  // Until the evidence is loaded the sentence names no publisher: it says no more than it knows.
  const publishers = publishersOf(edge.evidence ?? []);
  const events = eventCountOf(edge);
  if (events > 0) {
    const { words, lean } = stanceVerb(edge.type, edge.polarity, 'gerund');
    const who = publishers || 'The source';
    const core = `${who} coded ${events} ${events === 1 ? 'event' : 'events'} of ${from} ${words} ${to}${lean ? ` (${lean})` : ''}`;
    return mark ? `${core} (${mark})` : core;
  }
  const { words, lean } = stanceVerb(edge.type, edge.polarity);
  const core = `${from} ${words} ${to}${lean ? ` (${lean})` : ''}`;
  if (!mark) return core;
  return publishers ? `According to ${publishers}, ${core} (${mark})` : `Reportedly, ${core} (${mark})`;
}
