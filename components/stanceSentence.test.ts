import { eventCountOf, publishersOf, stanceSentence, stanceVerb, type SentenceInput } from '@/components/stanceSentence';
import { STANCE_KIND_POLARITY, stanceId, type Dataset } from '@/graph/model/schema';
import { readDataset } from '@/graph/import/readDataset';

const names = new Map([
  ['us', 'United States'],
  ['ru', 'Russia'],
  ['cu', 'Cuba'],
  ['nm', 'Nicolás Maduro'],
  ['fmi', 'Foreign military intervention in Venezuela'],
]);
const bbc = { title: 'Venezuela opposition speaking to army', publisher: 'BBC News', date: '2019-01-30' };
const efe = { title: 'Venezuela crisis: Guaido seeks US military cooperation', publisher: 'News site (unattributed; EFE report)', date: '2019-05-11' };
const gdelt = { title: 'GDELT 2.0 events', publisher: 'GDELT', date: '2019-02-01' };

function stance(type: string, polarity: -1 | 0 | 1, more: Partial<SentenceInput> = {}): SentenceInput {
  return { source: 'us', target: 'fmi', type, polarity, certainty: 'reported', evidence: [{ quote: 'a quote', sourceId: 'bbc', source: bbc }], ...more };
}

describe('components/stanceSentence', () => {
  it('uses the kind’s own verb when the stance has the kind’s usual polarity', () => {
    expect(stanceSentence(stance('SUPPORTS', 1, { source: 'ru', target: 'nm' }), names)).toBe('Russia supports Nicolás Maduro');
    expect(stanceSentence(stance('DOES_NOT_RECOGNISE', -1, { target: 'nm' }), names)).toBe('United States does not recognise Nicolás Maduro');
    expect(stanceSentence(stance('COURTS', 0, { target: 'nm' }), names)).toBe('United States courts Nicolás Maduro');
  });

  it('never writes "supports" or "opposes" for a neutral stance', () => {
    expect(stanceSentence(stance('SUPPORTS', 0), names)).toBe('United States takes no side on Foreign military intervention in Venezuela');
    expect(stanceSentence(stance('OPPOSES', 0), names)).toBe('United States takes no side on Foreign military intervention in Venezuela');
  });

  it('says the sign plainly when a stance goes against its kind’s usual polarity, and which way a neutral kind leans', () => {
    expect(stanceSentence(stance('SUPPORTS', -1), names)).toBe('United States is against Foreign military intervention in Venezuela');
    expect(stanceSentence(stance('SANCTIONS', 1), names)).toBe('United States backs Foreign military intervention in Venezuela');
    expect(stanceSentence(stance('NEGOTIATES_WITH', 1, { target: 'nm' }), names)).toBe('United States negotiates with Nicolás Maduro (in support)');
    expect(stanceVerb('MEDIATES', -1)).toEqual({ words: 'mediates with', lean: 'in opposition' });
  });

  it('says who reports a claimed or alleged stance', () => {
    const claimed = stance('SUPPORTS', 1, { source: 'cu', target: 'nm', certainty: 'claimed', evidence: [{ quote: 'q', sourceId: 'efe', source: efe }] });
    expect(stanceSentence(claimed, names)).toBe('According to News site (unattributed; EFE report), Cuba supports Nicolás Maduro (claimed)');
    const alleged = stance('PROTECTS', 1, { source: 'ru', target: 'nm', certainty: 'alleged', evidence: [{ quote: 'q', sourceId: 'x' }] });
    expect(stanceSentence(alleged, names)).toBe('Reportedly, Russia protects Nicolás Maduro (alleged, unconfirmed)');
  });

  it('names two publishers and counts the rest', () => {
    const item = (publisher: string) => ({ quote: 'q', sourceId: publisher, source: { ...bbc, publisher } });
    expect(publishersOf([item('A'), item('B'), item('A')])).toBe('A and B');
    expect(publishersOf([item('A'), item('B'), item('C')])).toBe('A, B and C');
    expect(publishersOf([item('A'), item('B'), item('C'), item('D')])).toBe('A, B and 2 other sources');
  });

  it('reads a stance made of coded events as events, with the stored count', () => {
    const events = stance('OPPOSES', -1, { target: 'ru', evidence: [{ quote: '', sourceId: 'g', event: '829342', source: gdelt }], properties: { eventCount: 12 } });
    expect(eventCountOf(events)).toBe(12);
    expect(stanceSentence(events, names)).toBe('GDELT coded 12 events of United States opposing Russia');
    const one = { ...events, properties: {} };
    expect(stanceSentence(one, names)).toBe('GDELT coded 1 event of United States opposing Russia');
    expect(stanceSentence({ ...one, polarity: 0 }, names)).toBe('GDELT coded 1 event of United States taking no side on Russia');
  });

  it('keeps the type of relationships that are not stances', () => {
    expect(stanceSentence(stance('ROUTE_TO', 0, { evidence: [] }), names)).toBe('United States route to Foreign military intervention in Venezuela');
  });
});

