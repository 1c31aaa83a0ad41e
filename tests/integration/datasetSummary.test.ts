/**
 * graph/datasets/summary.ts against the real Neo4j: what `/api/datasets` says each data set holds,
 * read from its node, equals a fresh count from the stances and memberships after every kind of
 * change (load, reload, browser edits, merge, revert, removal), and data written around the app
 * is counted live until its summary is written.
 */
import datasetsRoute from '@/pages/api/datasets/index';
import { DatasetsResponse, type DatasetListing } from '@/graph/datasets/datasetTypes';
import { removeDataset } from '@/graph/datasets/cleanup';
import { summariseMissing } from '@/graph/datasets/summary';
import { closeDriver, transactions } from '@/graph/db/driver';
import { listChanges, revertChange } from '@/graph/edit/audit';
import { mergeActors } from '@/graph/edit/merge';
import { createStance, deleteStance, editStance } from '@/graph/edit/stances';
import { loadDataset } from '@/graph/datasets/load';
import { Dataset } from '@/graph/model/schema';
import { callRoute } from '@/tests/support/callRoute';
import { EDIT_DATASET, editDataset, place } from '@/tests/support/editData';
import { crisisA, crisisB } from '@/tests/support/extraDatasets';

const { read, write } = transactions('test');

type Counts = Pick<DatasetListing, 'id' | 'stances' | 'actors' | 'sources' | 'firstDate' | 'lastDate'>;

/** What the listing answers. */
async function listed(): Promise<Counts[]> {
  const answer = await callRoute(datasetsRoute, {});
  expect(answer.status).toBe(200);
  return DatasetsResponse.parse(answer.body).datasets.map(({ id, stances, actors, sources, firstDate, lastDate }) => ({ id, stances, actors, sources, firstDate, lastDate }));
}

/**
 * A count written independently of graph/datasets/summary.ts, over every relationship: stances
 * with a polarity, actors in the data set or at an end of one of its stances, sources it cites.
 */
async function counted(): Promise<Counts[]> {
  return read(async (tx) => {
    const result = await tx.run(
      `MATCH (d:Dataset)
       CALL (d) {
         OPTIONAL MATCH (:Actor)-[r {dataset: d.id}]->() WHERE r.polarity IS NOT NULL
         RETURN count(r) AS stances, toString(min(r.date)) AS firstDate, toString(max(coalesce(r.until, r.date))) AS lastDate
       }
       CALL (d) {
         OPTIONAL MATCH ()-[r {dataset: d.id}]->() WHERE r.polarity IS NOT NULL
         UNWIND coalesce(r.sourceIds, []) AS sourceId
         RETURN count(DISTINCT sourceId) AS sources
       }
       CALL (d) {
         CALL (d) {
           MATCH (n:Actor) WHERE d.id IN coalesce(n.datasets, []) RETURN n
           UNION
           MATCH (n:Actor)-[r {dataset: d.id}]-() WHERE r.polarity IS NOT NULL RETURN n
         }
         RETURN count(DISTINCT n) AS actors
       }
       RETURN d.id AS id, stances, actors, sources, firstDate, lastDate ORDER BY coalesce(d.title, d.id), d.id`,
    );
    return result.records.map((r) => ({
      id: r.get('id') as string,
      stances: Number(r.get('stances')),
      actors: Number(r.get('actors')),
      sources: Number(r.get('sources')),
      firstDate: r.get('firstDate') as string | null,
      lastDate: r.get('lastDate') as string | null,
    }));
  });
}

async function expectListingRight(): Promise<Counts[]> {
  const now = await listed();
  expect(now).toEqual(await counted());
  return now;
}

const countsOf = (all: Counts[], id: string) => all.find((d) => d.id === id);

async function versionOf(id: string): Promise<number> {
  return read(async (tx) => Number((await tx.run('MATCH (n:Actor {id: $id}) RETURN coalesce(n.version, 0) AS v', { id })).records[0]?.get('v') ?? 0));
}

