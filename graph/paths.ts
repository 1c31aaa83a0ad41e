/**
 * `/api/paths`: the shortest chains of stances between two actors, whichever way each stance
 * points, with each chain's sign: the product of its polarities ("the enemy of my enemy" is +1).
 * The explorer's filters apply to every step of a chain, as `/api/graph` applies them to every
 * stance it walks: the shortest chain is sought among the stances that pass them.
 */
import neo4j, { isPath, type Path } from 'neo4j-driver';
import { read } from '@/graph/driver';
import { recordsToGraph } from '@/graph/boltMappings';
import { toElements } from '@/graph/elements';
import { actorsByKey, toActorSummary } from '@/graph/actors';
import { sourcesFor } from '@/graph/sources';
import { stanceFilterParams } from '@/graph/neighbourhood';
import type { PathsQuery, PathsResponse, PathView } from '@/graph/apiTypes';

/** More chains than this of the same shortest length say little more and would flood the view. */
export const MAX_PATHS = 25;

/** The sign of a chain: the product of its stances' polarities. */
export function pathSign(polarities: readonly number[]): -1 | 0 | 1 {
  let sign = 1;
  for (const p of polarities) sign *= p === 1 ? 1 : p === -1 ? -1 : 0;
  return sign === 0 ? 0 : sign > 0 ? 1 : -1;
}

function pathView(path: Path): PathView {
  return {
    nodeIds: [path.start.elementId, ...path.segments.map((s) => s.end.elementId)],
    edgeIds: path.segments.map((s) => s.relationship.elementId),
    sign: pathSign(path.segments.map((s) => Number(s.relationship.properties.polarity ?? 0))),
    length: path.length,
  };
}

/**
 * One step of a chain: a stance `r` that passes the filters, onto a node `n` of an allowed kind.
 * Written inside a quantified path pattern, Neo4j checks it at every step of its breadth-first
 * search; `allShortestPaths` with a predicate on `nodes(p)` instead falls back to enumerating
 * every path up to 6 steps when the filters leave no chain (seconds on this small graph).
 * A stance counts for a period when it overlaps it, as in graph/neighbourhood.ts. The far end
 * always passes the actor-kind filter (the near one is never a step's `n`): they are what the
 * user asked about.
 */
const STEP_MATCHES = `r.polarity IS NOT NULL
    AND ($kinds IS NULL OR type(r) IN $kinds)
    AND ($polarity IS NULL OR r.polarity IN $polarity)
    AND ($certainty IS NULL OR r.certainty IN $certainty)
    AND ($from IS NULL OR coalesce(r.until, r.date) >= date($from))
    AND ($to IS NULL OR r.date <= date($to))
    AND ($actorKinds IS NULL OR n = b OR (CASE WHEN n:Topic THEN 'topic' ELSE n.kind END) IN $actorKinds)`;

export async function shortestPaths(query: PathsQuery): Promise<PathsResponse> {
  return read(async (tx) => {
    // The ends come back whole, so an answer with no chain can still name them.
    const ends = await actorsByKey(tx, [query.from, query.to]);
    const [from, to] = ends.map((node) => node.elementId);
    // Quantifier bounds cannot be parameters, so the search is bounded at the API's maximum (6)
    // and the shortest length found is compared with `max` afterwards.
    const result = await tx.run(
      `MATCH (a), (b) WHERE elementId(a) = $source AND elementId(b) = $target
       MATCH p = ALL SHORTEST (a) (()-[r]-(n) WHERE ${STEP_MATCHES}){1,6} (b)
       WITH p WHERE length(p) <= $max
       RETURN p LIMIT $limit`,
      {
        ...stanceFilterParams({ ...query, from: query.fromDate, to: query.toDate }),
        source: from,
        target: to,
        max: neo4j.int(query.max),
        limit: neo4j.int(MAX_PATHS),
      },
    );
    const paths = result.records.map((r) => r.get('p') as unknown).filter(isPath);
    const { graph } = recordsToGraph(result.records);
    const [fromActor, toActor] = ends.map(toActorSummary);
    if (!fromActor || !toActor) throw new Error('actorsByKey answers one node per key');
    return { elements: toElements(graph, await sourcesFor(tx, graph)), paths: paths.map(pathView), ends: { from: fromActor, to: toActor } };
  });
}
