/**
 * `/api/graph`: the stances around some focus actors (breadth-first, up to `depth` steps, in
 * either direction) or, without focus, the whole graph's most connected actors, as cytoscape
 * elements. Filters apply to every stance walked: kinds, polarity, certainty, dates, data sets, actor kinds.
 * The view holds at most `limit` actors and `stances` stances (graph/views/stanceBudget.ts).
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { transactions } from '@/graph/db/driver';
import { recordsToGraph } from '@/graph/db/boltMappings';
import { toElements } from '@/graph/model/elements';
import { elementIdsOf } from '@/graph/views/actors';
import type { GraphQuery, GraphResponse } from '@/graph/views/viewTypes';
import { actorsWithin, defaultStanceBudget } from '@/graph/views/stanceBudget';
import { endKindPasses, STANCE_FILTER, stanceFilterParams, type FilterParams } from '@/graph/views/stanceFilter';

const { read } = transactions('view');

/** A stance `r` between actors/topics `a` and `b` that passes the filters; the focus passes any actor-kind filter. */
const STANCE_MATCHES = `${STANCE_FILTER}
  AND (a:Actor OR a:Topic) AND (b:Actor OR b:Topic)
  AND ${endKindPasses('a', 'elementId(a) IN $focus')}
  AND ${endKindPasses('b', 'elementId(b) IN $focus')}`;

/** The matching stances with both ends among `$ids`: what a view of those actors draws. */
const STANCES_AMONG_IDS = `MATCH (a)-[r]->(b) WHERE elementId(a) IN $ids AND elementId(b) IN $ids AND ${STANCE_MATCHES}`;

const EMPTY: GraphResponse = { elements: { nodes: [], edges: [] }, total: { nodes: 0, edges: 0 }, truncated: false };

/** Nodes reached from `focus`, nearest first and, at equal distance, most linked to the layer before. */
async function reachable(tx: ManagedTransaction, focus: string[], depth: number, params: FilterParams): Promise<string[]> {
  const order = [...focus];
  const seen = new Set(focus);
  let frontier = focus;
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const result = await tx.run(
      `MATCH (a)-[r]-(b) WHERE elementId(a) IN $frontier AND ${STANCE_MATCHES}
       RETURN elementId(b) AS id, count(r) AS links ORDER BY links DESC, id`,
      { ...params, frontier },
    );
    const next = result.records.map((r) => r.get('id') as string).filter((id) => !seen.has(id));
    next.forEach((id) => seen.add(id));
    order.push(...next);
    frontier = next;
  }
  return order;
}

/** The ranked ids the view draws from, with the totals the status line reports (edges: null when not known yet). */
interface Ranking {
  ids: string[];
  nodes: number;
  edges: number | null;
}

/** All actors with a matching stance, most connected first, counted over the matching stances. */
async function mostConnected(tx: ManagedTransaction, params: FilterParams): Promise<Ranking> {
  const result = await tx.run(
    `MATCH (a)-[r]->(b) WHERE ${STANCE_MATCHES}
     UNWIND [a, b] AS n
     WITH n, count(*) AS degree
     RETURN elementId(n) AS id ORDER BY degree DESC, n.id`,
    params,
  );
  const ids = result.records.map((r) => r.get('id') as string);
  return { ids, nodes: ids.length, edges: null };
}

const UNFILTERED = ['kinds', 'polarity', 'certainty', 'from', 'to', 'actorKinds', 'datasets'] as const;

/**
 * Without filters the ranking is the one kept on the nodes (graph/datasets/rankings.ts): the top `limit`
 * read in `stanceCount` index order, ties at the cut settled by id as the counted ranking does,
 * totals summed from the same index. Null when some actor or topic has no count yet (data written
 * around the app): the caller counts the stances then, as it does for filtered views.
 */
async function rankedByCount(tx: ManagedTransaction, limit: number): Promise<Ranking | null> {
  const totals = (await tx.run(
    `CALL () { MATCH (n:Actor) RETURN count(n) AS actors }
     CALL () { MATCH (n:Topic) RETURN count(n) AS topics }
     CALL () { MATCH (n:Actor) WHERE n.stanceCount >= 0 RETURN count(n) AS countedActors, count(CASE WHEN n.stanceCount > 0 THEN 1 END) AS linkedActors, sum(n.stanceCount) AS actorEnds }
     CALL () { MATCH (n:Topic) WHERE n.stanceCount >= 0 RETURN count(n) AS countedTopics, count(CASE WHEN n.stanceCount > 0 THEN 1 END) AS linkedTopics, sum(n.stanceCount) AS topicEnds }
     RETURN actors + topics = countedActors + countedTopics AS complete, linkedActors + linkedTopics AS nodes, actorEnds + topicEnds AS ends`,
  )).records[0];
  if (!totals || totals.get('complete') !== true) return null;
  const top = await tx.run(
    `CALL () {
       MATCH (n:Actor) WHERE n.stanceCount > 0 RETURN n.stanceCount AS c ORDER BY c DESC LIMIT $limit
       UNION ALL
       MATCH (n:Topic) WHERE n.stanceCount > 0 RETURN n.stanceCount AS c ORDER BY c DESC LIMIT $limit
     }
     WITH c ORDER BY c DESC LIMIT $limit
     WITH min(c) AS cut
     CALL (cut) {
       MATCH (n:Actor) WHERE n.stanceCount >= cut RETURN n
       UNION ALL
       MATCH (n:Topic) WHERE n.stanceCount >= cut RETURN n
     }
     RETURN elementId(n) AS id ORDER BY n.stanceCount DESC, n.id LIMIT $limit`,
    { limit: neo4j.int(limit) },
  );
  return {
    ids: top.records.map((r) => r.get('id') as string),
    nodes: Number(totals.get('nodes')),
    edges: Number(totals.get('ends')) / 2,
  };
}

