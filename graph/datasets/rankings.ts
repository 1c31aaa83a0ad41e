/**
 * Rankings kept on the nodes rather than counted on each request (issue #16): every actor and
 * topic carries how many stances it takes part in (`stanceCount`, either direction) and how many
 * back it (`backerCount`, polarity +1 towards it) and oppose it (`opponentCount`, -1). A range
 * index on `stanceCount` (graph/db/migrations.ts) lets "most connected first" read the top of the graph in index order
 * instead of counting a million stances.
 *
 * They stay correct because every path that adds or removes stances recounts the nodes it
 * touched, from the stances themselves (a recount, never an increment, so a retried or repeated
 * write cannot make it drift):
 *  - a load recounts every member of its data set at the end (graph/datasets/cleanup.ts finishLoad);
 *  - removing a data set recounts its members once its stances are gone (removeDataset);
 *  - a browser edit recounts both ends of every stance it writes, in the edit's own transaction
 *    (graph/edit/entities.ts writeEntities), so the counts commit or roll back with it;
 *  - data written some other way (older versions, a script) is counted where it is missing
 *    (`countMissingRankings`, run before every load and at `npm start`).
 * Counted like the whole-graph ranking used to count: stances are relationships with a polarity
 * between two actors or topics; a self-stance counts twice, as both of its ends.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { transactions } from '@/graph/db/driver';

const { runAutoCommit } = transactions('load');

/** Recounts node `n` from its stances (one pass over its relationships). */
const RECOUNT = `CALL (n) {
    OPTIONAL MATCH (n)-[r]-(m) WHERE r.polarity IS NOT NULL AND (m:Actor OR m:Topic)
    RETURN count(r) AS stances,
           count(CASE WHEN endNode(r) = n AND r.polarity = 1 THEN 1 END) AS backers,
           count(CASE WHEN endNode(r) = n AND r.polarity = -1 THEN 1 END) AS opponents
  }
  SET n.stanceCount = stances, n.backerCount = backers, n.opponentCount = opponents`;

/** Recounts the actors and topics with these ids, inside the caller's transaction. */
export async function recountNodes(tx: ManagedTransaction, ids: Iterable<string>): Promise<void> {
  const list = [...new Set(ids)];
  if (list.length === 0) return;
  await tx.run(
    `UNWIND $ids AS id
     CALL (id) { MATCH (n:Actor {id: id}) RETURN n UNION MATCH (n:Topic {id: id}) RETURN n }
     ${RECOUNT}`,
    { ids: list },
  );
}

/** Recounts every member of a data set (plus `also`, nodes that just left it), in bounded transactions. */
export async function recountDataset(dataset: string, also: readonly string[] = [], driver?: Driver): Promise<void> {
  await runAutoCommit(
    `MATCH (n) WHERE (n:Actor OR n:Topic) AND ($dataset IN coalesce(n.datasets, []) OR n.id IN $also)
     CALL (n) { ${RECOUNT} } IN TRANSACTIONS OF 2000 ROWS`,
    { dataset, also },
    { driver },
  );
}

/** Counts the actors and topics that have no counts yet (data loaded before they were kept). */
export async function countMissingRankings(driver?: Driver): Promise<void> {
  await runAutoCommit(
    `MATCH (n) WHERE (n:Actor OR n:Topic) AND n.stanceCount IS NULL
     CALL (n) { ${RECOUNT} } IN TRANSACTIONS OF 2000 ROWS`,
    {},
    { driver },
  );
}
