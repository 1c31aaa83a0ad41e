/**
 * GEXF 1.2 export for Gephi: attribute declarations per class, node positions and kind colours
 * in the viz namespace. Gephi's y axis points up, cytoscape's down, so y is mirrored.
 */
import type { Elements } from '@/graph/model/elements';
import { drawableEdges, EDGE_ATTRIBUTES, NODE_ATTRIBUTES, positionOf, type AttributeSpec, type Positions } from '@/components/export/attributes';
import { attrs, xmlEscape } from '@/components/export/xml';

const GEXF_TYPE = { string: 'string', int: 'integer', double: 'double' } as const;

function declarations<T>(target: 'node' | 'edge', specs: AttributeSpec<T>[]): string[] {
  return [
    `    <attributes class="${target}" mode="static">`,
    ...specs.map((s) => `      <attribute ${attrs({ id: s.id, title: s.id, type: GEXF_TYPE[s.type] })}/>`),
    '    </attributes>',
  ];
}

function attvalues<T>(specs: AttributeSpec<T>[], data: T, indent: string): string[] {
  const values = specs.flatMap((s) => {
    const value = s.value(data);
    return value === undefined ? [] : [`${indent}  <attvalue ${attrs({ for: s.id, value })}/>`];
  });
  return values.length ? [`${indent}<attvalues>`, ...values, `${indent}</attvalues>`] : [];
}

/** `#rrggbb` to GEXF's r/g/b attributes; other colour syntaxes are left out. */
function vizColour(hex: string | undefined): string | undefined {
  const m = hex ? /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex) : null;
  if (!m) return undefined;
  return `<viz:color r="${parseInt(m[1]!, 16)}" g="${parseInt(m[2]!, 16)}" b="${parseInt(m[3]!, 16)}"/>`;
}

export interface GexfOptions {
  title?: string;
  /** Node colour by kind (e.g. the canvas's kind colours), written as viz:color. */
  colourOf?: (kind: string) => string | undefined;
  /** Date written into <meta lastmodifieddate>, YYYY-MM-DD. */
  date?: string;
}

export function toGEXF(elements: Elements, positions?: Positions, options: GexfOptions = {}): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">',
    `  <meta${options.date ? ` lastmodifieddate="${xmlEscape(options.date)}"` : ''}>`,
    '    <creator>Stance Graph</creator>',
    `    <description>${xmlEscape(options.title ?? 'Stance Graph export')}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    ...declarations('node', NODE_ATTRIBUTES),
    ...declarations('edge', EDGE_ATTRIBUTES),
    '    <nodes>',
  ];
  for (const node of elements.nodes) {
    const position = positionOf(node, positions);
    const colour = vizColour(options.colourOf?.(node.data.kind));
    lines.push(`      <node ${attrs({ id: node.data.id, label: node.data.label })}>`, ...attvalues(NODE_ATTRIBUTES, node.data, '        '));
    if (position) lines.push(`        <viz:position x="${position.x}" y="${-position.y}" z="0"/>`);
    if (colour) lines.push(`        ${colour}`);
    lines.push('      </node>');
  }
  lines.push('    </nodes>', '    <edges>');
  for (const edge of drawableEdges(elements)) {
    const d = edge.data;
    lines.push(`      <edge ${attrs({ id: d.id, source: d.source, target: d.target, label: d.label })}>`, ...attvalues(EDGE_ATTRIBUTES, d, '        '), '      </edge>');
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
