/**
 * Pure mappings from neo4j-driver values to plain JSON and to a graph of nodes and relationships
 * keyed by elementId. No I/O here: everything takes records or values and returns data.
 */
import neo4j, { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isPath, isPoint, isRelationship, isTime, type Date as CypherDate, type Integer, type Node, type Path, type Point, type Record as Neo4jRecord, type Relationship } from 'neo4j-driver';

import type { Graph, GraphNode, GraphRelationship, Json } from '@/graph/model/graphJson';

/**
 * Integers within ±2^53 become numbers; larger ones become decimal strings so no digit is lost.
 */
export function integerToJson(value: { toNumber(): number; toString(): string; inSafeRange(): boolean }): number | string {
  return value.inSafeRange() ? value.toNumber() : value.toString();
}

export function nodeToJson(node: Node): GraphNode {
  return { elementId: node.elementId, labels: node.labels, properties: propertiesToJson(node.properties) };
}

export function relationshipToJson(rel: Relationship): GraphRelationship {
  return {
    elementId: rel.elementId,
    type: rel.type,
    startNodeElementId: rel.startNodeElementId,
    endNodeElementId: rel.endNodeElementId,
    properties: propertiesToJson(rel.properties),
  };
}

/**
 * A map of values as JSON. Most values are JSON already (names, quotes, lists of strings): a map
 * or list that needs no change is answered as it is rather than copied, which nearly halved what
 * mapping the console's benchmark query allocates (bench:api). Nothing downstream mutates them.
 */
function propertiesToJson(properties: Record<string, unknown>, entities?: EntityCache): Record<string, Json> {
  let out: Record<string, Json> | undefined;
  const keys = Object.keys(properties);
  keys.forEach((key, i) => {
    const value = properties[key];
    const json = toJson(value, entities);
    if (!out && json !== value) out = Object.fromEntries(keys.slice(0, i).map((k) => [k, properties[k] as Json]));
    if (out) out[key] = json;
  });
  return out ?? (properties as Record<string, Json>);
}

/** A list as JSON; the list itself when every item is JSON already (see propertiesToJson). */
function listToJson(list: readonly unknown[], entities?: EntityCache): Json[] {
  let out: Json[] | undefined;
  list.forEach((item, i) => {
    const json = toJson(item, entities);
    if (!out && json !== item) out = list.slice(0, i) as Json[];
    if (out) out.push(json);
  });
  return out ?? (list as Json[]);
}

/** A node or relationship as a row cell: its JSON tagged so a table can tell it apart. */
type Tagged<T, Tag extends string> = T & { $type: Tag };

interface Entry<T, Tag extends string> {
  json: T;
  tagged: Tagged<T, Tag>;
}

/**
 * Every node and relationship of a result, each converted once and shared by its rows and its
 * graph (converting twice doubled the console's mapping time, bench:api), plus the graph itself:
 * the entities in first-seen order, up to `maxElements`.
 */
export class EntityCache {
  private readonly nodes = new Map<string, Entry<GraphNode, 'node'>>();
  private readonly relationships = new Map<string, Entry<GraphRelationship, 'relationship'>>();
  private readonly graph: Graph = { nodes: [], relationships: [] };
  /** True once an entity was left out of the graph for lack of room. */
  private truncated = false;

  constructor(private readonly maxElements = Number.POSITIVE_INFINITY) {}

  node(node: Node): Entry<GraphNode, 'node'> {
    let entry = this.nodes.get(node.elementId);
    if (!entry) {
      const json = nodeToJson(node);
      this.nodes.set(node.elementId, (entry = { json, tagged: { $type: 'node', ...json } }));
      if (this.hasRoom()) this.graph.nodes.push(json);
    }
    return entry;
  }

  relationship(rel: Relationship): Entry<GraphRelationship, 'relationship'> {
    let entry = this.relationships.get(rel.elementId);
    if (!entry) {
      const json = relationshipToJson(rel);
      this.relationships.set(rel.elementId, (entry = { json, tagged: { $type: 'relationship', ...json } }));
      if (this.hasRoom()) this.graph.relationships.push(json);
    }
    return entry;
  }

  /** How many entities the graph holds: `shrinkTo` goes back to it. */
  size(): { nodes: number; relationships: number } {
    return { nodes: this.graph.nodes.length, relationships: this.graph.relationships.length };
  }

