/**
 * `/api/paths`: the shortest chains of stances between two actors, whichever way each stance
 * points, with each chain's sign: the product of its polarities ("the enemy of my enemy" is +1).
 */
import neo4j, { isPath, type Path } from 'neo4j-driver';
import { read } from '@/graph/driver';
import { recordsToGraph } from '@/graph/boltMappings';
import { toElements } from '@/graph/elements';
import { elementIdsOf } from '@/graph/actors';
import { sourcesFor } from '@/graph/sources';
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

export async function shortestPaths(query: PathsQuery): Promise<PathsResponse> {
  return read(async (tx) => {
    const [from, to] = await elementIdsOf(tx, [query.from, query.to]);
    // Quantifier bounds cannot be parameters, so the search is bounded at the API's maximum (6)
    // and the shortest length found is compared with `max` afterwards.
    const result = await tx.run(
      `MATCH (a), (b) WHERE elementId(a) = $from AND elementId(b) = $to
       MATCH p = allShortestPaths((a)-[rels*..6]-(b))
       WHERE all(r IN rels WHERE r.polarity IS NOT NULL)
       WITH p WHERE length(p) <= $max
       RETURN p LIMIT $limit`,
      { from, to, max: neo4j.int(query.max), limit: neo4j.int(MAX_PATHS) },
    );
    const paths = result.records.map((r) => r.get('p') as unknown).filter(isPath);
    const { graph } = recordsToGraph(result.records);
    return { elements: toElements(graph, await sourcesFor(tx, graph)), paths: paths.map(pathView) };
  });
}
