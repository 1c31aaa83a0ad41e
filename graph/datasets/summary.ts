/**
 * What each data set holds (`/api/datasets`: stances, actors, sources, the dates its stances
 * span), kept on its Dataset node rather than counted on each request: counting scanned every
 * stance three times, 12 s at a million stances on every page that names the data sets, and
 * it kept Neo4j busy while the explorer's first view loaded (docs/benchmarks.md, 2026-12-06).
 *
 * Like the rankings (graph/datasets/rankings.ts) it is always a recount, never an increment, so a retried
 * write cannot make it drift:
 *  - a load recounts its data set at the end, before marking it complete (graph/datasets/cleanup.ts finishLoad);
 *  - a browser edit recounts every data set it touches (stances, memberships, nodes' data set
 *    lists), in the edit's own transaction (graph/edit/entities.ts writeEntities);
 *  - removing a data set deletes its node, summary and all; other data sets keep their members and stances;
 *  - data written some other way has no summary (or one marked stale), and the listing counts it
 *    live (`SUMMARY_COLUMNS`) until `summariseMissing` (run before every load) writes one.
 * The recount is cheap: stances type by type (through the (dataset, id) index of each stance type
 * where the edit path has made it, graph/edit/entities.ts), members through a scan of one label. Actors and sources are the
 * members of the data set (the `datasets` lists the loader and the edits keep).
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { transactions } from '@/graph/db/driver';
import { STANCE_KINDS } from '@/graph/model/schema';

const { runAutoCommit } = transactions('load');

/**
 * One subquery per stance type, so each reads only relationships of its type (seeking its
 * (dataset, id) index where there is one) instead of every relationship of every actor.
 * No label on the start node: stance types only ever join an actor to an actor or topic, and checking
 * it reads every start node (6 s instead of 1 s at a million stances).
 */
const STANCES = STANCE_KINDS.map((kind) => `MATCH ()-[r:${kind}]->() WHERE r.dataset = d.id RETURN count(r) AS n, min(r.date) AS first, max(coalesce(r.until, r.date)) AS last`).join(
  '\n      UNION ALL\n      ',
);

/** The summary of dataset `d`, as columns; every data set's counts come from this one definition. */
const COUNT = `CALL (d) {
    CALL (d) {
      ${STANCES}
    }
    RETURN sum(n) AS stances, toString(min(first)) AS firstDate, toString(max(last)) AS lastDate
  }
  CALL (d) { MATCH (n:Actor) WHERE d.id IN coalesce(n.datasets, []) RETURN count(n) AS actors }
  CALL (d) { MATCH (s:Source) WHERE d.id IN coalesce(s.datasets, []) RETURN count(s) AS sources }`;

const STORE = `${COUNT}
  SET d.stanceCount = stances, d.actorCount = actors, d.sourceCount = sources, d.firstDate = firstDate, d.lastDate = lastDate, d.summaryStale = null`;

/** Recounts the data sets with these ids, inside the caller's transaction (an edit's). */
export async function summariseDatasets(tx: ManagedTransaction, ids: Iterable<string>): Promise<void> {
  const list = [...new Set(ids)];
  if (list.length === 0) return;
  await tx.run(`UNWIND $ids AS id MATCH (d:Dataset {id: id}) ${STORE}`, { ids: list });
}

/** Recounts one data set in a transaction of its own (a load's end). */
export async function summariseDataset(id: string, driver?: Driver): Promise<void> {
  await runAutoCommit(`MATCH (d:Dataset {id: $id}) ${STORE}`, { id }, { driver });
}

/** Recounts the data sets that have no summary yet, or a stale one (data written around the app). */
export async function summariseMissing(driver?: Driver): Promise<void> {
  await runAutoCommit(`MATCH (d:Dataset) WHERE d.stanceCount IS NULL OR d.summaryStale = true ${STORE}`, {}, { driver });
}

/** The kept summary of `d` as columns, counted live (read-only) where there is none or it is stale. */
export const SUMMARY_COLUMNS = `CALL (d) {
    WITH d WHERE d.stanceCount IS NOT NULL AND coalesce(d.summaryStale, false) = false
    RETURN d.stanceCount AS stances, d.actorCount AS actors, d.sourceCount AS sources, d.firstDate AS firstDate, d.lastDate AS lastDate
    UNION
    WITH d WHERE d.stanceCount IS NULL OR d.summaryStale = true
    ${COUNT}
    RETURN stances, actors, sources, firstDate, lastDate
  }`;
