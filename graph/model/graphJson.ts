/**
 * The JSON form of Neo4j values and of a graph of nodes and relationships keyed by elementId:
 * what graph/db/boltMappings.ts makes of driver values, and what the API, the console and the
 * canvas share. Types only.
 */

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
