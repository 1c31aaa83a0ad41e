import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import { toGraphML } from '@/components/export/graphml';
import { seedElements, HOSTILE_TEXT } from '@/components/export/__fixtures__/elements';
import { parseXml } from '@/components/export/__fixtures__/xml';

describe('components/export/graphml', () => {
  const elements = seedElements();
  const xml = toGraphML(elements);

  it('is well-formed XML', () => {
    expect(parseXml(xml).errors).toEqual([]);
  });

  it('parses with graphology-graphml to the same node and edge counts, ids and ends', () => {
    const graph = parse(Graph, xml);
    expect(graph.order).toBe(elements.nodes.length);
    expect(graph.size).toBe(elements.edges.length);
    for (const edge of elements.edges) {
      expect(graph.source(edge.data.id)).toBe(edge.data.source);
      expect(graph.target(edge.data.id)).toBe(edge.data.target);
    }
  });

  it('declares typed keys for kind, polarity, certainty and date and keeps their values', () => {
    for (const name of ['kind', 'polarity', 'certainty', 'date']) expect(xml).toMatch(new RegExp(`attr.name="${name}"`));
    expect(xml).toContain('attr.name="polarity" attr.type="int"');
    const graph = parse(Graph, xml);
    const edge = elements.edges.find((e) => e.data.polarity === -1)!;
    expect(graph.getEdgeAttribute(edge.data.id, 'polarity')).toBe(-1);
    expect(graph.getEdgeAttribute(edge.data.id, 'certainty')).toBe(edge.data.certainty);
    expect(graph.getEdgeAttribute(edge.data.id, 'date')).toBe(edge.data.date);
    const node = elements.nodes[0]!;
    expect(graph.getNodeAttribute(node.data.id, 'kind')).toBe(node.data.kind);
    expect(graph.getNodeAttribute(node.data.id, 'x')).toBe(node.position?.x);
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    const graph = parse(Graph, xml);
    expect(graph.getNodeAttribute('4:test:hostile', 'label')).toBe(HOSTILE_TEXT.replace('\u0001', ''));
  });
});
