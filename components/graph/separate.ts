/**
 * Overlap removal after a layout: force-directed and ring layouts place node centres, but a name
 * drawn under its node is far wider than the node, so names still land on each other and on
 * nearby nodes. Each node is given a footprint, the box around its body and its label, and
 * footprints that overlap are pushed apart along the axis where that takes the shorter move, until
 * none overlaps. Pure and deterministic: the same input always gives the same positions.
 */
import type { Box } from '@/components/graph/overlaps';
import type { Position } from '@/components/graph/layouts';

export interface Footprint {
  id: string;
  /** Where the node is now (its centre). */
  position: Position;
  /** Its body and label together, relative to `position` (x1 < 0 < x2 for a node centred in it). */
  box: Box;
  /** Pinned nodes never move; the others make way for them. */
  fixed?: boolean;
}

export const SEPARATE_DEFAULTS = {
  /** Clear space (model px) left between two footprints. */
  gap: 6,
  /** Passes over all pairs before the layout is spread out a little and tried again. */
  passes: 300,
  /** How much the layout is spread (around its centre) when pushing alone does not settle it. */
  spread: 1.1,
  /** Spreads before giving up; 1.1^60 is ~300 times wider than the start, ample for any layout. */
  spreads: 60,
  /** separateAndCompact: rounds of drawing the layout in, and how much each squeezes the limiting axis. */
  compactRounds: 20,
  squeeze: 0.9,
  /** separateAndCompact: how much longer a push across the squeezed axis may be than one along it, and still be chosen; each is tried. */
  across: [2, 6, 50] as readonly number[],
  /** A fit at this zoom draws names at their full size: no need to draw the layout in further. */
  enoughZoom: 1,
};
export type SeparateOptions = typeof SEPARATE_DEFAULTS;

interface Item {
  box: Box;
  x: number;
  y: number;
  fixed: boolean;
}

const left = (i: Item) => i.x + i.box.x1;
const right = (i: Item) => i.x + i.box.x2;

/**
 * One pass over every overlapping pair (sweeping by left edge); returns whether anything moved.
 * `xCost` weighs a sideways push against a vertical one (above 1: rather stack than widen).
 */
function pass(items: Item[], gap: number, xCost: number): boolean {
  const order = items.map((_, i) => i).sort((p, q) => left(items[p] as Item) - left(items[q] as Item) || p - q);
  let moved = false;
  for (let s = 0; s < order.length; s++) {
    const a = items[order[s] as number] as Item;
    for (let t = s + 1; t < order.length; t++) {
      const b = items[order[t] as number] as Item;
      if (left(b) >= right(a) + gap) break;
      const ox = Math.min(right(a), right(b)) - Math.max(left(a), left(b)) + gap;
      const oy = Math.min(a.y + a.box.y2, b.y + b.box.y2) - Math.max(a.y + a.box.y1, b.y + b.box.y1) + gap;
      if (ox <= 0 || oy <= 0 || (a.fixed && b.fixed)) continue;
      // Move by a hair more than the overlap, so rounding never leaves two boxes a hair inside each other.
      const horizontal = ox * xCost <= oy;
      const amount = (horizontal ? ox : oy) + 0.01;
      const ca = horizontal ? a.x + (a.box.x1 + a.box.x2) / 2 : a.y + (a.box.y1 + a.box.y2) / 2;
      const cb = horizontal ? b.x + (b.box.x1 + b.box.x2) / 2 : b.y + (b.box.y1 + b.box.y2) / 2;
      // b goes the way it already lies from a; on a tie, right or down (b is later in the sweep).
      const sign = cb >= ca ? 1 : -1;
      const shareA = a.fixed ? 0 : b.fixed ? 1 : 0.5;
      if (horizontal) {
        a.x -= sign * amount * shareA;
        b.x += sign * amount * (1 - shareA);
      } else {
        a.y -= sign * amount * shareA;
        b.y += sign * amount * (1 - shareA);
      }
      moved = true;
    }
  }
  return moved;
}

/** Scales the movable items' distances from the centre of all items (> 1 spreads, < 1 draws in), keeping their arrangement. */
function spread(items: Item[], fx: number, fy: number): void {
  const cx = items.reduce((sum, i) => sum + i.x, 0) / items.length;
  const cy = items.reduce((sum, i) => sum + i.y, 0) / items.length;
  for (const i of items) {
    if (i.fixed) continue;
    i.x = cx + (i.x - cx) * fx;
    i.y = cy + (i.y - cy) * fy;
  }
}

export interface Viewport {
  width: number;
  height: number;
  padding: number;
}

