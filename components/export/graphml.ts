/** GraphML export (yEd, Gephi, NetworkX, graphology): typed keys for every attribute, positions as x/y. */
import type { Elements } from '@/graph/model/elements';
import { drawableEdges, EDGE_ATTRIBUTES, NODE_ATTRIBUTES, positionOf, type AttributeSpec, type Positions } from '@/components/export/attributes';
import { attrs, xmlEscape } from '@/components/export/xml';

const GRAPHML_TYPE = { string: 'string', int: 'int', double: 'double' } as const;

function keyDeclarations<T>(target: 'node' | 'edge', specs: AttributeSpec<T>[]): string[] {
  return specs.map((s) => `  <key ${attrs({ id: `${target[0]}_${s.id}`, for: target, 'attr.name': s.id, 'attr.type': GRAPHML_TYPE[s.type] })}/>`);
}

function dataLines<T>(target: 'node' | 'edge', specs: AttributeSpec<T>[], data: T): string[] {
  return specs.flatMap((s) => {
    const value = s.value(data);
    return value === undefined ? [] : [`      <data key="${target[0]}_${s.id}">${xmlEscape(String(value))}</data>`];
  });
}

/** The elements as a GraphML document (directed, multi-edges kept, ids are the elementIds). */
export function toGraphML(elements: Elements, positions?: Positions, title = 'Stance Graph export'): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keyDeclarations('node', NODE_ATTRIBUTES),
    '  <key id="n_x" for="node" attr.name="x" attr.type="double"/>',
    '  <key id="n_y" for="node" attr.name="y" attr.type="double"/>',
    ...keyDeclarations('edge', EDGE_ATTRIBUTES),
    `  <graph ${attrs({ id: title, edgedefault: 'directed' })}>`,
  ];
  for (const node of elements.nodes) {
    const position = positionOf(node, positions);
    lines.push(`    <node ${attrs({ id: node.data.id })}>`, ...dataLines('node', NODE_ATTRIBUTES, node.data));
    if (position) lines.push(`      <data key="n_x">${position.x}</data>`, `      <data key="n_y">${position.y}</data>`);
    lines.push('    </node>');
  }
  for (const edge of drawableEdges(elements)) {
    lines.push(`    <edge ${attrs({ id: edge.data.id, source: edge.data.source, target: edge.data.target })}>`, ...dataLines('edge', EDGE_ATTRIBUTES, edge.data), '    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
