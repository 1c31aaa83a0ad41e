import { snapshotDrawing, hasAllPositions } from '@/components/share/snapshotDrawing';
import type { Elements } from '@/graph/model/elements';

const node = (id: string, position?: { x: number; y: number }): Elements['nodes'][number] => ({ data: { id, label: id, labels: [], kind: 'state', backers: 0, opponents: 0, properties: {} }, ...(position ? { position } : {}) });
const viewport = { zoom: 1.5, pan: { x: 10, y: 20 } };

describe('snapshotDrawing', () => {
  it('draws a fully positioned view at its saved positions, zoom and pan', () => {
    const elements = { nodes: [node('a', { x: 0, y: 0 }), node('b', { x: 50, y: 10 })], edges: [] };
    expect(hasAllPositions(elements)).toBe(true);
    expect(snapshotDrawing(elements, 'fcose', viewport)).toEqual({ layout: 'preset', viewport });
  });

  it('runs the recorded layout, without the saved viewport, when positions are missing', () => {
    const elements = { nodes: [node('a'), node('b')], edges: [] };
    expect(snapshotDrawing(elements, 'concentric', viewport)).toEqual({ layout: 'concentric' });
    expect(snapshotDrawing(elements, 'camps', viewport)).toEqual({ layout: 'camps' });
  });

  it('lays out a view whose recorded layout is preset but whose nodes have no positions with fcose', () => {
    expect(snapshotDrawing({ nodes: [node('a')], edges: [] }, 'preset', viewport)).toEqual({ layout: 'fcose' });
  });

  it('lays out a partly positioned view whole', () => {
    const elements = { nodes: [node('a', { x: 0, y: 0 }), node('b')], edges: [] };
    expect(hasAllPositions(elements)).toBe(false);
    expect(snapshotDrawing(elements, 'preset', viewport).layout).toBe('fcose');
  });
});
