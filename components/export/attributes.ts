/**
 * The flat, typed attributes that file formats without nested values (GraphML, GEXF) carry for
 * each node and edge, declared once so both writers declare and fill the same columns.
 */
import type { EdgeData, Elements, NodeData } from '@/graph/model/elements';

export type AttributeType = 'string' | 'int' | 'double';
export interface AttributeSpec<T> {
  id: string;
  type: AttributeType;
  value: (data: T) => string | number | undefined;
}

export interface Position {
  x: number;
  y: number;
}
/** Node positions by element id, e.g. read from a cytoscape instance. */
export type Positions = Readonly<Record<string, Position>>;

export const NODE_ATTRIBUTES: AttributeSpec<NodeData>[] = [
  { id: 'label', type: 'string', value: (d) => d.label },
  { id: 'kind', type: 'string', value: (d) => d.kind },
  { id: 'key', type: 'string', value: (d) => d.key },
  { id: 'labels', type: 'string', value: (d) => d.labels.join(':') },
  { id: 'description', type: 'string', value: (d) => d.description },
  { id: 'aliases', type: 'string', value: (d) => (d.aliases?.length ? d.aliases.join('; ') : undefined) },
  { id: 'backers', type: 'int', value: (d) => d.backers },
  { id: 'opponents', type: 'int', value: (d) => d.opponents },
];

export const EDGE_ATTRIBUTES: AttributeSpec<EdgeData>[] = [
  { id: 'type', type: 'string', value: (d) => d.type },
  { id: 'label', type: 'string', value: (d) => d.label },
  { id: 'polarity', type: 'int', value: (d) => d.polarity },
  { id: 'certainty', type: 'string', value: (d) => d.certainty },
  { id: 'date', type: 'string', value: (d) => d.date },
  { id: 'until', type: 'string', value: (d) => d.until },
  { id: 'quotes', type: 'string', value: (d) => (d.evidence?.length ? d.evidence.map((e) => e.quote).join('\n\n') : undefined) },
  { id: 'sources', type: 'string', value: (d) => (d.evidence?.length ? d.evidence.map((e) => e.source?.title ?? e.sourceId).join('\n') : undefined) },
];

/** A node's position: from `positions` when given, else its own saved one. */
export function positionOf(node: Elements['nodes'][number], positions?: Positions): Position | undefined {
  return positions?.[node.data.id] ?? node.position;
}

/** Edges whose two ends are both present: the only ones a graph file can hold. */
export function drawableEdges(elements: Elements): Elements['edges'] {
  const ids = new Set(elements.nodes.map((n) => n.data.id));
  return elements.edges.filter((e) => ids.has(e.data.source) && ids.has(e.data.target));
}
