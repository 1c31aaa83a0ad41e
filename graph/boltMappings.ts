/**
 * Pure mappings from neo4j-driver values to plain JSON and to a graph of nodes and relationships
 * keyed by elementId. No I/O here: everything takes records or values and returns data.
 */
import neo4j, { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isPath, isPoint, isRelationship, isTime, type Node, type Path, type Record as Neo4jRecord, type Relationship } from 'neo4j-driver';

/** A JSON value: what a Neo4j value becomes on the wire. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface GraphNode {
  elementId: string;
  labels: string[];
  properties: Record<string, Json>;
}

export interface GraphRelationship {
  elementId: string;
  type: string;
  startNodeElementId: string;
  endNodeElementId: string;
  properties: Record<string, Json>;
}

/** Nodes and relationships de-duplicated by elementId, in first-seen order. */
export interface Graph {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

/**
 * Integers within ±2^53 become numbers; larger ones become decimal strings so no digit is lost.
 */
export function integerToJson(value: { toNumber(): number; toString(): string; inSafeRange(): boolean }): number | string {
  return value.inSafeRange() ? value.toNumber() : value.toString();
}

export function nodeToJson(node: Node): GraphNode {
  return { elementId: node.elementId, labels: [...node.labels], properties: propertiesToJson(node.properties) };
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

function propertiesToJson(properties: Record<string, unknown>, cache?: EntityCache): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const key of Object.keys(properties)) out[key] = toJson(properties[key], cache);
  return out;
}

/**
 * Nodes and relationships converted once per elementId, so that a result's rows and its graph
 * share them: a console answer lists every entity in both, and converting twice doubled the
 * mapping time (bench:api).
 */
export class EntityCache {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly relationships = new Map<string, GraphRelationship>();

  node(node: Node): GraphNode {
    let json = this.nodes.get(node.elementId);
    if (!json) this.nodes.set(node.elementId, (json = nodeToJson(node)));
    return json;
  }

  relationship(rel: Relationship): GraphRelationship {
    let json = this.relationships.get(rel.elementId);
    if (!json) this.relationships.set(rel.elementId, (json = relationshipToJson(rel)));
    return json;
  }
}

/**
 * Any value the driver returns, as JSON. Temporal values become ISO strings (what `toString()`
 * gives in Cypher), points `{srid, x, y[, z]}`, durations their ISO form, paths
 * `{nodes, relationships}`, and graph entities the shapes above, tagged so a table can tell them apart.
 */
export function toJson(value: unknown, cache?: EntityCache): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (isInt(value)) return integerToJson(value);
  if (isNode(value)) return { $type: 'node', ...(cache ? cache.node(value) : nodeToJson(value)) } as unknown as Json;
  if (isRelationship(value)) return { $type: 'relationship', ...(cache ? cache.relationship(value) : relationshipToJson(value)) } as unknown as Json;
  if (isPath(value)) return { $type: 'path', ...pathToJson(value, cache ?? new EntityCache()) } as unknown as Json;
  if (isPoint(value)) {
    const point: { [key: string]: Json } = { srid: integerToJson(neo4j.int(value.srid)), x: value.x, y: value.y };
    if (value.z !== undefined) point.z = value.z;
    return point;
  }
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (value instanceof Uint8Array) return Array.from(value);
  if (Array.isArray(value)) return value.map((item) => toJson(item, cache));
  if (typeof value === 'object') return propertiesToJson(value as Record<string, unknown>, cache);
  return String(value);
}

function pathToJson(path: Path, cache: EntityCache): { nodes: GraphNode[]; relationships: GraphRelationship[] } {
  const nodes = [cache.node(path.start)];
  const relationships: GraphRelationship[] = [];
  for (const segment of path.segments) {
    relationships.push(cache.relationship(segment.relationship));
    nodes.push(cache.node(segment.end));
  }
  return { nodes, relationships };
}

/** Collects every node, relationship and path anywhere in a value (lists and maps included). */
function collect(value: unknown, graph: GraphBuilder): void {
  if (value === null || typeof value !== 'object') return;
  if (isNode(value)) return graph.addNode(value);
  if (isRelationship(value)) return graph.addRelationship(value);
  if (isPath(value)) {
    graph.addNode(value.start);
    for (const segment of value.segments) {
      graph.addRelationship(segment.relationship);
      graph.addNode(segment.end);
    }
    return;
  }
  if (isInt(value) || isPoint(value) || isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) return;
  if (Array.isArray(value)) return value.forEach((v) => collect(v, graph));
  Object.values(value).forEach((v) => collect(v, graph));
}

class GraphBuilder {
  private nodes = new Map<string, GraphNode>();
  private relationships = new Map<string, GraphRelationship>();
  constructor(
    private readonly maxElements: number,
    private readonly cache: EntityCache,
  ) {}
  truncated = false;

  private full(): boolean {
    if (this.nodes.size + this.relationships.size < this.maxElements) return false;
    this.truncated = true;
    return true;
  }

  addNode(node: Node): void {
    if (this.nodes.has(node.elementId) || this.full()) return;
    this.nodes.set(node.elementId, this.cache.node(node));
  }

  addRelationship(rel: Relationship): void {
    if (this.relationships.has(rel.elementId) || this.full()) return;
    this.relationships.set(rel.elementId, this.cache.relationship(rel));
  }

  build(): Graph {
    return { nodes: [...this.nodes.values()], relationships: [...this.relationships.values()] };
  }

  /** Relationships whose ends the result did not return, by elementId of the missing nodes. */
  danglingNodeIds(): string[] {
    const missing = new Set<string>();
    for (const r of this.relationships.values()) {
      if (!this.nodes.has(r.startNodeElementId)) missing.add(r.startNodeElementId);
      if (!this.nodes.has(r.endNodeElementId)) missing.add(r.endNodeElementId);
    }
    return [...missing];
  }
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
  const builder = new GraphBuilder(maxElements, new EntityCache());
  for (const record of records) for (const value of record.values()) collect(value, builder);
  return { graph: builder.build(), truncated: builder.truncated, missingNodeIds: builder.danglingNodeIds() };
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
  private readonly cache = new EntityCache();
  private readonly builder: GraphBuilder;
  readonly rows: Record<string, Json>[] = [];

  constructor(maxElements = Number.POSITIVE_INFINITY) {
    this.builder = new GraphBuilder(maxElements, this.cache);
  }

  add(record: Neo4jRecord): void {
    const row: Record<string, Json> = {};
    record.keys.forEach((key, i) => {
      const value: unknown = record.get(i);
      collect(value, this.builder);
      row[String(key)] = toJson(value, this.cache);
    });
    this.rows.push(row);
  }

  result(): RecordsToGraphResult & { rows: Record<string, Json>[] } {
    return { graph: this.builder.build(), truncated: this.builder.truncated, missingNodeIds: this.builder.danglingNodeIds(), rows: this.rows };
  }
}

/** Rows (JSON objects keyed by column) and graph of records already collected; see ResultMapper. */
export function recordsToRowsAndGraph(records: readonly Neo4jRecord[], maxElements = Number.POSITIVE_INFINITY): RecordsToGraphResult & { rows: Record<string, Json>[] } {
  const mapper = new ResultMapper(maxElements);
  for (const record of records) mapper.add(record);
  return mapper.result();
}
