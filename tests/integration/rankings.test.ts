/**
 * graph/datasets/rankings.ts against the real Neo4j: the counts kept on actors and topics equal a fresh
 * count of their stances after every kind of change (load, reload, browser edits, merge, revert,
 * removal), and the whole-graph view ranked by them is the view ranked by counting.
 */
import graphRoute from '@/pages/api/graph';
import { GraphResponse } from '@/graph/views/viewTypes';
import { removeDataset } from '@/graph/datasets/cleanup';
import { closeDriver, transactions } from '@/graph/db/driver';
import { revertChange } from '@/graph/edit/audit';
import { mergeActors } from '@/graph/edit/merge';
import { createStance, deleteStance, editStance } from '@/graph/edit/stances';
import { loadDataset } from '@/graph/datasets/load';
import { countMissingRankings } from '@/graph/datasets/rankings';
import { Dataset } from '@/graph/model/schema';
import { callRoute } from '@/tests/support/callRoute';
import { EDIT_DATASET, editDataset, place } from '@/tests/support/editData';
import { crisisA, crisisB } from '@/tests/support/extraDatasets';

const { read, write } = transactions('test');

type Counts = Record<string, { stances: number; backers: number; opponents: number }>;

/** What the nodes carry. */
async function kept(): Promise<Counts> {
  return read(async (tx) => {
    const result = await tx.run('MATCH (n) WHERE n:Actor OR n:Topic RETURN n.id AS id, n.stanceCount AS s, n.backerCount AS b, n.opponentCount AS o');
    return Object.fromEntries(result.records.map((r) => [r.get('id') as string, { stances: Number(r.get('s') ?? -1), backers: Number(r.get('b') ?? -1), opponents: Number(r.get('o') ?? -1) }]));
  });
}

/** A count from the stances themselves, written independently of graph/datasets/rankings.ts. */
async function counted(): Promise<Counts> {
  return read(async (tx) => {
    const result = await tx.run(
      `MATCH (n) WHERE n:Actor OR n:Topic
       RETURN n.id AS id,
              size([(n)-[r]->(m) WHERE r.polarity IS NOT NULL AND (m:Actor OR m:Topic) | r]) + size([(n)<-[r]-(m) WHERE r.polarity IS NOT NULL AND (m:Actor OR m:Topic) | r]) AS s,
              size([(n)<-[r]-(m) WHERE r.polarity = 1 AND (m:Actor OR m:Topic) | r]) AS b,
              size([(n)<-[r]-(m) WHERE r.polarity = -1 AND (m:Actor OR m:Topic) | r]) AS o`,
    );
    return Object.fromEntries(result.records.map((r) => [r.get('id') as string, { stances: Number(r.get('s')), backers: Number(r.get('b')), opponents: Number(r.get('o')) }]));
  });
}

async function expectCountsRight(): Promise<void> {
  expect(await kept()).toEqual(await counted());
}

async function versionOf(id: string): Promise<number> {
  return read(async (tx) => Number((await tx.run('MATCH (n:Actor {id: $id}) RETURN coalesce(n.version, 0) AS v', { id })).records[0]?.get('v') ?? 0));
}

async function graph(query: Record<string, string>) {
  const answer = await callRoute(graphRoute, { query });
  expect(answer.status).toBe(200);
  return GraphResponse.parse(answer.body);
}

