/**
 * Commands a page gives the live canvas (fit, zoom, pin, what is selected), so pages hold no
 * cytoscape calls of their own: the toolbar's buttons act on the instance GraphCanvas hands out
 * through `onReady`. Plain functions of the instance, testable headless; useCanvasCommands wraps
 * them for React.
 */
import type cytoscape from 'cytoscape';
import type { NodeData } from '@/graph/model/elements';
import { fitReadable } from '@/components/graph/canvas';
import { isAggregate } from '@/components/graph/aggregate';

/** The margin Fit leaves around the graph, in pixels: room for the outermost names. */
export const FIT_PADDING = 40;

export function fitView(cy: cytoscape.Core): void {
  fitReadable(cy, FIT_PADDING);
}

/** Zooms by `factor` about the middle of the canvas, as the + and − buttons do (a wheel zooms about the pointer). */
export function zoomBy(cy: cytoscape.Core, factor: number): void {
  cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

/**
 * Pins the selected nodes where they are, or unpins them. One state for the whole selection: pin
 * all unless every one is pinned already (flipping each would scramble a mixed selection).
 */
export function togglePin(cy: cytoscape.Core): void {
  const nodes = cy.nodes(':selected');
  if (nodes.filter(':unlocked').nonempty()) nodes.lock();
  else nodes.unlock();
}

/** The selected actors' data; a group of actors drawn as one (aggregate.ts) is the canvas' own, not an actor. */
export function selectedActors(cy: cytoscape.Core): NodeData[] {
  return cy
    .$('node:selected')
    .filter((n) => !isAggregate(n.id()))
    .map((n) => n.data() as NodeData);
}

export function selectedNodeCount(cy: cytoscape.Core | null): number {
  return cy && !cy.destroyed() ? cy.$('node:selected').length : 0;
}

/**
 * Subscribes `onChange` to changes of which nodes are selected; answers the unsubscribe. Removing a
 * selected node (hide) fires `remove`, not `unselect`: both count, or Hide stays enabled with
 * nothing selected.
 */
export function subscribeToSelection(cy: cytoscape.Core | null, onChange: () => void): () => void {
  if (!cy) return () => {};
  cy.on('select unselect remove', 'node', onChange);
  return () => {
    // A destroyed instance has no listeners left to remove.
    if (!cy.destroyed()) cy.removeListener('select unselect remove', 'node', onChange);
  };
}