  /** Leaves out of the graph what was added since `size()` answered `to` (once nothing more is added). */
  shrinkTo(to: { nodes: number; relationships: number }): void {
    this.graph.nodes.length = to.nodes;
    this.graph.relationships.length = to.relationships;
  }

  private hasRoom(): boolean {
    if (this.graph.nodes.length + this.graph.relationships.length < this.maxElements) return true;
    this.truncated = true;
    return false;
  }

  result(): RecordsToGraphResult {
    return { graph: { nodes: [...this.graph.nodes], relationships: [...this.graph.relationships] }, truncated: this.truncated, missingNodeIds: this.danglingNodeIds() };
  }

  /** Relationships whose ends the result did not return, by elementId of the missing nodes. */
  private danglingNodeIds(): string[] {
    const present = new Set(this.graph.nodes.map((n) => n.elementId));
    const missing = new Set<string>();
    for (const r of this.graph.relationships) {
      if (!present.has(r.startNodeElementId)) missing.add(r.startNodeElementId);
      if (!present.has(r.endNodeElementId)) missing.add(r.endNodeElementId);
    }
    return [...missing];
  }
}

type ValueKind = 'integer' | 'node' | 'relationship' | 'path' | 'point' | 'date' | 'temporal' | 'bytes' | 'list' | 'map';

/**
 * The driver's value classes, told apart with one lookup on the constructor. Asking isInt,
 * isNode, ... in turn for every value (each a property read through the driver's getters) made
 * mapping the console's benchmark query four times slower (bench:api).
 */
const KIND_BY_CLASS = new Map<unknown, ValueKind>([
  [Object, 'map'],
  [Array, 'list'],
  [neo4j.Integer, 'integer'],
  [neo4j.types.Node, 'node'],
  [neo4j.types.Relationship, 'relationship'],
  [neo4j.types.Path, 'path'],
  [neo4j.types.Point, 'point'],
  [neo4j.types.Date, 'date'],
  [neo4j.types.DateTime, 'temporal'],
  [neo4j.types.LocalDateTime, 'temporal'],
  [neo4j.types.Time, 'temporal'],
  [neo4j.types.LocalTime, 'temporal'],
  [neo4j.types.Duration, 'temporal'],
  [Uint8Array, 'bytes'],
]);

/** The kind of any object; values of another copy of the driver (other classes) by the driver's own checks. */
function kindOf(value: object): ValueKind {
  const kind = KIND_BY_CLASS.get(value.constructor);
  if (kind) return kind;
  if (isInt(value)) return 'integer';
  if (isNode(value)) return 'node';
  if (isRelationship(value)) return 'relationship';
  if (isPath(value)) return 'path';
  if (isPoint(value)) return 'point';
  if (isDate(value)) return 'date';
  if (isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) return 'temporal';
  if (value instanceof Uint8Array) return 'bytes';
  return Array.isArray(value) ? 'list' : 'map';
}

const asNumber = (n: number | Integer | bigint): number => (typeof n === 'object' ? n.toNumber() : Number(n));
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * A date as Cypher's `toString()` writes it. Years 0–9999 are formatted here, five times faster
 * than the driver's own `toString()`, which works in Integer arithmetic.
 */
function dateToJson(date: CypherDate): string {
  const year = asNumber(date.year);
  if (year < 0 || year > 9999) return date.toString();
  return `${pad(year, 4)}-${pad(asNumber(date.month), 2)}-${pad(asNumber(date.day), 2)}`;
}

/**
 * Any value the driver returns, as JSON. Temporal values become ISO strings (what `toString()`
 * gives in Cypher), points `{srid, x, y[, z]}`, durations their ISO form, paths
 * `{nodes, relationships}`, and graph entities the shapes above, tagged so a table can tell them
 * apart. With `entities`, every node and relationship met is also added to its graph.
 */
export function toJson(value: unknown, entities?: EntityCache): Json {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'boolean':
    case 'string':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : String(value);
    case 'bigint':
      return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
    case 'object':
      return objectToJson(value, entities);
    default:
      return String(value);
  }
}