/** Matching stances among `ids`, or in the whole graph when `ids` is null. */
async function countStances(tx: ManagedTransaction, ids: readonly string[] | null, params: FilterParams): Promise<number> {
  const result = await tx.run(
    ids
      ? `${STANCES_AMONG_IDS} RETURN count(r) AS edges`
      : `MATCH (a)-[r]->(b) WHERE ${STANCE_MATCHES} RETURN count(r) AS edges`,
    { ...params, ids },
  );
  return Number(result.records[0]?.get('edges') ?? 0);
}

/** The actors a view keeps and, once counted, the stances among them (null: not counted, match them). */
interface Head {
  ids: string[];
  stanceIds: string[] | null;
}

/**
 * The longest head of `ids` whose matching stances among themselves fit `budget`
 * (graph/views/stanceBudget.ts). One pass over the stances among all of `ids`, grouped by the rank of
 * their later end, names the stances as it counts them: the subgraph then reads the kept ones by
 * elementId instead of expanding the hubs' relationships a second time (at a million stances,
 * 894 stances read by id in ~27 ms against ~35–45 ms expanded). One record per rank, not per
 * stance, so few records cross the wire.
 */
async function headWithinBudget(tx: ManagedTransaction, ids: readonly string[], budget: number, keep: number, params: FilterParams): Promise<Head> {
  const rank = Object.fromEntries(ids.map((id, i) => [id, neo4j.int(i)]));
  const result = await tx.run(
    `${STANCES_AMONG_IDS}
     WITH r, $rank[elementId(a)] AS ra, $rank[elementId(b)] AS rb
     RETURN CASE WHEN ra > rb THEN ra ELSE rb END AS last, collect(elementId(r)) AS stances`,
    { ...params, ids, rank },
  );
  const byLast = result.records.map((r) => ({ last: Number(r.get('last')), stances: r.get('stances') as string[] }));
  const kept = actorsWithin(byLast.map(({ last, stances }) => ({ last, count: stances.length })), ids.length, budget, keep);
  return {
    ids: ids.slice(0, kept),
    stanceIds: byLast.filter(({ last }) => last < kept).flatMap(({ stances }) => stances),
  };
}

async function subgraph(tx: ManagedTransaction, { ids, stanceIds }: Head, params: FilterParams) {
  // One record per node and per stance, not one record collecting them: the driver decodes
  // 6,000 small records in about half the time of one record holding 6,000 (bench:scale).
  const nodes = await tx.run('MATCH (n) WHERE elementId(n) IN $ids RETURN n', { ids });
  const stances = stanceIds
    ? await tx.run('MATCH ()-[r]->() WHERE elementId(r) IN $stanceIds RETURN r', { stanceIds })
    : await tx.run(`${STANCES_AMONG_IDS} RETURN r`, { ...params, ids });
  const { graph } = recordsToGraph([...nodes.records, ...stances.records]);
  // Keep the ranking order (focus first) so the client's layout starts from the same place.
  const rank = new Map(ids.map((id, i) => [id, i]));
  graph.nodes.sort((x, y) => (rank.get(x.elementId) ?? 0) - (rank.get(y.elementId) ?? 0));
  return graph;
}

export async function neighbourhood(query: GraphQuery): Promise<GraphResponse> {
  return read(async (tx) => {
    const params = stanceFilterParams(query);
    // Focus actors always pass the actor-kind filter: they are what the user asked to see.
    const focus = query.focus ? [...new Set(await elementIdsOf(tx, query.focus))] : [];
    params.focus = focus;
    let ranking: Ranking | null = null;
    if (query.focus) {
      const ids = await reachable(tx, focus, query.depth, params);
      ranking = { ids, nodes: ids.length, edges: null };
    } else if (UNFILTERED.every((name) => params[name] === null)) {
      ranking = await rankedByCount(tx, query.limit);
    }
    ranking ??= await mostConnected(tx, params);
    const budget = query.stances ?? defaultStanceBudget(query.limit);
    const head = ranking.ids.slice(0, query.limit);
    // Known to fit (the whole graph holds fewer stances than the budget): no need to count.
    const kept: Head = ranking.edges === null || ranking.edges > budget
      ? await headWithinBudget(tx, head, budget, focus.length, params)
      : { ids: head, stanceIds: null };
    const graph = await subgraph(tx, kept, params);
    const truncated = ranking.nodes > kept.ids.length;
    // Uncut, the subgraph holds every matching stance: no need to count them separately.
    const totalEdges = truncated ? (ranking.edges ?? (await countStances(tx, query.focus ? ranking.ids : null, params))) : graph.relationships.length;
    if (totalEdges === 0) return EMPTY;
    // A node whose every stance links to cut nodes would float alone; drop it (focus stays).
    const linked = new Set(graph.relationships.flatMap((r) => [r.startNodeElementId, r.endNodeElementId]));
    graph.nodes = graph.nodes.filter((n) => linked.has(n.elementId) || focus.includes(n.elementId));
    return {
      elements: toElements(graph),
      total: { nodes: ranking.nodes, edges: totalEdges },
      truncated,
    };
  });
}