/** Every stance of the seed data, as the sentence reads it. */
function seedSentences(data: Dataset): { id: string; polarity: number; certainty: string; sentence: string; core: string }[] {
  const names = new Map<string, string>([...data.actors, ...data.topics].map((t) => [t.id, t.name]));
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  return data.stances.map((s) => {
    const evidence = s.evidence.map((e) => {
      const source = sources.get(e.source);
      return { quote: e.quote ?? '', sourceId: e.source, ...(e.event ? { event: e.event } : {}), ...(source ? { source: { title: source.title, publisher: source.publisher, date: source.date } } : {}) };
    });
    const sentence = stanceSentence({ source: s.from, target: s.to, type: s.kind, polarity: s.polarity, certainty: s.certainty, evidence }, names);
    // What the sentence says about the stance itself: without the names and "according to ...".
    const core = sentence
      .replace(`According to ${publishersOf(evidence)}, `, '')
      .replace(names.get(s.from) ?? s.from, 'A')
      .replace(names.get(s.to) ?? s.to, 'B');
    return { id: stanceId(s), polarity: s.polarity, certainty: s.certainty, sentence, core };
  });
}

describe('components/stanceSentence on the seed data', () => {
  const data = readDataset();
  const rows = seedSentences(data);
  const POSITIVE = /\b(supports|backs|recognises|protects|is allied with|in support)\b/;
  const NEGATIVE = /\b(opposes|is against|sanctions|accuses|does not recognise|pressures|restricts|in opposition)\b/;

  it('writes a sentence for every stance', () => {
    expect(rows).toHaveLength(data.stances.length);
    expect(rows.every((r) => r.core.startsWith('A ') && r.core.includes(' B'))).toBe(true);
  });

  it('never writes a backing or opposing verb for a neutral stance', () => {
    const wrong = rows.filter((r) => r.polarity === 0 && (POSITIVE.test(r.core) || NEGATIVE.test(r.core)));
    expect(wrong.map((r) => `${r.id}: ${r.sentence}`)).toEqual([]);
  });

  it('never writes a backing verb for an opposing stance, nor an opposing verb for a backing one', () => {
    const wrong = rows.filter((r) => (r.polarity === -1 && (POSITIVE.test(r.core) || !NEGATIVE.test(r.core))) || (r.polarity === 1 && (NEGATIVE.test(r.core) || !POSITIVE.test(r.core))));
    expect(wrong.map((r) => `${r.id}: ${r.sentence}`)).toEqual([]);
  });

  it('says who reports every claimed or alleged stance, and that it is one', () => {
    const hedged = rows.filter((r) => r.certainty === 'claimed' || r.certainty === 'alleged');
    expect(hedged.length).toBeGreaterThan(0);
    const wrong = hedged.filter((r) => !/^According to \S.*, /.test(r.sentence) || !r.sentence.endsWith(r.certainty === 'claimed' ? '(claimed)' : '(alleged, unconfirmed)'));
    expect(wrong.map((r) => `${r.id}: ${r.sentence}`)).toEqual([]);
  });

  it('has no stance whose kind says the opposite of its polarity', () => {
    const wrong = data.stances.filter((s) => STANCE_KIND_POLARITY[s.kind] * s.polarity === -1);
    expect(wrong.map(stanceId)).toEqual([]);
  });

  it('does not record "all options are on the table" as support for, or neutrality on, an intervention', () => {
    const allOptions = data.stances.filter((s) => s.evidence.some((e) => e.quote?.includes('all options “are on the table”')));
    expect(allOptions.map((s) => [s.from, s.kind, s.to, s.polarity])).toEqual([['united-states', 'PRESSURES', 'nicolas-maduro', -1]]);
  });
});
