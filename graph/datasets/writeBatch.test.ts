import { KeySet } from '@/graph/import/keySet';
import { idKey, type Validated } from '@/graph/import/validate';
import type { StanceRow } from '@/graph/import/stanceRow';
import { routeStances } from '@/graph/datasets/writeBatch';

const row = (from: string, to: string, quote: string): StanceRow => ({
  id: `${from}--supports--${to}`, from, to, kind: 'SUPPORTS', polarity: 1, date: '2019-01-23', until: null, certainty: 'stated', note: null,
  eventCount: null, lastSeen: null, quotes: [quote], sourceIds: ['s'], quoteStarts: [-1], quoteEnds: [-1], eventIds: [''], hash: '',
});

function context(fresh: boolean, repeatedIds: string[]) {
  const repeated = new KeySet();
  for (const id of repeatedIds) repeated.add(idKey(id));
  const validated = { repeated } as Validated;
  return { fresh, validated, createdRepeats: new KeySet(), isTopic: (id: string) => id === 'talks' };
}

const ids = (rows: StanceRow[]) => rows.map((r) => r.id);

describe('graph/datasets/writeBatch (routeStances)', () => {
  it('creates, in a fresh load, every stance met once, to actors and to topics apart', () => {
    const route = routeStances([row('a', 'b', 'q1'), row('a', 'talks', 'q2')], context(true, []));
    expect(ids(route.creates.Actor)).toEqual(['a--supports--b']);
    expect(ids(route.creates.Topic)).toEqual(['a--supports--talks']);
    expect(route.merges.size).toBe(0);
    expect(route.creates.Actor[0]?.hash).not.toBe('');
  });

  it('creates a repeated stance in the first batch that has it and appends its later records', () => {
    const load = context(true, ['a--supports--b']);
    const first = routeStances([row('a', 'b', 'q1'), row('a', 'b', 'q2'), row('c', 'b', 'q3')], load);
    expect(ids(first.creates.Actor)).toEqual(['a--supports--b', 'c--supports--b']);
    // The two records of one batch became one row with both quotes.
    expect(first.creates.Actor[0]?.quotes).toEqual(['q1', 'q2']);
    expect(first.mergedInBatch).toBe(1);
    const second = routeStances([row('a', 'b', 'q4')], load);
    expect(second.creates.Actor).toEqual([]);
    expect(ids(second.appends.Actor)).toEqual(['a--supports--b']);
  });

  it('merges everything, by kind and target, in a data set the graph held before', () => {
    const route = routeStances([row('a', 'b', 'q1'), row('c', 'b', 'q2'), row('a', 'talks', 'q3')], context(false, []));
    expect(route.creates.Actor).toEqual([]);
    expect([...route.merges.entries()].map(([key, group]) => [key, ids(group.rows)])).toEqual([
      ['SUPPORTS:Actor', ['a--supports--b', 'c--supports--b']],
      ['SUPPORTS:Topic', ['a--supports--talks']],
    ]);
  });
});
