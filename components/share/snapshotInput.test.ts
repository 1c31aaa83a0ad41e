import cytoscape from 'cytoscape';
import { buildSnapshotInput } from '@/components/share/snapshotInput';
import { SnapshotInput } from '@/graph/snapshots/snapshotTypes';
import { seedElements } from '@/components/export/__fixtures__/elements';

describe('components/share/snapshotInput', () => {
  const listed = seedElements();
  const origin = { kind: 'explorer', view: { focus: 'nicolas-maduro', ask: 'opponents' } } as const;

  function canvas() {
    // Added in reverse, as after an expand and undo: the canvas's order is not the list's.
    return cytoscape({
      headless: true,
      elements: {
        nodes: [...listed.nodes].reverse().map((n) => ({ data: { ...n.data }, position: { ...n.position! } })),
        edges: [...listed.edges].reverse().map((e) => ({ data: { ...e.data } })),
      },
      layout: { name: 'preset' },
    });
  }

  it('keeps the answer and the list order, and is a valid snapshot', () => {
    const cy = canvas();
    const answer = { question: 'Who opposes Nicolás Maduro?', sentence: '9 actors oppose Nicolás Maduro.' };
    const input = buildSnapshotInput(cy, { origin, layout: 'fcose', answer, order: listed }, ' Who opposes Nicolás Maduro? ', '');
    expect(input.title).toBe('Who opposes Nicolás Maduro?');
    expect(input.answer).toEqual(answer);
    expect(input.elements.edges.map((e) => e.data.id)).toEqual(listed.edges.map((e) => e.data.id));
    expect(input.elements.nodes.map((n) => n.data.id)).toEqual(listed.nodes.map((n) => n.data.id));
    // A headless canvas has no size, so no frame: the saved zoom and pan stand alone.
    expect(input.viewport.frame).toBeUndefined();
    expect(SnapshotInput.safeParse(input).success).toBe(true);
    cy.destroy();
  });

  it('leaves the answer out when the view answered no question', () => {
    const cy = canvas();
    const input = buildSnapshotInput(cy, { origin, layout: 'fcose' }, 'A view', 'a note');
    expect('answer' in input).toBe(false);
    expect(input.note).toBe('a note');
    cy.destroy();
  });
});
