import { Dataset, formatIssues, formatPath, stanceId, staticKind, type DatasetInput } from '@/graph/model/schema';

/** A small valid data set; each test breaks one thing in a copy of it. */
function sample(): DatasetInput {
  return {
    dataset: { id: 'sample', title: 'Sample crisis' },
    actors: [
      { id: 'alpha', name: 'Alpha', kind: 'state', aliases: ['A'] },
      { id: 'beta', name: 'Beta', kind: 'person' },
    ],
    topics: [{ id: 'talks', name: 'Talks' }],
    sources: [{ id: 'paper', title: 'A report', publisher: 'Paper', date: '2019-01-30' }],
    stances: [
      { from: 'alpha', to: 'beta', kind: 'SUPPORTS', polarity: 1, date: '2019-01-30', certainty: 'stated', evidence: [{ quote: 'Alpha backs Beta', source: 'paper' }] },
      { from: 'beta', to: 'talks', kind: 'OPPOSES', polarity: -1, date: '2019-01-31', certainty: 'reported', evidence: [{ quote: 'Beta rejects talks', source: 'paper' }] },
    ],
  };
}

function problems(data: unknown): string[] {
  const result = Dataset.safeParse(data);
  return result.success ? [] : formatIssues(result.error.issues);
}

describe('graph/model/schema', () => {
  it('accepts a valid data set and fills defaults', () => {
    const parsed = Dataset.parse(sample());
    expect(parsed.actors[1]?.aliases).toEqual([]);
    expect(parsed.stances).toHaveLength(2);
  });

  it.each([
    ['a bad slug', (d: DatasetInput) => { d.actors[0]!.id = 'Not A Slug'; }, 'actors[0].id: must be a lower-case slug'],
    ['an unknown actor kind', (d: DatasetInput) => { (d.actors[0] as { kind: string }).kind = 'planet'; }, 'actors[0].kind'],
    ['a polarity out of range', (d: DatasetInput) => { (d.stances![1] as { polarity: number }).polarity = 2; }, 'stances[1].polarity: must be -1 (against), 0 (neutral) or 1 (for)'],
    ['an unknown stance kind', (d: DatasetInput) => { (d.stances![0] as { kind: string }).kind = 'LIKES'; }, 'stances[0].kind'],
    ['an impossible date', (d: DatasetInput) => { d.sources[0]!.date = '2019-02-30'; }, 'sources[0].date: is not a real calendar date'],
    ['a badly written date', (d: DatasetInput) => { d.stances![0]!.date = '30/01/2019'; }, 'stances[0].date: must be a date written YYYY-MM-DD'],
    ['a period that ends before it starts', (d: DatasetInput) => { d.stances![0]!.until = '2019-01-01'; }, 'stances[0].until: until must not be before date'],
    ['a stance without evidence', (d: DatasetInput) => { d.stances![0]!.evidence = []; }, 'stances[0].evidence: needs at least one evidence quote'],
    ['an unknown certainty', (d: DatasetInput) => { (d.stances![0] as { certainty: string }).certainty = 'rumoured'; }, 'stances[0].certainty'],
    ['a field the format does not have', (d: DatasetInput) => { (d.actors[0] as Record<string, unknown>).colour = 'red'; }, 'actors[0]: Unrecognized key: "colour"'],
    ['a stance from an unknown actor', (d: DatasetInput) => { d.stances![0]!.from = 'gamma'; }, 'stances[0].from: unknown actor "gamma"'],
    ['a stance to an unknown actor or topic', (d: DatasetInput) => { d.stances![1]!.to = 'war'; }, 'stances[1].to: unknown actor or topic "war"'],
    ['a quote from an unknown source', (d: DatasetInput) => { d.stances![0]!.evidence[0]!.source = 'rumour-mill'; }, 'stances[0].evidence[0].source: unknown source "rumour-mill"'],
    ['an actor id used twice', (d: DatasetInput) => { d.actors[1]!.id = 'alpha'; }, 'actors[1].id: duplicate id "alpha"'],
    ['a topic sharing an actor id', (d: DatasetInput) => { d.topics![0]!.id = 'beta'; }, 'topics[0].id: duplicate id "beta"'],
    ['two stances with the same id', (d: DatasetInput) => { d.stances!.push({ ...d.stances![0]! }); }, 'stances[2].id: duplicate stance id "alpha--supports--beta"'],
    ['a stance from an actor to itself', (d: DatasetInput) => { d.stances![0]!.to = 'alpha'; }, 'stances[0].to: a stance must link two different things'],
    ['a missing dataset block', (d: DatasetInput) => { delete (d as Partial<DatasetInput>).dataset; }, 'dataset:'],
    ['a javascript: source link', (d: DatasetInput) => { d.sources[0]!.url = 'javascript:alert(document.cookie)'; }, 'sources[0].url: must be an http:// or https:// address'],
    ['a data: source link', (d: DatasetInput) => { d.sources[0]!.url = 'data:text/html,<script>alert(1)</script>'; }, 'sources[0].url: must be an http:// or https:// address'],
  ])('rejects %s, naming where', (_name, breakIt, expected) => {
    const data = sample();
    breakIt(data);
    const found = problems(data);
    expect(found.join('\n')).toContain(expected);
  });

  it('derives stable stance ids unless one is given', () => {
    expect(stanceId({ from: 'russia', to: 'nicolas-maduro', kind: 'DOES_NOT_RECOGNISE' })).toBe('russia--does-not-recognise--nicolas-maduro');
    expect(stanceId({ id: 'custom', from: 'a', to: 'b', kind: 'SUPPORTS' })).toBe('custom');
  });

  it('formats issue paths the way a person reads them', () => {
    expect(formatPath(['stances', 12, 'polarity'])).toBe('stances[12].polarity');
    expect(formatPath(['stances', 3, 'evidence', 0, 'quote'])).toBe('stances[3].evidence[0].quote');
    expect(formatPath([])).toBe('(root)');
  });

  it('lets only the fixed stance kinds into query text', () => {
    expect(staticKind('SUPPORTS')).toBe('SUPPORTS');
    // Text that would change the query, a lower-case kind and a property every object inherits all fail.
    for (const bad of ['SUPPORTS]->() DETACH DELETE r //', 'supports', 'constructor', 'toString', '']) {
      expect(() => staticKind(bad)).toThrow(`not a stance kind: ${bad}`);
    }
  });
});
