/**
 * Pure mappings from /api/cypher rows to what the console shows and downloads: table cells
 * (nodes, relationships and paths as chips; lists and maps kept readable), a one-line text form
 * of any value, CSV (RFC 4180) and JSON. Rows arrive as JSON in the shapes graph/db/boltMappings
 * `toJson` writes: graph entities carry a `$type` tag.
 */
import { z } from 'zod';
import type { GraphNode, GraphRelationship, Json } from '@/graph/model/graphJson';
import { caption } from '@/graph/model/elements';
import { csvDocument } from '@/components/csv';

const Properties = z.record(z.string(), z.custom<Json>());

const TaggedNode = z.object({
  $type: z.literal('node'),
  elementId: z.string(),
  labels: z.array(z.string()),
  properties: Properties,
}) satisfies z.ZodType<GraphNode & { $type: 'node' }>;

const TaggedRelationship = z.object({
  $type: z.literal('relationship'),
  elementId: z.string(),
  type: z.string(),
  startNodeElementId: z.string(),
  endNodeElementId: z.string(),
  properties: Properties,
}) satisfies z.ZodType<GraphRelationship & { $type: 'relationship' }>;

const TaggedPath = z.object({
  $type: z.literal('path'),
  nodes: z.array(TaggedNode.omit({ $type: true })),
  relationships: z.array(TaggedRelationship.omit({ $type: true })),
});

export interface NodeChip {
  elementId: string;
  labels: string[];
  caption: string;
}

/** What one table cell shows. */
export type Cell =
  | { kind: 'null' }
  | { kind: 'scalar'; text: string; numeric: boolean }
  | { kind: 'node'; node: NodeChip }
  | { kind: 'relationship'; elementId: string; type: string }
  | { kind: 'path'; nodes: NodeChip[]; types: string[] }
  | { kind: 'list'; items: Cell[] }
  | { kind: 'map'; entries: [string, Cell][] };

function chip(node: GraphNode): NodeChip {
  return { elementId: node.elementId, labels: node.labels, caption: caption(node) };
}

/** A value as a table cell. */
export function toCell(value: Json): Cell {
  if (value === null) return { kind: 'null' };
  if (typeof value === 'number') return { kind: 'scalar', text: String(value), numeric: true };
  if (typeof value === 'string' || typeof value === 'boolean') return { kind: 'scalar', text: String(value), numeric: false };
  if (Array.isArray(value)) return { kind: 'list', items: value.map(toCell) };
  const node = TaggedNode.safeParse(value);
  if (node.success) return { kind: 'node', node: chip(node.data) };
  const rel = TaggedRelationship.safeParse(value);
  if (rel.success) return { kind: 'relationship', elementId: rel.data.elementId, type: rel.data.type };
  const path = TaggedPath.safeParse(value);
  if (path.success) return { kind: 'path', nodes: path.data.nodes.map(chip), types: path.data.relationships.map((r) => r.type) };
  return { kind: 'map', entries: Object.entries(value).map(([k, v]) => [k, toCell(v)]) };
}

/** Rows as cells, one array per row in column order; a column a row lacks is null. */
export function toTable(columns: readonly string[], rows: readonly Record<string, Json>[]): Cell[][] {
  return rows.map((row) => columns.map((column) => toCell(row[column] ?? null)));
}

/** A string as a double-quoted literal, so text inside lists and maps stays unambiguous. */
function quoted(text: string): string {
  return JSON.stringify(text);
}

function nodeText(node: NodeChip): string {
  return `(${node.labels.map((l) => `:${l}`).join('')} ${quoted(node.caption)})`;
}

/**
 * A cell as one line of text, in a Cypher-like notation: `(:Actor:State "Russia")`, `[:SUPPORTS]`,
 * paths as `(a)-[:T]-(b)`, lists `[a, b]`, maps `{key: value}`. Used by CSV and copy.
 */
export function cellText(cell: Cell): string {
  switch (cell.kind) {
    case 'null':
      return '';
    case 'scalar':
      return cell.text;
    case 'node':
      return nodeText(cell.node);
    case 'relationship':
      return `[:${cell.type}]`;
    case 'path':
      return cell.nodes.map((n, i) => (i === 0 ? nodeText(n) : `-[:${cell.types[i - 1] ?? '?'}]-${nodeText(n)}`)).join('');
    case 'list':
      return `[${cell.items.map((item) => (item.kind === 'scalar' && !item.numeric ? quoted(item.text) : cellText(item) || 'null')).join(', ')}]`;
    case 'map':
      return `{${cell.entries.map(([k, v]) => `${k}: ${v.kind === 'scalar' && !v.numeric ? quoted(v.text) : cellText(v) || 'null'}`).join(', ')}}`;
  }
}

/** The table as CSV (RFC 4180): a header line of column names, CRLF line endings. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, Json>[]): string {
  return csvDocument([[...columns], ...toTable(columns, rows).map((cells) => cells.map(cellText))]);
}

/** The rows as pretty-printed JSON, exactly as the API answered them. */
export function toJsonText(rows: readonly Record<string, Json>[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}
