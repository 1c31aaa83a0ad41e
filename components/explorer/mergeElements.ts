/**
 * Two views' elements as one, for an answer with actors expanded in it: every node and stance of
 * either, once (by id), the first view's own copy kept. Backers and opponents are recounted later
 * (answers.ts recount), over what the merged view holds. Pure.
 */
import type { Elements } from '@/graph/model/elements';

export function mergeElements(first: Elements, second: Elements): Elements {
  const nodeIds = new Set(first.nodes.map((n) => n.data.id));
  const edgeIds = new Set(first.edges.map((e) => e.data.id));
  return {
    nodes: [...first.nodes, ...second.nodes.filter((n) => !nodeIds.has(n.data.id))],
    edges: [...first.edges, ...second.edges.filter((e) => !edgeIds.has(e.data.id))],
  };
}
