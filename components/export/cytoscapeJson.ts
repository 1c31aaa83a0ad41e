/**
 * Cytoscape.js JSON export, in the shape both cytoscape.js (`cy.json()` / `elements`) and
 * Cytoscape desktop (File > Import > Network from File, .cyjs) read: `elements.nodes[].data`,
 * `position`, and the header fields desktop writes itself. Desktop only takes flat values, so
 * nested data (raw properties, evidence) travels as JSON strings and `name`/`interaction` are
 * added for its tables; `fromCytoscapeJson` restores the original elements exactly.
 */
import { z } from 'zod';
import { Elements, EvidenceItem, FrozenEdgeData, NodeData } from '@/graph/model/elements';
import { positionOf, type Positions } from '@/components/export/attributes';

/** The value types Cytoscape desktop's importer takes: scalars and lists of scalars. */
type Flat = string | number | boolean | null | (string | number | boolean)[];

export const CytoscapeJson = z.object({
  format_version: z.string().optional(),
  generated_by: z.string().optional(),
  target_cytoscapejs_version: z.string().optional(),
  data: z.record(z.string(), z.unknown()).optional(),
  elements: z.object({
    nodes: z.array(z.object({ data: z.record(z.string(), z.unknown()), position: z.object({ x: z.number(), y: z.number() }).optional() })),
    edges: z.array(z.object({ data: z.record(z.string(), z.unknown()) })).default([]),
  }),
});
export type CytoscapeJson = z.infer<typeof CytoscapeJson>;

function flatten(data: Record<string, unknown>, nested: readonly string[]): Record<string, Flat> {
  const out: Record<string, Flat> = {};
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    out[nested.includes(key) ? `${key}_json` : key] = nested.includes(key) ? JSON.stringify(value) : (value as Flat);
  }
  return out;
}

/** Elements (positions from `positions` or their own) as a .cyjs document. */
export function toCytoscapeJson(elements: Elements, positions?: Positions, name = 'Stance Graph export'): CytoscapeJson {
  return {
    format_version: '1.0',
    generated_by: 'stance-graph',
    target_cytoscapejs_version: '~3.34',
    data: { name, shared_name: name },
    elements: {
      nodes: elements.nodes.map((node) => {
        const position = positionOf(node, positions);
        const data = { ...flatten(node.data, ['properties']), name: node.data.label, shared_name: node.data.label };
        return position ? { data, position: { x: position.x, y: position.y } } : { data };
      }),
      edges: elements.edges.map((edge) => ({
        data: {
          ...flatten(edge.data, ['properties', 'evidence']),
          name: `${edge.data.source} (${edge.data.type}) ${edge.data.target}`,
          interaction: edge.data.type,
          shared_interaction: edge.data.type,
          quotes: (edge.data.evidence ?? []).map((e) => e.quote),
        },
      })),
    },
  };
}

function parseJsonField(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** Undoes the flattening above; a plain cytoscape.js file with nested data passes through. */
function unflatten(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (key.endsWith('_json')) out[key.slice(0, -5)] = parseJsonField(value);
    else out[key] = value;
  }
  return out;
}

/**
 * Elements from a cytoscape.js JSON document. Data this app did not write gets sensible
 * defaults (label from `name`, kind `node`, no evidence), so any .cyjs file can be viewed.
 */
export function fromCytoscapeJson(doc: CytoscapeJson): Elements {
  const nodes = doc.elements.nodes.map((node, i) => {
    const d = unflatten(node.data);
    const label = d.label ?? d.name ?? d.id;
    const data = NodeData.parse({ labels: [], kind: 'node', backers: 0, opponents: 0, properties: {}, ...d, label: typeof label === 'string' ? label : String(label ?? `node ${i}`) });
    return node.position ? { data, position: node.position } : { data };
  });
  const edges = doc.elements.edges.map((edge) => {
    const d = unflatten(edge.data);
    const type = typeof d.type === 'string' ? d.type : typeof d.interaction === 'string' ? d.interaction : 'RELATED';
    const evidence = z.array(EvidenceItem).catch([]).parse(d.evidence);
    // Counts the file leaves out are derived from its evidence, as for a snapshot's edges.
    return { data: FrozenEdgeData.parse({ label: type, polarity: 0, properties: {}, ...d, type, evidence }) };
  });
  return Elements.parse({ nodes, edges });
}
