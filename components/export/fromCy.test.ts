import cytoscape from 'cytoscape';
import { elementsFromCy, fileStem, selectionOf, viewportOf } from '@/components/export/fromCy';
import { seedElements } from '@/components/export/__fixtures__/elements';

describe('components/export/fromCy', () => {
  const elements = seedElements();

  it('reads back the elements with current positions, leaving out hidden nodes and their edges and anything not in the schema', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: { nodes: elements.nodes.map((n) => ({ data: { ...n.data }, position: { ...n.position! } })), edges: elements.edges.map((e) => ({ data: { ...e.data } })) }, layout: { name: 'preset' } });
    expect(elementsFromCy(cy)).toEqual(elements);
    const first = elements.nodes[0]!.data.id;
    cy.getElementById(first).position({ x: 12.5, y: -7 });
    expect(elementsFromCy(cy).nodes[0]?.position).toEqual({ x: 12.5, y: -7 });
    cy.getElementById(first).style('display', 'none');
    cy.add({ group: 'nodes', data: { id: 'canvas-helper' } });
    const read = elementsFromCy(cy);
    expect(read.nodes.map((n) => n.data.id)).not.toContain(first);
    expect(read.nodes.map((n) => n.data.id)).not.toContain('canvas-helper');
    expect(read.edges.filter((e) => e.data.source === first || e.data.target === first)).toEqual([]);
    cy.destroy();
  });

  it('reads zoom, pan and the selected element', () => {
    const cy = cytoscape({ headless: true, elements: { nodes: elements.nodes.slice(0, 3).map((n) => ({ data: { ...n.data } })), edges: [] } });
    cy.viewport({ zoom: 1.5, pan: { x: 10, y: 20 } });
    expect(viewportOf(cy)).toEqual({ zoom: 1.5, pan: { x: 10, y: 20 } });
    expect(selectionOf(cy)).toBeNull();
    cy.getElementById(elements.nodes[1]!.data.id).select();
    expect(selectionOf(cy)).toEqual({ group: 'nodes', id: elements.nodes[1]!.data.id });
    cy.destroy();
  });

  it('makes file names from titles', () => {
    expect(fileStem('Who backs Nicolás Maduro?')).toBe('who-backs-nicolas-maduro');
    expect(fileStem('***')).toBe('stance-graph');
  });
});
