/**
 * How a frozen view is drawn. A snapshot made in the app carries every node's position and the
 * zoom and pan: it is drawn exactly as saved. One made by a script (or a file from elsewhere)
 * may carry no positions: then its recorded layout is run and the view fitted, rather than
 * piling every node at the origin. A partly positioned view is laid out whole, since positions
 * from one layout and gaps filled by another would overlap.
 */
import type { Elements } from '@/graph/model/elements';
import type { LayoutName, Viewport } from '@/graph/snapshots/snapshotTypes';
import type { z } from 'zod';

export interface Drawing {
  layout: z.infer<typeof LayoutName>;
  /** Only with saved positions: a viewport chosen for other positions would frame the wrong place. */
  viewport?: Viewport;
}

export function hasAllPositions(elements: Elements): boolean {
  return elements.nodes.length > 0 && elements.nodes.every((n) => n.position !== undefined);
}

export function snapshotDrawing(elements: Elements, recorded: z.infer<typeof LayoutName>, viewport?: Viewport): Drawing {
  if (hasAllPositions(elements)) return { layout: 'preset', ...(viewport ? { viewport } : {}) };
  // "preset" without positions has nothing to place nodes with: the force-directed layout stands in.
  return { layout: recorded === 'preset' ? 'fcose' : recorded };
}