describe('graph/datasets/summary', () => {
  beforeAll(async () => {
    await loadDataset(editDataset(), { reset: true });
    await loadDataset(crisisA);
    await loadDataset(crisisB);
  }, 180_000);
  afterAll(() => closeDriver());

  it('is kept on each data set node by a load, and is what the listing answers', async () => {
    const listing = await expectListingRight();
    expect(countsOf(listing, 'crisis-a')).toEqual({ id: 'crisis-a', stances: 3, actors: 3, sources: 1, firstDate: '2020-01-02', lastDate: '2020-02-01' });
    const stored = await read(async (tx) => (await tx.run("MATCH (d:Dataset {id: 'crisis-b'}) RETURN d.stanceCount AS s, d.actorCount AS a, d.sourceCount AS c")).records[0]);
    expect([Number(stored?.get('s')), Number(stored?.get('a')), Number(stored?.get('c'))]).toEqual([2, 3, 2]);
  });

  it('follows browser edits: a new stance with a later date, a change, a deletion, and a revert', async () => {
    const before = countsOf(await listed(), EDIT_DATASET);
    const created = await createStance(
      { dataset: EDIT_DATASET, from: 'russia', to: 'juan-guaido', kind: 'OPPOSES', certainty: 'stated', date: '2031-03-04', evidence: { source: 'wire-article', ...place('Russia supports') } },
      'alice',
    );
    const grown = countsOf(await expectListingRight(), EDIT_DATASET);
    expect(grown).toMatchObject({ stances: (before?.stances ?? 0) + 1, lastDate: '2031-03-04' });

    const edited = await editStance(EDIT_DATASET, created.value.id, { version: created.value.version, date: '2030-01-01' }, 'alice');
    expect(countsOf(await expectListingRight(), EDIT_DATASET)?.lastDate).toBe('2030-01-01');

    await deleteStance(EDIT_DATASET, edited.value.id, edited.value.version, 'alice');
    expect(countsOf(await expectListingRight(), EDIT_DATASET)).toEqual(before);

    const deletion = (await listChanges({ limit: 1 })).changes[0];
    await revertChange(deletion?.id ?? '', 'bob');
    expect(countsOf(await expectListingRight(), EDIT_DATASET)?.stances).toBe((before?.stances ?? 0) + 1);
  });

  it('follows a merge of two actors and its revert', async () => {
    const merge = await mergeActors({ from: 'us', into: 'united-states', fromVersion: await versionOf('us'), intoVersion: await versionOf('united-states') }, 'alice');
    await expectListingRight();
    await revertChange(merge.change.id, 'bob');
    await expectListingRight();
  });

  it('follows a reload that drops stances, and the removal of a data set', async () => {
    await loadDataset(Dataset.parse({ ...crisisA, stances: crisisA.stances.slice(0, 1) }));
    expect(countsOf(await expectListingRight(), 'crisis-a')?.stances).toBe(1);
    await removeDataset('crisis-b');
    const after = await expectListingRight();
    expect(after.map((d) => d.id)).not.toContain('crisis-b');
  });

  it('counts data written around the app live until its summary is written', async () => {
    const right = await listed();
    // A stance written by a script: the data set is marked stale, and the listing counts it meanwhile.
    await write(async (tx) => {
      await tx.run("MATCH (a:Actor {id: 'alpha'}), (b:Actor {id: 'beta'}) CREATE (a)-[:SUPPORTS {dataset: 'crisis-a', id: 'scripted', polarity: 1, date: date('2025-05-05')}]->(b)");
      await tx.run("MATCH (d:Dataset {id: 'crisis-a'}) SET d.summaryStale = true");
      await tx.run(`MATCH (d:Dataset {id: '${EDIT_DATASET}'}) REMOVE d.stanceCount`);
    });
    const meanwhile = await expectListingRight();
    expect(countsOf(meanwhile, 'crisis-a')).toMatchObject({ stances: (countsOf(right, 'crisis-a')?.stances ?? 0) + 1, lastDate: '2025-05-05' });
    await summariseMissing();
    const stored = await read(async (tx) => (await tx.run('MATCH (d:Dataset) WHERE d.summaryStale = true OR d.stanceCount IS NULL RETURN count(d) AS n')).records[0]?.get('n'));
    expect(Number(stored)).toBe(0);
    expect(await listed()).toEqual(meanwhile);
  });
});
