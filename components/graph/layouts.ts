/**
 * Layouts of the graph view: cytoscape options for fcose (default), concentric, breadth-first,
 * circle and preset, plus the `camps` layout, computed here as pure positions from the data and
 * run as a preset: in the dispute between actors A and B, A's backers stand on the left, B's
 * on the right, and actors that back neither, or both, in the middle.
 */
import type cytoscape from 'cytoscape';
import type { Elements } from '@/graph/model/elements';
import { nodeSize } from '@/components/graph/style';
import { LOD_GROUP_KIND } from '@/components/graph/aggregate';
import type { Box } from '@/components/graph/overlaps';

export type LayoutName = 'fcose' | 'concentric' | 'breadthfirst' | 'circle' | 'camps' | 'preset';

export const LAYOUTS: { name: Exclude<LayoutName, 'preset'>; label: string }[] = [
  { name: 'fcose', label: 'Force-directed' },
  { name: 'concentric', label: 'Concentric around focus' },
  { name: 'breadthfirst', label: 'Breadth-first from focus' },
  { name: 'circle', label: 'Circle' },
  { name: 'camps', label: 'Camps (who sides with whom)' },
];

export interface Position {
  x: number;
  y: number;
}

/** The two sides of a dispute, as node elementIds. */
export interface Dispute {
  a: string;
  b: string;
}

type Edge = Elements['edges'][number]['data'];

