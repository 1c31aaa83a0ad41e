/**
 * Rings by degree, for views too large for a force-directed layout: the focus (or the most
 * connected actor) in the middle, then rings of ever less connected actors, each ring as far out
 * as its largest node needs. Pure arithmetic over the elements: 2,000 nodes take a few
 * milliseconds, where cytoscape's concentric layout measured every node first (~0.8 s, bench:ui).
 */
import type { Elements } from '@/graph/model/elements';
import { nodeSize } from '@/components/graph/style';
import { LOD_GROUP_KIND } from '@/components/graph/aggregate';
import type { Position } from '@/components/graph/layouts/shared';

export const defaults = {
  // Clear space (px) between neighbours on a ring, and between one ring and the next.
  gap: 14,
  // Diameter a level-of-detail group is given: groups are drawn larger than actors (style.ts).
  groupSize: 90,
} as const;

export function ringsByDegree(elements: Elements, focusIds: readonly string[] = [], gap: number = defaults.gap): Record<string, Position> {
  const degree = new Map<string, number>();
  for (const { data } of elements.edges) {
    degree.set(data.source, (degree.get(data.source) ?? 0) + 1);
    degree.set(data.target, (degree.get(data.target) ?? 0) + 1);
  }
  const focus = new Set(focusIds);
  // Groups of the levels of detail (aggregate.ts) have many bundles but stand for the least
  // connected actors: they go round the outside, where they do not cover the hubs.
  const rank = (id: string, kind: string) => (focus.has(id) ? Number.MAX_SAFE_INTEGER : kind === LOD_GROUP_KIND ? -1 : (degree.get(id) ?? 0));
  const nodes = elements.nodes
    .map(({ data }) => ({ id: data.id, rank: rank(data.id, data.kind), group: data.kind === LOD_GROUP_KIND, size: data.kind === LOD_GROUP_KIND ? defaults.groupSize : nodeSize(data.backers, data.opponents) }))
    .sort((p, q) => q.rank - p.rank || (p.id < q.id ? -1 : p.id > q.id ? 1 : 0));
  const positions: Record<string, Position> = {};
  const [centre, ...rest] = nodes;
  if (!centre) return positions;
  positions[centre.id] = { x: 0, y: 0 };
  let radius = 0;
  let previousSize = centre.size;
  // The groups (ranked last) start a ring of their own.
  const groupsFrom = rest.some((n) => n.group) ? rest.findIndex((n) => n.group) : rest.length;
  for (let i = 0; i < rest.length; ) {
    const step = (rest[i]?.size ?? 0) + gap;
    radius += (previousSize + step) / 2;
    // As many nodes as fit around this ring, spread evenly when fewer are left.
    const count = Math.min(Math.max(1, Math.floor((2 * Math.PI * radius) / step)), (i < groupsFrom ? groupsFrom : rest.length) - i);
    for (let k = 0; k < count; k++, i++) {
      const node = rest[i];
      if (!node) break;
      const angle = (2 * Math.PI * k) / count - Math.PI / 2;
      positions[node.id] = { x: Math.round(radius * Math.cos(angle)), y: Math.round(radius * Math.sin(angle)) };
    }
    previousSize = step;
  }
  return positions;
}
