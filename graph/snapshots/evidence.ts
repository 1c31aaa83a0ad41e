/**
 * A snapshot is published on the app's own domain, under a notice that says what it shows is the
 * data, so what it shows must come from the database, never from whoever posted it (issue #38
 * item 4: a forged "Published by Reuters: …" quote with a link anywhere). Every node and edge the
 * client sends is re-read from Neo4j by its elementId and rebuilt here, the same way graph answers
 * build them (`toElements` with the cited sources resolved): labels, kinds, the stance's type,
 * polarity, certainty, dates, endpoints, evidence and counts. The client contributes only which
 * elements, in what order, and where they sit (positions). An element that is not in the database
 * is refused (400, naming it): a snapshot cannot claim a stance the data does not hold.
 */
import { transactions } from '@/graph/db/driver';
import { nodeToJson, relationshipToJson } from '@/graph/db/boltMappings';
import { ApiError } from '@/graph/http/errors';
import { toElements, type Elements as ElementsOf } from '@/graph/model/elements';
import type { GraphNode, GraphRelationship } from '@/graph/model/graphJson';
import { sourceLookup } from '@/graph/views/sources';
import type { SnapshotInput } from '@/graph/snapshots/snapshotTypes';
import type { Node, Relationship } from 'neo4j-driver';

const { read } = transactions('snapshot');

type Elements = SnapshotInput['elements'];

interface Stored {
  nodes: Map<string, GraphNode>;
  relationships: Map<string, GraphRelationship>;
  sources: Awaited<ReturnType<typeof sourceLookup>>;
}

// `elementId(x) = id` per id is planned as a seek by elementId: cost grows with the snapshot, not the graph.
const STORED_QUERY = `
CALL () { UNWIND $nodeIds AS nid MATCH (n) WHERE elementId(n) = nid RETURN collect(n) AS nodes }
CALL () { UNWIND $edgeIds AS rid MATCH ()-[r]->() WHERE elementId(r) = rid RETURN collect(r) AS rels }
RETURN nodes, rels`;

async function readStored(elements: Elements): Promise<Stored> {
  const nodeIds = [...new Set(elements.nodes.map((n) => n.data.id))];
  const edgeIds = [...new Set(elements.edges.map((e) => e.data.id))];
  return read(async (tx) => {
    const record = (await tx.run(STORED_QUERY, { nodeIds, edgeIds })).records[0];
    const nodes = ((record?.get('nodes') ?? []) as Node[]).map(nodeToJson);
    const rels = ((record?.get('rels') ?? []) as Relationship[]).map(relationshipToJson);
    const cited = rels.flatMap((r) => (Array.isArray(r.properties.sourceIds) ? r.properties.sourceIds.filter((s): s is string => typeof s === 'string') : []));
    return {
      nodes: new Map(nodes.map((n) => [n.elementId, n])),
      relationships: new Map(rels.map((r) => [r.elementId, r])),
      sources: await sourceLookup(tx, [...new Set(cited)]),
    };
  });
}

function notStored(path: string, what: string, id: string): ApiError {
  return new ApiError(
    400,
    'BadRequest',
    `Bad snapshot: ${path}: ${what} ${id} is not in the database. A snapshot shows stored data only (its labels, stances and evidence are read from the database); reload the view and share it again.`,
  );
}

/**
 * The elements as the database holds them, in the order and at the positions the client sent;
 * a 400 naming the first node or edge the database does not have. Whatever else the client sent
 * for an element (labels, evidence, polarity, counts…) is ignored.
 */
export async function withFrozenEvidence(elements: Elements): Promise<ElementsOf> {
  const stored = await readStored(elements);
  const nodes = elements.nodes.map((node, i) => {
    const found = stored.nodes.get(node.data.id);
    if (!found) throw notStored(`elements.nodes[${i}].data.id`, 'node', node.data.id);
    return found;
  });
  const relationships = elements.edges.map((edge, i) => {
    const found = stored.relationships.get(edge.data.id);
    if (!found) throw notStored(`elements.edges[${i}].data.id`, 'stance (relationship)', edge.data.id);
    return found;
  });
  // Backers and opponents are counted within the view, as graph answers count them.
  const rebuilt = toElements({ nodes, relationships }, stored.sources);
  return {
    nodes: rebuilt.nodes.map((node, i) => {
      const position = elements.nodes[i]?.position;
      return position ? { ...node, position } : node;
    }),
    edges: rebuilt.edges,
  };
}
