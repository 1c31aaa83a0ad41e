import cytoscape from 'cytoscape';
import { applyViewport, frameOf, frameViewport } from '@/components/graph/frame';

describe('components/graph/frame', () => {
  const limits = { min: 0.05, max: 4 };

  it('fits a frame into a wider canvas at the height, centred across', () => {
    const v = frameViewport({ x1: 0, y1: 0, x2: 400, y2: 300 }, { width: 1000, height: 600 }, limits);
    expect(v.zoom).toBe(2);
    // The frame's centre (200, 150) lands on the canvas's centre (500, 300).
    expect(v.pan).toEqual({ x: 500 - 200 * 2, y: 300 - 150 * 2 });
  });

  it('fits a frame into a taller canvas at the width', () => {
    const v = frameViewport({ x1: -100, y1: -50, x2: 100, y2: 50 }, { width: 400, height: 1000 }, limits);
    expect(v.zoom).toBe(2);
    expect(v.pan).toEqual({ x: 200, y: 500 });
  });

  it('keeps the zoom within the canvas limits', () => {
    expect(frameViewport({ x1: 0, y1: 0, x2: 10, y2: 10 }, { width: 1000, height: 1000 }, limits).zoom).toBe(4);
    expect(frameViewport({ x1: 0, y1: 0, x2: 1e6, y2: 1e6 }, { width: 100, height: 100 }, limits).zoom).toBe(0.05);
  });

  it('has no frame to read from a canvas without a size', () => {
    const cy = cytoscape({ headless: true, elements: [{ data: { id: 'a' } }] });
    expect(frameOf(cy)).toBeUndefined();
    cy.destroy();
  });

  it('applies zoom and pan as given when a viewport has no frame', () => {
    const cy = cytoscape({ headless: true, elements: [{ data: { id: 'a' } }] });
    applyViewport(cy, { zoom: 0.75, pan: { x: 120, y: 80 } });
    expect(cy.zoom()).toBe(0.75);
    expect(cy.pan()).toEqual({ x: 120, y: 80 });
    cy.destroy();
  });
});
