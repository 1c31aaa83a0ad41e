/**
 * "Connect result nodes", Neo4j Browser's default, for the console: the relationships between
 * the nodes a result draws that the query itself did not return. One extra read in the user's
 * own transaction, so it is read-only and shares the query's timeout; parameterised by the
 * nodes' elementIds; bounded by the room the element cap leaves.
 */
import neo4j, { type ManagedTransaction, type Relationship } from 'neo4j-driver';
import { relationshipToJson } from '@/graph/db/boltMappings';
import { type Graph, type GraphRelationship } from '@/graph/model/graphJson';

/**
 * Both ends among the drawn nodes, the relationship not drawn already. `elementId(a) IN $ids`
 * plans as a seek by elementId, so the cost grows with the drawn nodes' degrees, not the graph.
 */
export const CONNECT_QUERY = `MATCH (a)-[r]->(b)
WHERE elementId(a) IN $ids AND elementId(b) IN $ids AND NOT elementId(r) IN $known
RETURN r
LIMIT $limit`;

export interface ConnectedGraph {
  graph: Graph;
  /** Relationships added to the graph. */
  connected: number;
  /** True when the element cap left out relationships that connect the result's nodes. */
  truncated: boolean;
}

/** The graph with `relationships` added after its own, those it holds already left out. Pure. */
export function withRelationships(graph: Graph, relationships: readonly GraphRelationship[]): Graph {
  const known = new Set(graph.relationships.map((r) => r.elementId));
  return { nodes: graph.nodes, relationships: [...graph.relationships, ...relationships.filter((r) => !known.has(r.elementId))] };
}

/** The room `maxElements` leaves for more relationships once `graph` is drawn. */
export function roomLeft(graph: Graph, maxElements: number): number {
  return Math.max(0, maxElements - graph.nodes.length - graph.relationships.length);
}

/**
 * Adds the relationships between `graph`'s nodes, up to the room `maxElements` leaves. Asks for
 * one more than fits so it can tell a full answer from a cut one without counting them all.
 */
export async function connectResultNodes(tx: ManagedTransaction, graph: Graph, maxElements: number): Promise<ConnectedGraph> {
  if (graph.nodes.length === 0) return { graph, connected: 0, truncated: false };
  const room = roomLeft(graph, maxElements);
  const result = await tx.run(CONNECT_QUERY, {
    ids: graph.nodes.map((n) => n.elementId),
    known: graph.relationships.map((r) => r.elementId),
    // LIMIT takes an integer; a plain JS number would be sent as a float.
    limit: neo4j.int(room + 1),
  });
  const found = result.records.map((record) => relationshipToJson(record.get('r') as Relationship));
  const kept = found.slice(0, room);
  return { graph: withRelationships(graph, kept), connected: kept.length, truncated: found.length > room };
}