/** One key for the pair of nodes `a` and `b`, whichever comes first; `key.split(PAIR_SEPARATOR)` gives them back. */
export const PAIR_SEPARATOR = '\u0000';
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}${PAIR_SEPARATOR}${b}` : `${b}${PAIR_SEPARATOR}${a}`;
}

function opposedPairs(edges: readonly Edge[]): Map<string, number> {
  const pairs = new Map<string, number>();
  for (const e of edges) {
    if (e.polarity >= 0 || e.source === e.target) continue;
    const key = pairKey(e.source, e.target);
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  return pairs;
}

function backersOf(edges: readonly Edge[]): Map<string, Set<string>> {
  const backers = new Map<string, Set<string>>();
  for (const e of edges) {
    if (e.polarity <= 0) continue;
    const set = backers.get(e.target) ?? new Set<string>();
    set.add(e.source);
    backers.set(e.target, set);
  }
  return backers;
}

/**
 * The dispute a camps view is about. Candidates are pairs that oppose each other (restricted to
 * pairs touching the focus when there is one); the pair whose sides rally the most distinct
 * backers wins, so Guaidó vs Maduro beats a one-off quarrel. Null when nobody opposes anybody.
 */
export function pickDispute(elements: Elements, focusIds: readonly string[] = []): Dispute | null {
  const edges = elements.edges.map((e) => e.data);
  const backers = backersOf(edges);
  const focus = new Set(focusIds);
  let best: { dispute: Dispute; score: number } | null = null;
  for (const [key, count] of opposedPairs(edges)) {
    const [a = '', b = ''] = key.split(PAIR_SEPARATOR);
    const touchesFocus = focus.has(a) || focus.has(b);
    const bothFocus = focus.has(a) && focus.has(b);
    if (focus.size > 0 && !touchesFocus) continue;
    const rallied = new Set([...(backers.get(a) ?? []), ...(backers.get(b) ?? [])]);
    rallied.delete(a);
    rallied.delete(b);
    // Two focused rivals come first, then how many rally to either side, then how often they clash.
    const score = (bothFocus ? 1e6 : 0) + rallied.size * 100 + count;
    if (!best || score > best.score) {
      // Keep the side with more backers on the left for a stable reading order.
      const left = (backers.get(a)?.size ?? 0) >= (backers.get(b)?.size ?? 0) ? a : b;
      best = { dispute: { a: left, b: left === a ? b : a }, score };
    }
  }
  return best?.dispute ?? null;
}

/** How far a node leans to side A (> 0) or side B (< 0): its own stances towards A and B. */
export function lean(nodeId: string, edges: readonly Edge[], dispute: Dispute): number {
  let total = 0;
  for (const e of edges) {
    if (e.source !== nodeId) continue;
    if (e.target === dispute.a) total += e.polarity;
    else if (e.target === dispute.b) total -= e.polarity;
  }
  return total;
}

export interface CampsOptions {
  columnGap: number;
  /** Centre-to-centre step between rows; with `footprints`, the clear space between one node's label and the next node. */
  rowGap: number;
  /** Each node's body and label relative to its centre: columns then stack nodes by their real heights. */
  footprints?: ReadonlyMap<string, Box>;
  /** About how many rows a camp gets per column. */
  rowsPerColumn?: number;
}
const CAMPS_DEFAULTS: CampsOptions = { columnGap: 120, rowGap: 80 };

/** The vertical centres of a column of nodes, stacked by their footprints (or a fixed step), centred on y = 0. */
function columnYs(ids: readonly string[], options: CampsOptions): number[] {
  const footprints = options.footprints;
  if (!footprints) return ids.map((_, row) => (row - (ids.length - 1) / 2) * options.rowGap);
  const ys: number[] = [];
  let cursor = 0;
  for (const id of ids) {
    const box = footprints.get(id) ?? { x1: 0, y1: 0, x2: 0, y2: 0 };
    ys.push(cursor - box.y1);
    cursor += box.y2 - box.y1 + options.rowGap;
  }
  const first = footprints.get(ids[0] ?? '')?.y1 ?? 0;
  const last = footprints.get(ids[ids.length - 1] ?? '')?.y2 ?? 0;
  // Centre the column's extent (top of the first footprint to the bottom of the last) on y = 0.
  const shift = ((ys[0] ?? 0) + first + (ys[ys.length - 1] ?? 0) + last) / 2;
  return ys.map((y) => y - shift);
}

/** Lays `ids` out in a grid of `columns`, first column at x0 and the rest stepping by dx. */
function grid(ids: readonly string[], x0: number, dx: number, options: CampsOptions): Map<string, Position> {
  const out = new Map<string, Position>();
  const columns = columnsFor(ids.length, options);
  const rows = Math.ceil(ids.length / columns);
  for (let col = 0; col < columns; col++) {
    const column = ids.slice(col * rows, (col + 1) * rows);
    const ys = columnYs(column, options);
    column.forEach((id, row) => out.set(id, { x: x0 + col * dx, y: ys[row] ?? 0 }));
  }
  return out;
}

/** Camps are tall rather than wide (about three rows per column, or `rowsPerColumn`), to suit a landscape canvas. */
function columnsFor(count: number, options: CampsOptions): number {
  return count === 0 ? 0 : Math.max(1, Math.ceil(Math.sqrt(count / (options.rowsPerColumn ?? 3))));
}

/**
 * Positions for the camps layout: A at the left of centre, B at the right, A's camp fanning out
 * to the left of A, B's camp to the right of B, the middle ground between them. Within a camp
 * the strongest partisans stand nearest their side's leader.
 */
export function campsPositions(elements: Elements, dispute: Dispute, options: CampsOptions = CAMPS_DEFAULTS): Record<string, Position> {
  const edges = elements.edges.map((e) => e.data);
  const byName = new Map(elements.nodes.map((n) => [n.data.id, n.data.label]));
  const left: { id: string; lean: number }[] = [];
  const right: { id: string; lean: number }[] = [];
  const middle: { id: string; lean: number }[] = [];
  for (const node of elements.nodes) {
    const id = node.data.id;
    if (id === dispute.a || id === dispute.b) continue;
    const l = lean(id, edges, dispute);
    (l > 0 ? left : l < 0 ? right : middle).push({ id, lean: Math.abs(l) });
  }
  const order = (list: { id: string; lean: number }[]) =>
    list.sort((p, q) => q.lean - p.lean || (byName.get(p.id) ?? '').localeCompare(byName.get(q.id) ?? '')).map((p) => p.id);
  const middleColumns = columnsFor(middle.length, options);
  const gap = Math.max(options.columnGap, ((middleColumns + 1) * options.columnGap) / 2);
  const positions = new Map<string, Position>([
    [dispute.a, { x: -gap, y: 0 }],
    [dispute.b, { x: gap, y: 0 }],
    ...grid(order(left), -gap - options.columnGap, -options.columnGap, options),
    ...grid(order(right), gap + options.columnGap, options.columnGap, options),
    ...grid(order(middle), -((middleColumns - 1) * options.columnGap) / 2, options.columnGap, options),
  ]);
  return Object.fromEntries(positions);
}

/**
 * Positions for the camps layout from a computed partition (elementId -> camp): camp 0 fans out
 * to the left, camp 1 to the right, and the rest (further camps of a blockmodel, actors with no
 * signed tie) stand in the middle, grouped by camp. Within a camp the most connected actors
 * stand nearest the centre.
 */
export function campsByPartition(elements: Elements, camps: ReadonlyMap<string, number>, options: CampsOptions = CAMPS_DEFAULTS): Record<string, Position> {
  const degree = new Map<string, number>();
  for (const { data } of elements.edges) for (const end of [data.source, data.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const byName = new Map(elements.nodes.map((n) => [n.data.id, n.data.label]));
  const order = (ids: string[]) => ids.sort((p, q) => (degree.get(q) ?? 0) - (degree.get(p) ?? 0) || (byName.get(p) ?? '').localeCompare(byName.get(q) ?? ''));
  const left: string[] = [];
  const right: string[] = [];
  const middle: string[] = [];
  for (const node of elements.nodes) {
    const camp = camps.get(node.data.id);
    (camp === 0 ? left : camp === 1 ? right : middle).push(node.data.id);
  }
  // The middle keeps each further camp together, then those in none.
  const middleOrdered = middle.sort((p, q) => (camps.get(p) ?? 99) - (camps.get(q) ?? 99) || (degree.get(q) ?? 0) - (degree.get(p) ?? 0) || p.localeCompare(q));
  const middleColumns = columnsFor(middle.length, options);
  const gap = Math.max(options.columnGap / 2, (middleColumns * options.columnGap) / 2);
  const positions = new Map<string, Position>([
    ...grid(order(left), -gap - options.columnGap / 2, -options.columnGap, options),
    ...grid(order(right), gap + options.columnGap / 2, options.columnGap, options),
    ...grid(middleOrdered, -((middleColumns - 1) * options.columnGap) / 2, options.columnGap, options),
  ]);
  return Object.fromEntries(positions);
}

/**
 * Rings by degree, for views too large for a force-directed layout: the focus (or the most
 * connected actor) in the middle, then rings of ever less connected actors, each ring as far out
 * as its largest node needs. Pure arithmetic over the elements: 2,000 nodes take a few
 * milliseconds, where cytoscape's concentric layout measured every node first (~0.8 s, bench:ui).
 */
export function ringsByDegree(elements: Elements, focusIds: readonly string[] = [], gap = 14): Record<string, Position> {
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
    .map(({ data }) => ({ id: data.id, rank: rank(data.id, data.kind), group: data.kind === LOD_GROUP_KIND, size: data.kind === LOD_GROUP_KIND ? 90 : nodeSize(data.backers, data.opponents) }))
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

export interface LayoutContext {
  elements: Elements;
  /** elementIds of the focused nodes. */
  focusIds: readonly string[];
  /** Cheap settings for large graphs (see style.ts isLargeGraph). */
  large: boolean;
  /** Existing nodes keep their places and only new ones move (after an expand). */
  incremental: boolean;
  /** Each node's body and label, relative to its centre (canvas.ts nodeFootprints): camps space their grid by them. */
  footprints?: ReadonlyMap<string, Box>;
  /** elementId -> camp from the signed-network analysis: the camps layout draws these camps when given. */
  camps?: ReadonlyMap<string, number>;
}

/** Camps columns far enough apart for the widest node with its label, rows stacked by each node's own height. */
export function campsSpacing(footprints: ReadonlyMap<string, Box> | undefined, gap = 16): CampsOptions {
  if (!footprints || footprints.size === 0) return CAMPS_DEFAULTS;
  let width = 0;
  for (const box of footprints.values()) width = Math.max(width, box.x2 - box.x1);
  // Stacked by their real heights, columns come out about half as tall as a grid stepping by the
  // tallest node, so twice the rows per column keep the camps' landscape shape.
  return { columnGap: Math.ceil(width + gap), rowGap: gap, footprints, rowsPerColumn: 6 };
}

/** Cytoscape layout options for a layout name; camps falls back to fcose when nobody disputes. */
export function layoutOptions(name: LayoutName, context: LayoutContext): cytoscape.LayoutOptions {
  const common = { fit: true, padding: 40, animate: false } as const;
  const focus = new Set(context.focusIds);
  switch (name) {
    case 'preset':
      return { name: 'preset', ...common };
    case 'circle':
      return { name: 'circle', ...common, avoidOverlap: true };
    case 'concentric':
      if (context.large) return { name: 'preset', ...common, positions: ringsByDegree(context.elements, context.focusIds) };
      return {
        name: 'concentric',
        ...common,
        minNodeSpacing: 30,
        concentric: (node: cytoscape.NodeSingular) => (focus.has(node.id()) ? 1000 : node.degree(false)),
        levelWidth: () => 2,
      };
    case 'breadthfirst': {
      const roots = context.focusIds.length > 0 ? context.focusIds.map((id) => `#${cssEscape(id)}`).join(', ') : undefined;
      return { name: 'breadthfirst', ...common, directed: false, spacingFactor: 1.1, ...(roots ? { roots } : {}) };
    }
    case 'camps': {
      // The computed partition decides the sides; the dispute around the focus only stands in without one.
      if (context.camps && new Set(context.camps.values()).size >= 2) {
        return { name: 'preset', ...common, positions: campsByPartition(context.elements, context.camps, campsSpacing(context.footprints)) };
      }
      const dispute = pickDispute(context.elements, context.focusIds);
      if (!dispute) return layoutOptions('fcose', context);
      const positions = campsPositions(context.elements, dispute, campsSpacing(context.footprints));
      return { name: 'preset', ...common, positions };
    }
    case 'fcose':
    default: {
      // Force-directed layout of thousands of nodes takes seconds (bench:ui): large graphs get
      // rings by degree, hubs in the middle, which takes milliseconds.
      if (context.large) return { name: 'preset', ...common, positions: ringsByDegree(context.elements, context.focusIds) };
      const fcose = {
        name: 'fcose',
        ...common,
        quality: context.incremental ? 'proof' : 'default',
        randomize: !context.incremental,
        // Labels count as part of each node, so names push each other apart as the layout runs;
        // edges between those larger boxes can then be shorter (canvas.ts removes what overlap is left).
        nodeDimensionsIncludeLabels: true,
        nodeRepulsion: 9000,
        idealEdgeLength: 80,
        nodeSeparation: 90,
        // Fewer iterations for mid-sized views keep the first render near a second.
        numIter: context.elements.nodes.length > 150 ? 600 : 2500,
      };
      return fcose as cytoscape.LayoutOptions;
    }
  }
}

/** elementIds contain ':' (4:abc:12), which a cytoscape selector must escape. */
export function cssEscape(id: string): string {
  return id.replace(/([^a-zA-Z0-9_-])/g, '\\$1');
}
