import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { toGEXF } from '@/components/export/gexf';
import { seedElements, HOSTILE_TEXT } from '@/components/export/__fixtures__/elements';
import { parseXml } from '@/components/export/__fixtures__/xml';

describe('components/export/gexf', () => {
  const elements = seedElements();
  const xml = toGEXF(elements, undefined, { title: 'Test & view', colourOf: () => '#2f6db5', date: '2026-11-23' });

  it('is well-formed XML', () => {
    expect(parseXml(xml).errors).toEqual([]);
  });

  it('parses with graphology-gexf to the same node and edge counts, ids and ends', () => {
    const graph = parse(Graph, xml);
    expect(graph.order).toBe(elements.nodes.length);
    expect(graph.size).toBe(elements.edges.length);
    for (const edge of elements.edges) expect([graph.source(edge.data.id), graph.target(edge.data.id)]).toEqual([edge.data.source, edge.data.target]);
  });

  it('declares kind, polarity, certainty and date attributes and keeps values, positions and colours', () => {
    expect(xml).toMatch(/<attribute id="kind" title="kind" type="string"\/>/);
    expect(xml).toMatch(/<attribute id="polarity" title="polarity" type="integer"\/>/);
    expect(xml).toMatch(/<attribute id="certainty"/);
    expect(xml).toMatch(/<attribute id="date"/);
    const graph = parse(Graph, xml);
    const edge = elements.edges.find((e) => e.data.polarity === 1)!;
    expect(graph.getEdgeAttributes(edge.data.id)).toMatchObject({ polarity: 1, certainty: edge.data.certainty, date: edge.data.date, label: edge.data.label });
    const node = elements.nodes[1]!;
    // Gephi's y axis points up: the writer mirrors cytoscape's y.
    expect(graph.getNodeAttributes(node.data.id)).toMatchObject({ kind: node.data.kind, label: node.data.label, x: node.position?.x, y: -(node.position?.y ?? 0), color: 'rgb(47,109,181)' });
  });

  it('escapes markup in labels and attribute values', () => {
    const graph = parse(Graph, xml);
    expect(graph.getNodeAttribute('4:test:hostile', 'label')).toBe(HOSTILE_TEXT.replace('\u0001', ''));
    expect(graph.getEdgeAttribute('5:test:hostile', 'quotes')).toContain('<b>\'quoted\'</b>');
  });
});