/** Extent of all footprints at the given positions. */
function extent(items: readonly Item[]): { x1: number; y1: number; x2: number; y2: number } {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const i of items) {
    x1 = Math.min(x1, i.x + i.box.x1);
    y1 = Math.min(y1, i.y + i.box.y1);
    x2 = Math.max(x2, i.x + i.box.x2);
    y2 = Math.max(y2, i.y + i.box.y2);
  }
  return { x1, y1, x2, y2 };
}

/** The zoom a fit to `viewport` would choose for these positions. */
function fitZoom(items: readonly Item[], viewport: Viewport): number {
  const e = extent(items);
  return Math.min((viewport.width - 2 * viewport.padding) / Math.max(1, e.x2 - e.x1), (viewport.height - 2 * viewport.padding) / Math.max(1, e.y2 - e.y1));
}

/** Pushes pairs apart until none overlaps, spreading the whole layout a little whenever pushing alone stalls. */
function settle(items: Item[], options: SeparateOptions, xCost = 1): void {
  for (let round = 0; round <= options.spreads; round++) {
    if (round > 0) spread(items, options.spread, options.spread);
    for (let p = 0; p < options.passes; p++) if (!pass(items, options.gap, xCost)) return;
  }
}

function itemsOf(footprints: readonly Footprint[]): Item[] {
  return footprints.map((f) => ({ box: f.box, x: f.position.x, y: f.position.y, fixed: f.fixed === true }));
}

function movedOnly(footprints: readonly Footprint[], items: readonly Item[]): Map<string, Position> {
  const moved = new Map<string, Position>();
  footprints.forEach((f, k) => {
    const item = items[k];
    if (item && (item.x !== f.position.x || item.y !== f.position.y)) moved.set(f.id, { x: item.x, y: item.y });
  });
  return moved;
}

/**
 * New positions for the footprints such that no two overlap (with `gap` between them), moving
 * them as little as pushing pairs apart allows. Only nodes that moved are in the result.
 */
export function separate(footprints: readonly Footprint[], options: SeparateOptions = SEPARATE_DEFAULTS): Map<string, Position> {
  const items = itemsOf(footprints);
  settle(items, options);
  return movedOnly(footprints, items);
}

/** Rounds of squeezing `items` (already separated) and separating again; returns the best positions found and their fit zoom. */
function compact(items: Item[], viewport: Viewport, options: SeparateOptions, across: number): { positions: Position[]; zoom: number } {
  let best = { positions: items.map((i) => ({ x: i.x, y: i.y })), zoom: fitZoom(items, viewport) };
  for (let round = 0, stale = 0; round < options.compactRounds && stale < 3 && best.zoom < options.enoughZoom; round++) {
    const e = extent(items);
    const wide = (e.x2 - e.x1) / (viewport.width - 2 * viewport.padding) >= (e.y2 - e.y1) / (viewport.height - 2 * viewport.padding);
    spread(items, wide ? options.squeeze : options.squeeze ** 0.25, wide ? options.squeeze ** 0.25 : options.squeeze);
    settle(items, options, wide ? across : 1 / across);
    const zoom = fitZoom(items, viewport);
    if (zoom > best.zoom * 1.001) {
      best = { positions: items.map((i) => ({ x: i.x, y: i.y })), zoom };
      stale = 0;
    } else stale++;
  }
  return best;
}

/**
 * Like `separate`, then draws the layout in while that lets a fit to `viewport` zoom in further:
 * force-directed layouts leave wide gaps and rarely match the canvas's shape, so the view opened
 * fitted with small names. Until names reach their full size (`enoughZoom`), each round squeezes
 * the axis that limits the fit more and separates again. Overlaps the squeeze makes are pushed
 * back out along the squeezed axis, or across it where that is at most `across` times longer a
 * move: each value of `across` is tried from the same start (a blob compacts best with short
 * moves, a row far too wide, like breadth-first's leaves, only by folding into rows), and the
 * positions with the largest fit zoom win.
 */
export function separateAndCompact(footprints: readonly Footprint[], viewport: Viewport, options: SeparateOptions = SEPARATE_DEFAULTS): Map<string, Position> {
  const items = itemsOf(footprints);
  settle(items, options);
  const start = items.map((i) => ({ x: i.x, y: i.y }));
  let best: { positions: Position[]; zoom: number } = { positions: start, zoom: -Infinity };
  for (const across of options.across) {
    start.forEach((p, k) => Object.assign(items[k] as Item, p));
    const tried = compact(items, viewport, options, across);
    if (tried.zoom > best.zoom) best = tried;
  }
  best.positions.forEach((p, k) => Object.assign(items[k] as Item, p));
  return movedOnly(footprints, items);
}
