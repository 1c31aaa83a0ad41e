/**
 * Frames: the part of the graph (model coordinates) a canvas showed. A saved zoom and pan only
 * reproduce a view on a canvas of the very size it was saved from; a snapshot opened on another
 * page or screen would sit off-centre, or cut nodes off. Fitting the saved frame into the canvas
 * at hand shows the same part of the graph, centred, at the largest zoom that shows all of it.
 */
import type cytoscape from 'cytoscape';
import type { Frame, Viewport } from '@/graph/snapshots/snapshotTypes';

export interface Size {
  width: number;
  height: number;
}

/**
 * The frame a canvas shows now (cytoscape's extent: the visible model-coordinate rectangle), or
 * undefined when the canvas has no size (headless, or hidden), where there is no frame to keep.
 */
export function frameOf(cy: cytoscape.Core): Frame | undefined {
  if (!cy.container()) return undefined;
  const { x1, y1, x2, y2 } = cy.extent();
  return [x1, y1, x2, y2].every(Number.isFinite) && x2 > x1 && y2 > y1 ? { x1, y1, x2, y2 } : undefined;
}

/** Zoom and pan that show all of `frame` centred in a canvas of `size`, the zoom kept within `limits`. */
export function frameViewport(frame: Frame, size: Size, limits: { min: number; max: number }): Pick<Viewport, 'zoom' | 'pan'> {
  const fitting = Math.min(size.width / (frame.x2 - frame.x1), size.height / (frame.y2 - frame.y1));
  const zoom = Math.min(limits.max, Math.max(limits.min, fitting));
  const centre = { x: (frame.x1 + frame.x2) / 2, y: (frame.y1 + frame.y2) / 2 };
  return { zoom, pan: { x: size.width / 2 - centre.x * zoom, y: size.height / 2 - centre.y * zoom } };
}

const FRAMED = 'stanceGraphFramed';
const LISTENING = 'stanceGraphFrameListener';
interface Framed {
  frame: Frame;
  zoom: number;
  pan: { x: number; y: number };
}

function fitFrame(cy: cytoscape.Core, frame: Frame): void {
  const viewport = frameViewport(frame, { width: cy.width(), height: cy.height() }, { min: cy.minZoom(), max: cy.maxZoom() });
  cy.viewport({ zoom: viewport.zoom, pan: { ...viewport.pan } });
  cy.scratch(FRAMED, { frame, zoom: cy.zoom(), pan: { ...cy.pan() } } satisfies Framed);
}

/**
 * Shows a saved viewport: its frame fitted into this canvas when it has one (and fitted again when
 * the canvas changes size, until the user zooms or pans), else its zoom and pan as given.
 */
export function applyViewport(cy: cytoscape.Core, viewport: Viewport): void {
  if (!viewport.frame) {
    cy.removeScratch(FRAMED);
    cy.viewport({ zoom: viewport.zoom, pan: { ...viewport.pan } });
    return;
  }
  if (cy.scratch(LISTENING) === undefined) {
    cy.scratch(LISTENING, true);
    cy.on('resize', () => {
      const framed = cy.scratch(FRAMED) as Framed | undefined;
      if (framed && cy.zoom() === framed.zoom && cy.pan().x === framed.pan.x && cy.pan().y === framed.pan.y) fitFrame(cy, framed.frame);
    });
  }
  fitFrame(cy, viewport.frame);
}
