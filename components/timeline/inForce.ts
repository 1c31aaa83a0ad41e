/**
 * The network as it stood on a day, worked out from what the canvas already holds: an edge is in
 * force when it carries no date (not a stance) or its stance was taken on or before the day and
 * not closed before it (as graph/analysis/compute/diff.ts `inForce`); a node is out of time when it has
 * edges and none of them is in force. Pure, so the timeline can step without a request or a layout.
 */

export interface TimedEdge {
  id: string;
  source: string;
  target: string;
  date?: string | undefined;
  until?: string | undefined;
}

export interface InForce {
  /** Edge ids not in force on the day. */
  edgesOut: Set<string>;
  /** Node ids whose every edge is out of force (nodes without edges always stay). */
  nodesOut: Set<string>;
}

export function edgeInForce(edge: Pick<TimedEdge, 'date' | 'until'>, day: string): boolean {
  if (edge.date === undefined) return true;
  return edge.date <= day && (edge.until === undefined || edge.until >= day);
}

export function inForceOn(nodeIds: readonly string[], edges: readonly TimedEdge[], day: string): InForce {
  const edgesOut = new Set<string>();
  const hasEdge = new Set<string>();
  const kept = new Set<string>();
  for (const edge of edges) {
    hasEdge.add(edge.source);
    hasEdge.add(edge.target);
    if (edgeInForce(edge, day)) {
      kept.add(edge.source);
      kept.add(edge.target);
    } else edgesOut.add(edge.id);
  }
  const nodesOut = new Set(nodeIds.filter((id) => hasEdge.has(id) && !kept.has(id)));
  return { edgesOut, nodesOut };
}