describe('graph/datasets/rankings', () => {
  beforeAll(async () => {
    await loadDataset(editDataset(), { reset: true });
    await loadDataset(crisisA);
    await loadDataset(crisisB);
  });
  afterAll(async () => {
    await closeDriver();
  });

  it('are right after loading data sets that share an actor', async () => {
    await expectCountsRight();
    const counts = await kept();
    // The mediator is opposed in crisis A and backed in crisis B.
    expect(counts.mediator).toMatchObject({ backers: 1, opponents: 1 });
    expect(counts['nicolas-maduro']?.stances).toBeGreaterThan(0);
  });

  it('follow browser edits: a new stance, a polarity change, a deletion, and their reverts', async () => {
    const before = await kept();
    const created = await createStance(
      { dataset: EDIT_DATASET, from: 'russia', to: 'juan-guaido', kind: 'OPPOSES', certainty: 'stated', evidence: { source: 'wire-article', ...place('Russia supports') } },
      'alice',
    );
    await expectCountsRight();
    expect((await kept())['juan-guaido']?.opponents).toBe((before['juan-guaido']?.opponents ?? 0) + 1);

    const edited = await editStance(EDIT_DATASET, created.value.id, { version: created.value.version, kind: 'SUPPORTS', polarity: 1 }, 'alice');
    await expectCountsRight();
    expect((await kept())['juan-guaido']).toMatchObject({ opponents: before['juan-guaido']?.opponents, backers: (before['juan-guaido']?.backers ?? 0) + 1 });

    await deleteStance(EDIT_DATASET, edited.value.id, edited.value.version, 'alice');
    await expectCountsRight();
    expect(await kept()).toEqual(before);

    // Reverting the deletion brings the stance, and its counts, back.
    const { listChanges } = await import('@/graph/edit/audit');
    const deletion = (await listChanges({ limit: 1 })).changes[0];
    await revertChange(deletion?.id ?? '', 'bob');
    await expectCountsRight();
    expect((await kept())['juan-guaido']?.backers).toBe((before['juan-guaido']?.backers ?? 0) + 1);
  });

  it('follow a merge of two actors (stances moved, combined or dropped)', async () => {
    const before = await kept();
    const merge = await mergeActors({ from: 'us', into: 'united-states', fromVersion: await versionOf('us'), intoVersion: await versionOf('united-states') }, 'alice');
    await expectCountsRight();
    const after = await kept();
    expect(after.us).toBeUndefined();
    expect(after['united-states']?.stances).toBeGreaterThanOrEqual(before['united-states']?.stances ?? 0);
    await revertChange(merge.change.id, 'bob');
    await expectCountsRight();
  });

  it('follow a reload that drops stances, and the removal of a data set', async () => {
    const smaller = Dataset.parse({ ...crisisA, stances: crisisA.stances.filter((s) => s.to !== 'mediator') });
    await loadDataset(smaller);
    await expectCountsRight();
    expect((await kept()).mediator).toMatchObject({ backers: 1, opponents: 0 });
    await removeDataset('crisis-b');
    await expectCountsRight();
    // The mediator stays (crisis A still names it) with no stance left.
    expect((await kept()).mediator).toEqual({ stances: 0, backers: 0, opponents: 0 });
  });

  it('rank the whole-graph view as counting the stances does, ties included, with the same totals', async () => {
    for (const limit of ['1', '3', '5', '300']) {
      const byKeptCounts = await graph({ limit });
      // A filter every stance passes sends the view through the counting path.
      const byCounting = await graph({ limit, polarity: '-1,0,1' });
      expect(byKeptCounts.elements.nodes.map((n) => n.data.id)).toEqual(byCounting.elements.nodes.map((n) => n.data.id));
      expect(byKeptCounts.total).toEqual(byCounting.total);
      expect(byKeptCounts.truncated).toBe(byCounting.truncated);
    }
  });

  it('are counted where data written around the app lacks them, and the view is right meanwhile', async () => {
    const expected = await graph({ limit: '3', polarity: '-1,0,1' });
    await write((tx) => tx.run("MATCH (n:Actor {id: 'nicolas-maduro'}) REMOVE n.stanceCount, n.backerCount, n.opponentCount"));
    const meanwhile = await graph({ limit: '3' });
    expect(meanwhile.elements.nodes.map((n) => n.data.id)).toEqual(expected.elements.nodes.map((n) => n.data.id));
    await countMissingRankings();
    await expectCountsRight();
  });
});
