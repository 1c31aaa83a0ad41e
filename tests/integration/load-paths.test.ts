/**
 * The loader's two ways of writing stances (graph/datasets/stanceWrites.ts) against the real Neo4j: a load
 * of a data set new to the graph creates stances without looking and appends the later records of
 * a repeated stance, with up to two batches in flight (graph/datasets/writeQueue.ts); a reload merges. Both
 * must build the same graph, and every query must find what it needs through an index or between
 * two bound actors.
 */
import { closeDriver, transactions } from '@/graph/db/driver';
import type { Importer, ImportRecord } from '@/graph/import/types';
import { loadImport, resetGraph } from '@/graph/datasets/load';
import { appendEvidenceQuery, createStancesQuery } from '@/graph/datasets/stanceWrites';
import { graphChecksum } from '@/tests/support/graphChecksum';
import { planOperators } from '@/tests/support/planOperators';

const { read } = transactions('test');

/**
 * A data set whose stance alpha → beta has records spread over many batches (one quote twice),
 * among stances met once, actors defined part-way through, and one stance to a topic.
 */
function spreadImporter(version = 'v1'): Importer {
  const records: ImportRecord[] = [
    { type: 'source', at: 'row 1', value: { id: 'wire', title: 'Wire', publisher: 'Wire', date: '2021-03-04' } },
    { type: 'topic', at: 'row 2', value: { id: 'ceasefire', name: 'Ceasefire' } },
  ];
  const actor = (id: string, at: number) => records.push({ type: 'actor', at: `row ${at}`, value: { id, name: id.toUpperCase(), kind: 'state' } });
  const stance = (from: string, to: string, quote: string, at: number, extra: object = {}) =>
    records.push({ type: 'stance', at: `row ${at}`, value: { from, to, kind: 'SUPPORTS', polarity: 1, date: '2021-03-04', certainty: 'reported', evidence: [{ quote, source: 'wire' }], ...extra } });
  actor('alpha', 3);
  actor('beta', 4);
  stance('alpha', 'beta', 'quote 0', 5);
  for (let i = 1; i <= 40; i++) {
    actor(`n${i}`, 100 + i);
    stance(`n${i}`, 'beta', `n${i} backs beta`, 200 + i);
    stance(`n${i}`, 'ceasefire', `n${i} wants a ceasefire`, 300 + i);
    if (i % 7 === 0) stance('alpha', 'beta', `quote ${i}`, 400 + i, { certainty: i === 35 ? 'stated' : 'reported' });
  }
  stance('alpha', 'beta', 'quote 7', 500);
  return {
    file: 'spread.csv',
    format: 'spreadsheet',
    dataset: { id: 'spread', title: 'Spread' },
    version: async () => version,
    records: async function* () {
      for (let i = 0; i < records.length; i += 10) yield records.slice(i, i + 10);
    },
    skipped: () => [],
  };
}

async function alphaBeta() {
  return read(async (tx) => {
    const result = await tx.run("MATCH (:Actor {id: 'alpha'})-[r:SUPPORTS]->(:Actor {id: 'beta'}) RETURN r.quotes AS quotes, r.certainty AS certainty, count(*) AS n");
    return result.records.map((r) => ({ quotes: r.get('quotes') as string[], certainty: r.get('certainty') as string, n: r.get('n').toNumber() as number }));
  });
}

describe('the loader\'s create and merge paths (graph/datasets/writeBatch, graph/datasets/writeQueue)', () => {
  beforeEach(() => resetGraph());
  afterAll(() => closeDriver());

  it('creates a new data set\'s stances, appends a repeated stance\'s later records in file order, and a reload (merging) builds the same graph', async () => {
    const first = await loadImport(spreadImporter(), { batchSize: 4 });
    // 81 distinct stances; alpha → beta has 7 records, one of them a quote it already has.
    expect(first).toMatchObject({ stances: 81, stancesAdded: 81, stancesMerged: 6, relationshipsCreated: 81 });
    const quotes = ['quote 0', 'quote 7', 'quote 14', 'quote 21', 'quote 28', 'quote 35'];
    // One stance, its evidence in file order, its certainty that of its last record (as a merge sets it).
    expect(await alphaBeta()).toEqual([{ quotes, certainty: 'reported', n: 1 }]);
    const created = await graphChecksum();
    const again = await loadImport(spreadImporter('v2'), { batchSize: 4 });
    expect(again).toMatchObject({ stancesAdded: 0, stancesUpdated: 0, stancesUnchanged: 81, stancesRemoved: 0, relationshipsCreated: 0 });
    expect(await graphChecksum()).toEqual(created);
  });

  it('gives the same graph whatever the batch size, one record per batch included', async () => {
    await loadImport(spreadImporter(), { batchSize: 1000 });
    const whole = await graphChecksum();
    await resetGraph();
    await loadImport(spreadImporter(), { batchSize: 1 });
    expect(await graphChecksum()).toEqual(whole);
  });

  it('plans creates and appends as index seeks and expands between bound actors, never a scan of relationships', async () => {
    for (const query of [createStancesQuery('Actor'), createStancesQuery('Topic'), appendEvidenceQuery('Actor'), appendEvidenceQuery('Topic')]) {
      const names = await planOperators(query);
      expect({ query, scans: names.filter((name) => /AllRelationshipsScan|RelationshipTypeScan|AllNodesScan|NodeByLabelScan/.test(name)) }).toEqual({ query, scans: [] });
      expect({ query, names, seeks: names.filter((name) => name.startsWith('NodeUniqueIndexSeek')).length }).toEqual({ query, names, seeks: 2 });
    }
    expect((await planOperators(appendEvidenceQuery('Actor'))).some((name) => name.startsWith('Expand(Into)'))).toBe(true);
  });
});
