/**
 * The caption a node is drawn with, for any graph: Neo4j Browser's default, made deterministic.
 * Pure: takes the JSON form of a node (graph/db/boltMappings) and returns text.
 */
import type { GraphNode, Json } from '@/graph/model/graphJson';

/** Keys preferred as captions, in this order, before any other string property. */
const PREFERRED_KEYS = ['name', 'title'] as const;

const nonEmptyString = (value: Json | undefined): value is string => typeof value === 'string' && value.length > 0;

/**
 * The property a node's caption comes from: `name`, else `title`, else its first string property
 * in key order (sorted, not storage order: Neo4j keeps properties in no meaningful order, and
 * sorting makes every node of a label with the same keys use the same one). Undefined when the
 * node has no non-empty string property.
 */
export function captionKey(properties: Readonly<Record<string, Json>>): string | undefined {
  for (const key of PREFERRED_KEYS) if (nonEmptyString(properties[key])) return key;
  return Object.keys(properties)
    .sort()
    .find((key) => nonEmptyString(properties[key]));
}

/** A node's caption: its caption property's value (see captionKey), else its first label, else its elementId. */
export function caption(node: Pick<GraphNode, 'elementId' | 'labels' | 'properties'>): string {
  const key = captionKey(node.properties);
  const value = key === undefined ? undefined : node.properties[key];
  return nonEmptyString(value) ? value : (node.labels[0] ?? node.elementId);
}
