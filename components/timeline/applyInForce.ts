/**
 * Shows the network as it stood on a day on a cytoscape instance that is already laid out:
 * elements out of force get the class `out-of-time` and fade out (then `display: none`), those
 * back in force fade in. Positions are never touched and no layout runs, so a step costs a pass
 * over the elements plus a short animation (cytoscape's own, on opacity). The state lives in
 * style bypasses and the class, so it survives a stylesheet change and `clearInForce` undoes it.
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
 * Only elements whose state differs are touched, so stepping one day is cheap.
 */
export function applyInForce(cy: cytoscape.Core, state: InForce | null, options: ApplyOptions = {}): number {
  const { animate = true, duration = FADE_MS } = options;
  const changing: { ele: cytoscape.SingularElementArgument; out: boolean }[] = [];
  cy.elements().forEach((ele) => {
    const out = state !== null && (ele.isEdge() ? state.edgesOut.has(ele.id()) : state.nodesOut.has(ele.id()));
    if (out !== ele.hasClass(OUT_OF_TIME)) changing.push({ ele, out });
  });
  const fade = animate && changing.length <= ANIMATE_AT_MOST ? duration : 0;
  cy.batch(() => {
    for (const { ele, out } of changing) (out ? hide : show)(ele, fade);
  });
  return changing.length;
}

/** The canvas as it stood on `day` (ISO date). */
export function showDay(cy: cytoscape.Core, day: string, options: ApplyOptions = {}): number {
  const { nodeIds, edges } = timedElements(cy);
  return applyInForce(cy, inForceOn(nodeIds, edges, day), options);
}

/** Everything back in force. */
export function clearInForce(cy: cytoscape.Core): number {
  return applyInForce(cy, null, { animate: false });
}
