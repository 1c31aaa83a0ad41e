/**
 * The end of a data set's life stages: finishing a load (drop what the new version no longer has,
 * then mark the data set complete) and removing a data set (its stances, then the actors, topics
 * and sources nothing else uses). Membership is the `datasets` list on actors, topics and sources;
 * deletes run as `CALL { … } IN TRANSACTIONS` so a million stances go in bounded memory.
 */
import type { Driver } from 'neo4j-driver';
import { transactions } from '@/graph/db/driver';
import { ApiError } from '@/graph/http/errors';
import type { DatasetInfo } from '@/graph/model/schema';
import type { Validated } from '@/graph/import/validate';
import { recountDataset } from '@/graph/datasets/rankings';
import { summariseDataset } from '@/graph/datasets/summary';

const { read, runAutoCommit, write } = transactions('load');

const MEMBERS = '(n:Actor OR n:Topic OR n:Source)';

async function countStances(dataset: string, run: string | null, driver?: Driver): Promise<number> {
  return read(async (tx) => {
    const result = await tx.run(
      'MATCH ()-[r]->() WHERE r.dataset = $dataset AND ($run IS NULL OR coalesce(r.run, "") <> $run) RETURN count(r) AS n',
      { dataset, run },
    );
    return result.records[0]?.get('n').toNumber() ?? 0;
  }, { driver });
}

async function deleteStances(dataset: string, run: string | null, driver?: Driver): Promise<void> {
  await runAutoCommit(
    `MATCH ()-[r]->() WHERE r.dataset = $dataset AND ($run IS NULL OR coalesce(r.run, '') <> $run)
     CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS`,
    { dataset, run },
    { driver },
  );
}

/** Nodes left in no data set and with no stance: what removing a data set takes with it. */
async function deleteOrphans(ids: string[] | null, driver?: Driver): Promise<void> {
  await runAutoCommit(
    `MATCH (n) WHERE ${MEMBERS} AND n.datasets = [] AND ($ids IS NULL OR n.id IN $ids) AND NOT EXISTS { (n)--() }
     CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS`,
    { ids },
    { driver },
  );
}

/**
 * Data loaded before data sets were tracked has no `datasets` lists: derive them once from the
 * stances (an actor or topic belongs to the data sets of its stances, a source to those citing it).
 */
export async function backfillMembership(driver?: Driver): Promise<void> {
  const missing = await read(async (tx) => {
    const result = await tx.run(`MATCH (n) WHERE ${MEMBERS} AND n.datasets IS NULL RETURN count(n) > 0 AS missing`);
    return result.records[0]?.get('missing') === true;
  }, { driver });
  if (!missing) return;
  await write(async (tx) => {
    await tx.run(
      `MATCH (n) WHERE (n:Actor OR n:Topic) AND n.datasets IS NULL
       OPTIONAL MATCH (n)-[r]-() WHERE r.dataset IS NOT NULL
       WITH n, collect(DISTINCT r.dataset) AS datasets SET n.datasets = datasets`,
    );
    await tx.run(
      `MATCH ()-[r]->() WHERE r.dataset IS NOT NULL AND r.sourceIds IS NOT NULL
       UNWIND r.sourceIds AS sourceId
       WITH sourceId, collect(DISTINCT r.dataset) AS datasets
       MATCH (s:Source {id: sourceId}) WHERE s.datasets IS NULL SET s.datasets = datasets`,
    );
    await tx.run('MATCH (s:Source) WHERE s.datasets IS NULL SET s.datasets = []');
  }, { driver });
}

interface Finish {
  dataset: DatasetInfo;
  version: string;
  run: string;
  validated: Validated;
  /** Which of the ids the file left to the database are topics (the others are actors). */
  externalTopics: Set<string>;
  driver?: Driver;
}

