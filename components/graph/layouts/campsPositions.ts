/**
 * Where the camps layout puts each node, as pure positions: in the dispute between actors A and
 * B (dispute.ts), A's backers stand on the left, B's on the right, and actors that back neither,
 * or both, in the middle; or, given a computed partition, camp 0 left and camp 1 right.
 */
import type { Elements } from '@/graph/model/elements';
import type { Box } from '@/components/graph/overlaps';
import type { Position } from '@/components/graph/layouts/shared';
import { lean, type Dispute } from '@/components/graph/layouts/dispute';

export interface CampsOptions {
  columnGap: number;
  /** Centre-to-centre step between rows; with `footprints`, the clear space between one node's label and the next node. */
  rowGap: number;
  /** Each node's body and label relative to its centre: columns then stack nodes by their real heights. */
  footprints?: ReadonlyMap<string, Box>;
  /** About how many rows a camp gets per column. */
  rowsPerColumn?: number;
}

/** Spacing when the nodes' sizes are not known (before the canvas has measured them). */
export const defaults: CampsOptions = {
  // Centre-to-centre step (px) between columns: room for a node and a short label.
  columnGap: 120,
  // Centre-to-centre step (px) between rows: a node with its label under it.
  rowGap: 80,
};

/** How campsSpacing turns measured footprints into spacing. */
export const SPACING_DEFAULTS = {
  // Clear space (px) between the widest footprint and the next column, and between stacked footprints.
  gap: 16,
  // Stacked by their real heights, columns come out about half as tall as a grid stepping by the
  // tallest node, so twice the rows per column (3 without footprints) keep the camps' landscape shape.
  rowsPerColumn: 6,
} as const;

/** Camps are tall rather than wide (about three rows per column, or `rowsPerColumn`), to suit a landscape canvas. */
const ROWS_PER_COLUMN = 3;

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

function columnsFor(count: number, options: CampsOptions): number {
  return count === 0 ? 0 : Math.max(1, Math.ceil(Math.sqrt(count / (options.rowsPerColumn ?? ROWS_PER_COLUMN))));
}

/**
 * Positions for the camps layout: A at the left of centre, B at the right, A's camp fanning out
 * to the left of A, B's camp to the right of B, the middle ground between them. Within a camp
 * the strongest partisans stand nearest their side's leader.
 */
export function campsPositions(elements: Elements, dispute: Dispute, options: CampsOptions = defaults): Record<string, Position> {
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
export function campsByPartition(elements: Elements, camps: ReadonlyMap<string, number>, options: CampsOptions = defaults): Record<string, Position> {
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

/** Camps columns far enough apart for the widest node with its label, rows stacked by each node's own height. */
export function campsSpacing(footprints: ReadonlyMap<string, Box> | undefined, gap: number = SPACING_DEFAULTS.gap): CampsOptions {
  if (!footprints || footprints.size === 0) return defaults;
  let width = 0;
  for (const box of footprints.values()) width = Math.max(width, box.x2 - box.x1);
  return { columnGap: Math.ceil(width + gap), rowGap: gap, footprints, rowsPerColumn: SPACING_DEFAULTS.rowsPerColumn };
}