function objectToJson(value: object, entities?: EntityCache): Json {
  switch (kindOf(value)) {
    case 'list':
      return listToJson(value as unknown[], entities);
    case 'map':
      return propertiesToJson(value as Record<string, unknown>, entities);
    case 'integer':
      return integerToJson(value as Integer);
    case 'node':
      return (entities ? entities.node(value as Node).tagged : { $type: 'node', ...nodeToJson(value as Node) }) as unknown as Json;
    case 'relationship':
      return (entities ? entities.relationship(value as Relationship).tagged : { $type: 'relationship', ...relationshipToJson(value as Relationship) }) as unknown as Json;
    case 'path':
      return { $type: 'path', ...pathToJson(value as Path, entities ?? new EntityCache()) } as unknown as Json;
    case 'point': {
      const p = value as Point;
      const point: { [key: string]: Json } = { srid: integerToJson(neo4j.int(p.srid)), x: p.x, y: p.y };
      if (p.z !== undefined) point.z = p.z;
      return point;
    }
    case 'date':
      return dateToJson(value as CypherDate);
    case 'temporal':
      return value.toString();
    case 'bytes':
      return Array.from(value as Uint8Array);
  }
}

function pathToJson(path: Path, entities: EntityCache): { nodes: GraphNode[]; relationships: GraphRelationship[] } {
  const nodes = [entities.node(path.start).json];
  const relationships: GraphRelationship[] = [];
  for (const segment of path.segments) {
    relationships.push(entities.relationship(segment.relationship).json);
    nodes.push(entities.node(segment.end).json);
  }
  return { nodes, relationships };
}

export interface RecordsToGraphResult {
  /** May hold relationships whose end nodes are in `missingNodeIds`; see `withNodes`. */
  graph: Graph;
  /** True when `maxElements` cut the graph short. */
  truncated: boolean;
  /** Nodes that returned relationships point at but the result did not include. */
  missingNodeIds: string[];
}

/** `Record[] -> graph`: every node, relationship and path in the records, de-duplicated by elementId. */
export function recordsToGraph(records: readonly Neo4jRecord[], maxElements = Number.POSITIVE_INFINITY): RecordsToGraphResult {
  const entities = new EntityCache(maxElements);
  for (const record of records) for (const value of record.values()) toJson(value, entities);
  return entities.result();
}

/**
 * Adds nodes fetched afterwards (the ends of dangling relationships) and drops relationships
 * still missing an end: a relationship is only drawable with both of its nodes.
 */
export function withNodes(graph: Graph, nodes: readonly Node[]): Graph {
  const known = new Set(graph.nodes.map((n) => n.elementId));
  const added = nodes.filter((n) => !known.has(n.elementId)).map(nodeToJson);
  const all = [...graph.nodes, ...added];
  const ids = new Set(all.map((n) => n.elementId));
  return { nodes: all, relationships: graph.relationships.filter((r) => ids.has(r.startNodeElementId) && ids.has(r.endNodeElementId)) };
}

/**
 * Rows and graph of one result, built record by record as the driver hands them over, each
 * node and relationship converted once for both. Records need not be kept: mapping them as they
 * arrive keeps fewer objects alive, which is what the garbage collector charges for.
 */
export class ResultMapper {
  private readonly entities: EntityCache;
  private readonly rows: Record<string, Json>[] = [];
  private beforeLastRow = { nodes: 0, relationships: 0 };

  constructor(maxElements = Number.POSITIVE_INFINITY) {
    this.entities = new EntityCache(maxElements);
  }

  /** Adds the record's row (and its entities) and answers the row. */
  add(record: Neo4jRecord): Record<string, Json> {
    const row: Record<string, Json> = {};
    this.beforeLastRow = this.entities.size();
    const keys = record.keys;
    for (let i = 0; i < keys.length; i++) row[String(keys[i])] = toJson(record.get(i), this.entities);
    this.rows.push(row);
    return row;
  }

  /** Takes back the last row added and the entities it brought into the graph; add nothing after it. */
  dropLastRow(): void {
    this.rows.pop();
    this.entities.shrinkTo(this.beforeLastRow);
  }

  result(): RecordsToGraphResult & { rows: Record<string, Json>[] } {
    return { ...this.entities.result(), rows: this.rows };
  }
}

/** Rows (JSON objects keyed by column) and graph of records already collected; see ResultMapper. */
export function recordsToRowsAndGraph(records: readonly Neo4jRecord[], maxElements = Number.POSITIVE_INFINITY): RecordsToGraphResult & { rows: Record<string, Json>[] } {
  const mapper = new ResultMapper(maxElements);
  for (const record of records) mapper.add(record);
  return mapper.result();
}