/** Ends a load: returns how many stances of the earlier version were dropped. */
export async function finishLoad({ dataset, version, run, validated, externalTopics, driver }: Finish): Promise<number> {
  const stale = await countStances(dataset.id, run, driver);
  if (stale > 0) await deleteStances(dataset.id, run, driver);
  // Sources defined by another data set but cited here belong to this one too.
  const cited = [...validated.external.sources.keys()];
  const members = await read(async (tx) => {
    const result = await tx.run(`MATCH (n) WHERE ${MEMBERS} AND $dataset IN n.datasets RETURN n.id AS id`, { dataset: dataset.id });
    return result.records.map((r) => String(r.get('id')));
  }, { driver });
  const keep = (id: string) =>
    validated.actors.has(id) || validated.topics.has(id) || validated.sources.has(id) || validated.external.endpoints.has(id) || validated.external.sources.has(id);
  const leaving = members.filter((id) => !keep(id));
  // Actors and topics the file names but another data set defined join this one too (once, here,
  // rather than on every stance row).
  const named = [...validated.external.endpoints.keys()];
  await write(async (tx) => {
    const join = 'SET n.datasets = CASE WHEN $dataset IN coalesce(n.datasets, []) THEN n.datasets ELSE coalesce(n.datasets, []) + $dataset END';
    const actors = named.filter((id) => !externalTopics.has(id));
    const topics = named.filter((id) => externalTopics.has(id));
    if (actors.length > 0) await tx.run(`UNWIND $ids AS id MATCH (n:Actor {id: id}) ${join}`, { ids: actors, dataset: dataset.id });
    if (topics.length > 0) await tx.run(`UNWIND $ids AS id MATCH (n:Topic {id: id}) ${join}`, { ids: topics, dataset: dataset.id });
    if (cited.length > 0) {
      await tx.run(
        `UNWIND $cited AS id MATCH (s:Source {id: id})
         SET s.datasets = CASE WHEN $dataset IN s.datasets THEN s.datasets ELSE coalesce(s.datasets, []) + $dataset END`,
        { cited, dataset: dataset.id },
      );
    }
    if (leaving.length > 0) {
      await tx.run(`UNWIND $leaving AS id MATCH (n {id: id}) WHERE ${MEMBERS} SET n.datasets = [d IN n.datasets WHERE d <> $dataset]`, { leaving, dataset: dataset.id });
    }
  }, { driver });
  if (leaving.length > 0) await deleteOrphans(leaving, driver);
  // Before the data set is marked complete: a load cut short here is rerun, and recounts then.
  await recountDataset(dataset.id, leaving, driver);
  await summariseDataset(dataset.id, driver);
  await write((tx) => tx.run('MATCH (d:Dataset {id: $id}) SET d.complete = true, d.version = $version, d.loadedAt = datetime()', { id: dataset.id, version }), { driver });
  return stale;
}

export interface RemoveReport {
  dataset: string;
  stances: number;
  nodesDeleted: number;
}

/** Removes a data set's stances, then the actors, topics and sources no other data set uses. */
export async function removeDataset(id: string, driver?: Driver): Promise<RemoveReport> {
  const before = await read(async (tx) => {
    const result = await tx.run(
      `OPTIONAL MATCH (d:Dataset {id: $id})
       CALL () { MATCH (n) WHERE ${MEMBERS} RETURN count(n) AS nodes }
       RETURN d IS NOT NULL AS exists, nodes`,
      { id },
    );
    const record = result.records[0];
    return { exists: record?.get('exists') === true, nodes: record?.get('nodes').toNumber() ?? 0 };
  }, { driver });
  if (!before.exists) throw new ApiError(404, 'not_found', `There is no data set "${id}".`);
  // Marked incomplete first, so a removal cut short never leaves a data set that looks whole.
  await write((tx) => tx.run('MATCH (d:Dataset {id: $id}) SET d.complete = false', { id }), { driver });
  await backfillMembership(driver);
  const stances = await countStances(id, null, driver);
  await deleteStances(id, null, driver);
  // Its members still list it here: the ones other data sets keep are recounted without its stances.
  await recountDataset(id, [], driver);
  await runAutoCommit(
    `MATCH (n) WHERE ${MEMBERS} AND $id IN n.datasets
     CALL (n) { SET n.datasets = [d IN n.datasets WHERE d <> $id] } IN TRANSACTIONS OF 10000 ROWS`,
    { id },
    { driver },
  );
  await deleteOrphans(null, driver);
  const nodes = await read(async (tx) => {
    const result = await tx.run(`MATCH (n) WHERE ${MEMBERS} RETURN count(n) AS nodes`);
    return result.records[0]?.get('nodes').toNumber() ?? 0;
  }, { driver });
  await write((tx) => tx.run('MATCH (d:Dataset {id: $id}) DELETE d', { id }), { driver });
  return { dataset: id, stances, nodesDeleted: before.nodes - nodes };
}
