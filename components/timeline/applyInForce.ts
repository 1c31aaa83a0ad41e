/**
 * Shows the network as it stood on a day on a cytoscape instance that is already laid out:
 * elements out of force get the class `out-of-time` and fade out (then `display: none`), those
 * back in force fade in. Positions are never touched and no layout runs, so a step costs a pass
 * over the elements plus a short animation (cytoscape's own, on opacity). The state lives in
 * style bypasses and the class, so it survives a stylesheet change and `clearInForce` undoes it.
 * Nothing here may set the core's scratch (`cy.scratch(key, value)`): cytoscape then restyles every element.
 */
import type cytoscape from 'cytoscape';
import { inForceOn, type InForce, type TimedEdge } from '@/components/timeline/inForce';

export const OUT_OF_TIME = 'out-of-time';
/** Above this many elements changing at once, switch without animating (hundreds of animations cost more than they show). */
export const ANIMATE_AT_MOST = 300;
export const FADE_MS = 180;

export interface ApplyOptions {
  animate?: boolean;
  duration?: number;
}

/** What the canvas holds, as `inForceOn` reads it. */
export function timedElements(cy: cytoscape.Core): { nodeIds: string[]; edges: TimedEdge[] } {
  return {
    nodeIds: cy.nodes().map((n) => n.id()),
    edges: cy.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id(), date: e.data('date') as string | undefined, until: e.data('until') as string | undefined })),
  };
}

/**
 * Per-instance state, kept beside the instance rather than in `cy.scratch()`: setting the core's
 * scratch marks the style of every element dirty (cytoscape defines it with updateStyle), so the
 * next frame recomputed the style of all 7,000 elements of a large map on every step.
 */
const timedByCy = new WeakMap<cytoscape.Core, { nodeIds: string[]; edges: TimedEdge[] }>();
const outByCy = new WeakMap<cytoscape.Core, Set<string>>();

/**
 * `timedElements`, read once and kept for the instance until elements are added or removed or
 * their data changes: stepping day after day then reads no element data at all.
 */
export function cachedTimedElements(cy: cytoscape.Core): { nodeIds: string[]; edges: TimedEdge[] } {
  const cached = timedByCy.get(cy);
  if (cached) return cached;
  const timed = timedElements(cy);
  timedByCy.set(cy, timed);
  cy.one('add remove data', () => void timedByCy.delete(cy));
  return timed;
}

function hide(ele: cytoscape.SingularElementArgument, fade: number): void {
  ele.addClass(OUT_OF_TIME);
  ele.stop(true, false);
  if (fade <= 0) {
    ele.style({ opacity: 0, display: 'none' });
    return;
  }
  ele.animate({ style: { opacity: 0 } }, { duration: fade, complete: () => void (ele.hasClass(OUT_OF_TIME) && ele.style('display', 'none')) });
}

function show(ele: cytoscape.SingularElementArgument, fade: number): void {
  ele.removeClass(OUT_OF_TIME);
  ele.stop(true, false);
  if (fade <= 0) {
    ele.removeStyle('opacity display');
    return;
  }
  ele.style({ display: 'element', opacity: 0 });
  ele.animate({ style: { opacity: 1 } }, { duration: fade, complete: () => void (ele.hasClass(OUT_OF_TIME) || ele.removeStyle('opacity display')) });
}

/**
 * Brings the canvas to `state` (null: everything in force). Returns how many elements changed.
 * Only the elements out of force now or at the last call are looked at (kept per instance), so
 * stepping one day touches a handful of elements, not the whole graph.
 */
export function applyInForce(cy: cytoscape.Core, state: InForce | null, options: ApplyOptions = {}): number {
  const { animate = true, duration = FADE_MS } = options;
  const wasOut = outByCy.get(cy) ?? new Set<string>();
  const nowOut = new Set<string>(state ? [...state.edgesOut, ...state.nodesOut] : []);
  const changing: { ele: cytoscape.SingularElementArgument; out: boolean }[] = [];
  for (const id of new Set([...wasOut, ...nowOut])) {
    const ele = cy.getElementById(id);
    if (ele.empty()) continue;
    const out = nowOut.has(id);
    if (out !== ele.hasClass(OUT_OF_TIME)) changing.push({ ele, out });
  }
  outByCy.set(cy, nowOut);
  const fade = animate && changing.length <= ANIMATE_AT_MOST ? duration : 0;
  cy.batch(() => {
    for (const { ele, out } of changing) (out ? hide : show)(ele, fade);
  });
  return changing.length;
}

/** The canvas as it stood on `day` (ISO date). */
export function showDay(cy: cytoscape.Core, day: string, options: ApplyOptions = {}): number {
  const { nodeIds, edges } = cachedTimedElements(cy);
  return applyInForce(cy, inForceOn(nodeIds, edges, day), options);
}

/** Everything back in force. */
export function clearInForce(cy: cytoscape.Core): number {
  // Elements hidden before a re-sync may not be in the per-instance set any more: sweep the class too.
  const stale = cy.elements(`.${OUT_OF_TIME}`);
  const changed = applyInForce(cy, null, { animate: false });
  const left = stale.filter((e) => e.hasClass(OUT_OF_TIME));
  left.removeClass(OUT_OF_TIME).removeStyle('opacity display');
  return changed + left.length;
}
