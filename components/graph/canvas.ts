/**
 * The cytoscape side of GraphCanvas, free of React: the renderer options, syncing elements into
 * an instance and running a layout. `npm run bench:ui` drives these same functions in Chromium,
 * so the figures it prints are the explorer's own.
 */
import type cytoscape from 'cytoscape';
import type { Elements } from '@/graph/elements';

export const CANVAS_DEFAULTS = {
  /** Box selection with a modifier key (shift, ctrl, alt) while dragging; plain drags pan. */
  boxSelectionEnabled: true,
  /** A new box or shift-click adds to what is selected rather than replacing it. */
  selectionType: 'additive',
  minZoom: 0.05,
  maxZoom: 4,
  /**
   * Renderer settings for large views (style.ts isLargeGraph). While the user pans or zooms,
   * draw a cached bitmap of the graph and leave edges out; draw at one device pixel per CSS pixel.
   */
  large: { textureOnViewport: true, hideEdgesOnViewport: true, pixelRatio: 1 },
  /** Small views: draw every frame in full, sharp on high-density screens. */
  small: { textureOnViewport: false, hideEdgesOnViewport: false, pixelRatio: 'auto' },
} as const;

/**
 * Options for a new instance. The renderer settings cannot change after creation, so the
 * canvas makes a new instance when a view crosses the large-graph threshold.
 */
export function canvasOptions(container: HTMLElement, large: boolean, style: cytoscape.StylesheetJson): cytoscape.CytoscapeOptions {
  const { boxSelectionEnabled, selectionType, minZoom, maxZoom } = CANVAS_DEFAULTS;
  return { container, style, boxSelectionEnabled, selectionType, minZoom, maxZoom, ...(large ? CANVAS_DEFAULTS.large : CANVAS_DEFAULTS.small) };
}

/**
 * Adds, updates and removes elements so cy holds exactly `elements`, in one batch; returns the
 * ids of the nodes added. With `usePositions`, nodes take the positions the elements carry.
 */
export function syncElements(cy: cytoscape.Core, elements: Elements, usePositions: boolean): string[] {
  const nodeIds = new Set(elements.nodes.map((n) => n.data.id));
  const wanted = new Set([...nodeIds, ...elements.edges.map((e) => e.data.id)]);
  const added: string[] = [];
  cy.batch(() => {
    cy.elements().filter((ele) => !wanted.has(ele.id())).remove();
    const fresh: cytoscape.ElementDefinition[] = [];
    for (const node of elements.nodes) {
      const existing = cy.getElementById(node.data.id);
      if (existing.nonempty()) {
        existing.data(node.data);
        if (usePositions && node.position) existing.position(node.position);
      } else {
        fresh.push({ group: 'nodes', data: { ...node.data }, ...(node.position ? { position: { ...node.position } } : {}) });
        added.push(node.data.id);
      }
    }
    for (const edge of elements.edges) {
      // An edge whose end is missing would make cytoscape throw: skip it rather than break the view.
      if (!nodeIds.has(edge.data.source) || !nodeIds.has(edge.data.target)) continue;
      const existing = cy.getElementById(edge.data.id);
      if (existing.nonempty()) existing.data(edge.data);
      else fresh.push({ group: 'edges', data: { ...edge.data } });
    }
    cy.add(fresh);
  });
  return added;
}

/** New nodes start next to a neighbour already on screen, so an incremental layout moves them little. */
export function seedNewPositions(cy: cytoscape.Core, addedIds: readonly string[]): void {
  const added = new Set(addedIds);
  for (const id of addedIds) {
    const node = cy.getElementById(id) as cytoscape.NodeSingular;
    const anchor = node.neighborhood().nodes().filter((n) => !added.has(n.id())).first() as cytoscape.NodeSingular;
    if (anchor.nonempty()) {
      const p = anchor.position();
      node.position({ x: p.x + (Math.random() - 0.5) * 120, y: p.y + (Math.random() - 0.5) * 120 });
    }
  }
}

/** Runs a layout and resolves when it has stopped (synchronous layouts stop within run()). */
export function runLayout(cy: cytoscape.Core, options: cytoscape.LayoutOptions): Promise<void> {
  const layout = cy.layout(options);
  const stopped = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
  layout.run();
  return stopped;
}
