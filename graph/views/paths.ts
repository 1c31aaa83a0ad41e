/**
 * `/api/paths`: the chains of stances between two actors, whichever way each stance points, with
 * each chain's sign: the product of its polarities ("the enemy of my enemy" is +1). Either the
 * shortest chains only, or every chain of up to `max` steps (no actor twice), shortest first.
 * The explorer's filters apply to every step of a chain, as `/api/graph` applies them to every
 * stance it walks: chains are sought among the stances that pass them.
 */
import neo4j, { isPath, type ManagedTransaction, type Path, type Record as Neo4jRecord } from 'neo4j-driver';
import { transactions } from '@/graph/db/driver';
import { recordsToGraph } from '@/graph/db/boltMappings';
import { toElements } from '@/graph/model/elements';
import { actorsByKey, toActorSummary } from '@/graph/views/actors';
import { endKindPasses, STANCE_FILTER, stanceFilterParams } from '@/graph/views/stanceFilter';
import { chainSign, groupChains } from '@/graph/model/chains';
import { MAX_ALL_CHAIN_STEPS, type PathsQuery, type PathsResponse, type PathView } from '@/graph/views/viewTypes';

const { read } = transactions('view');

function pathView(path: Path): PathView {
  return {
    nodeIds: [path.start.elementId, ...path.segments.map((s) => s.end.elementId)],
    edgeIds: path.segments.map((s) => s.relationship.elementId),
    sign: chainSign(path.segments.map((s) => Number(s.relationship.properties.polarity ?? 0))),
    length: path.length,
  };
}

/**
 * One step of a chain: a stance `r` that passes the filters, onto a node `n` of an allowed kind.
 * Written inside a quantified path pattern, Neo4j checks it at every step of its search;
 * `allShortestPaths` with a predicate on `nodes(p)` instead falls back to enumerating every path
 * up to 6 steps when the filters leave no chain (seconds on this small graph). A stance counts
 * for a period when it overlaps it, as in graph/views/neighbourhood.ts. The far end always passes the
 * actor-kind filter (the near one is never a step's `n`): they are what the user asked about.
 */
const STEP_MATCHES = `${STANCE_FILTER} AND ${endKindPasses('n', 'n = b')}`;

/**
 * Quantifiers of the chains of each length. Cypher takes no parameter there, so each length has
 * its own fixed query text, picked from this table by a validated number (never user text).
 */
const EXACTLY: Record<number, string> = { 1: '{1}', 2: '{2}', 3: '{3}', 4: '{4}' };

/**
 * Chains of exactly `length` steps that visit no node twice, at most `limit` of them. The limit
 * sits inside the subquery, so Neo4j stops enumerating once it has enough; the order (by the
 * names along the chain, then its stances) only sorts what was found, for a stable reading order.
 */
function chainsOfLength(length: number): string {
  const quantifier = EXACTLY[length];
  if (!quantifier) throw new Error(`chains of ${length} steps are not enumerated`);
  return `MATCH (a), (b) WHERE elementId(a) = $source AND elementId(b) = $target
    CALL (a, b) {
      MATCH p = (a) (()-[r]-(n) WHERE ${STEP_MATCHES})${quantifier} (b)
      WHERE all(i IN range(1, length(p)) WHERE NOT nodes(p)[i] IN nodes(p)[0..i])
      RETURN p LIMIT $limit
    }
    RETURN p ORDER BY [x IN nodes(p) | coalesce(x.name, x.id, '')], [x IN relationships(p) | coalesce(x.id, '')]`;
}

type Params = Record<string, unknown>;

/** The shortest chains only (ALL SHORTEST: one breadth-first search), at most `limit` + 1 of them. */
async function shortestChains(tx: ManagedTransaction, params: Params): Promise<Neo4jRecord[]> {
  // Quantifier bounds cannot be parameters, so the search is bounded at the API's maximum (6)
  // and the shortest length found is compared with `max` afterwards.
  const result = await tx.run(
    `MATCH (a), (b) WHERE elementId(a) = $source AND elementId(b) = $target
     MATCH p = ALL SHORTEST (a) (()-[r]-(n) WHERE ${STEP_MATCHES}){1,6} (b)
     WITH p WHERE length(p) <= $max
     RETURN p LIMIT $limit`,
    params,
  );
  return result.records;
}

/** Every chain of 1 to `max` steps, shortest first, one query per length until `limit` + 1 are found. */
async function allChains(tx: ManagedTransaction, params: Params, max: number, limit: number): Promise<Neo4jRecord[]> {
  const records: Neo4jRecord[] = [];
  for (let length = 1; length <= Math.min(max, MAX_ALL_CHAIN_STEPS) && records.length <= limit; length++) {
    const result = await tx.run(chainsOfLength(length), { ...params, limit: neo4j.int(limit + 1 - records.length) });
    records.push(...result.records);
  }
  return records;
}

export async function shortestPaths(query: PathsQuery): Promise<PathsResponse> {
  return read(async (tx) => {
    // The ends come back whole, so an answer with no chain can still name them.
    const ends = await actorsByKey(tx, [query.from, query.to]);
    const [from, to] = ends.map((node) => node.elementId);
    const params: Params = {
      // No data set filter unless the filters name one (stanceFilterParams sets it then).
      datasets: null,
      ...stanceFilterParams({ ...query, from: query.fromDate, to: query.toDate }),
      source: from,
      target: to,
      max: neo4j.int(query.max),
      // One more than answered, so the answer can say whether more exist.
      limit: neo4j.int(query.limit + 1),
    };
    const found = query.chains === 'all' ? await allChains(tx, params, query.max, query.limit) : await shortestChains(tx, params);
    const truncated = found.length > query.limit;
    const records = found.slice(0, query.limit);
    const paths = records
      .map((r) => r.get('p') as unknown)
      .filter(isPath)
      .map(pathView);
    const { graph } = recordsToGraph(records);
    const [fromActor, toActor] = ends.map(toActorSummary);
    if (!fromActor || !toActor) throw new Error('actorsByKey answers one node per key');
    return {
      elements: toElements(graph),
      paths,
      ends: { from: fromActor, to: toActor },
      groups: groupChains(paths).map(({ length, sign, count }) => ({ length, sign, count })),
      truncated,
    };
  });
}
