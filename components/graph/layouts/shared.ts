/**
 * What every layout module of the graph view shares: the layout names, the context a layout is
 * chosen in, and the options every cytoscape layout run gets.
 */
import type { Elements } from '@/graph/model/elements';
import type { Box } from '@/components/graph/overlaps';

export type LayoutName = 'fcose' | 'concentric' | 'breadthfirst' | 'circle' | 'camps' | 'preset';

export interface Position {
  x: number;
  y: number;
}

export type Edge = Elements['edges'][number]['data'];

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

/** Options every layout run gets, whichever layout it is. */
export const COMMON_DEFAULTS = {
  // Fit the whole view into the canvas once laid out: a view opens showing everything it holds.
  fit: true,
  // Space (px) kept clear round the fitted graph, so nodes and labels at the rim are not cut off.
  padding: 40,
  // Nodes jump straight to their places: animating thousands of nodes costs frames, and the
  // end-to-end tests read positions as soon as the layout stops.
  animate: false,
} as const;
