import cytoscape from 'cytoscape';
import { toCytoscapeJson, fromCytoscapeJson, CytoscapeJson } from '@/components/export/cytoscapeJson';
import { seedElements } from '@/components/export/__fixtures__/elements';

describe('components/export/cytoscapeJson', () => {
  const elements = seedElements();

  it('loads into a headless cytoscape with the same nodes, edges, ends, labels and positions', () => {
    const doc = JSON.parse(JSON.stringify(toCytoscapeJson(elements)));
    const cy = cytoscape({ headless: true, elements: doc.elements, layout: { name: 'preset' } });
    expect(cy.nodes().length).toBe(elements.nodes.length);
    expect(cy.edges().length).toBe(elements.edges.length);
    for (const node of elements.nodes) {
      const loaded = cy.getElementById(node.data.id);
      expect(loaded.data('label')).toBe(node.data.label);
      expect(loaded.position()).toEqual(node.position);
    }
    for (const edge of elements.edges) {
      const loaded = cy.getElementById(edge.data.id);
      expect([loaded.data('source'), loaded.data('target'), loaded.data('polarity')]).toEqual([edge.data.source, edge.data.target, edge.data.polarity]);
    }
    cy.destroy();
  });

  it('writes the header and flat data values Cytoscape desktop reads', () => {
    const doc = toCytoscapeJson(elements, undefined, 'Test view');
    expect(doc).toMatchObject({ format_version: '1.0', generated_by: 'stance-graph', data: { name: 'Test view' } });
    expect(doc.target_cytoscapejs_version).toMatch(/3\.34/);
    const values = [...doc.elements.nodes, ...doc.elements.edges].flatMap((e) => Object.values(e.data));
    const nested = values.filter((v) => v !== null && typeof v === 'object' && !(Array.isArray(v) && v.every((x) => typeof x !== 'object')));
    expect(nested).toEqual([]);
    expect(doc.elements.edges[0]?.data.interaction).toBe(elements.edges[0]?.data.type);
  });

  it('restores the exact elements from its own file and from what cytoscape writes back (cy.json())', () => {
    const doc = CytoscapeJson.parse(JSON.parse(JSON.stringify(toCytoscapeJson(elements))));
    expect(fromCytoscapeJson(doc)).toEqual(elements);
    const cy = cytoscape({ headless: true, elements: toCytoscapeJson(elements).elements as cytoscape.ElementsDefinition, layout: { name: 'preset' } });
    const written = CytoscapeJson.parse(JSON.parse(JSON.stringify(cy.json())));
    expect(fromCytoscapeJson(written)).toEqual(elements);
    cy.destroy();
  });

  it('uses positions given by the caller over the saved ones', () => {
    const id = elements.nodes[0]!.data.id;
    const doc = toCytoscapeJson(elements, { [id]: { x: 1.5, y: -2.5 } });
    expect(doc.elements.nodes[0]?.position).toEqual({ x: 1.5, y: -2.5 });
  });
});
