/**
 * Small element fixtures for the graph component tests, built through graph/model/elements.ts's own
 * schema so they stay in step with what the API sends. Nodes are named by actor key in the
 * helpers' arguments; their ids are elementIds (idOf), as the API sends them.
 */
import { Elements, type EdgeData, type NodeData } from '@/graph/model/elements';

/** The database part of the fixtures' elementIds, as Neo4j 5 writes them (4:<database uuid>:<internal id>). */
const DATABASE = '7c4e2f9a-1b3d-4e8f-a6c5-0d9b2e7f3a41';

/**
 * The elementId of the fixture node whose actor key is `key`: shaped like Neo4j's and never equal
 * to the key, so code (or a test) that takes one for the other fails. The internal id is a
 * hash of the key (FNV-1a), so the same key gets the same id in every test without a registry.
 */
export function idOf(key: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return `4:${DATABASE}:${hash}`;
}

/** An actor node: `key` is its slug (the node's `id` property), its element id is idOf(key). */
export function node(key: string, kind: string, extra: Partial<NodeData> = {}): Elements['nodes'][number] {
  return { data: { id: idOf(key), key, label: key.replace(/-/g, ' '), labels: ['Actor'], kind, backers: 0, opponents: 0, properties: { id: key }, ...extra } };
}

/** A stance from the actor keyed `source` to the one keyed `target`; its id stays readable (`source--TYPE--target`). */
export function edge(source: string, type: string, target: string, polarity: -1 | 0 | 1, extra: Partial<EdgeData> = {}): Elements['edges'][number] {
  return {
    data: {
      id: `${source}--${type}--${target}`,
      source: idOf(source),
      target: idOf(target),
      type,
      label: type.toLowerCase().replace(/_/g, ' '),
      polarity,
      certainty: 'reported',
      date: '2019-01-25',
      evidence: [],
      evidenceCount: extra.evidence?.length ?? 0,
      sourceCount: new Set(extra.evidence?.map((e) => e.sourceId)).size,
      properties: {},
      ...extra,
    },
  };
}

/** Counts backers and opponents per node as toElements does, and validates the result. */
export function elementsOf(nodes: Elements['nodes'], edges: Elements['edges']): Elements {
  const withCounts = nodes.map((n) => ({
    data: {
      ...n.data,
      backers: edges.filter((e) => e.data.target === n.data.id && e.data.polarity === 1).length,
      opponents: edges.filter((e) => e.data.target === n.data.id && e.data.polarity === -1).length,
    },
  }));
  return Elements.parse({ nodes: withCounts, edges });
}

/** A small crisis: two rivals, each with backers, one actor backing both, one neutral mediator. */
export function crisis(): Elements {
  return elementsOf(
    [
      node('guaido', 'person'),
      node('maduro', 'person'),
      node('united-states', 'state'),
      node('lima-group', 'bloc'),
      node('russia', 'state'),
      node('armed-forces', 'armed_force'),
      node('vatican', 'institution'),
      node('turkey', 'state'),
      node('elections', 'topic'),
    ],
    [
      edge('united-states', 'SUPPORTS', 'guaido', 1),
      edge('united-states', 'SANCTIONS', 'maduro', -1, { certainty: 'stated' }),
      edge('lima-group', 'RECOGNISES', 'guaido', 1),
      edge('russia', 'SUPPORTS', 'maduro', 1, { certainty: 'stated' }),
      edge('russia', 'ACCUSES', 'united-states', -1, { certainty: 'claimed' }),
      edge('armed-forces', 'SUPPORTS', 'maduro', 1, { certainty: 'alleged' }),
      edge('guaido', 'OPPOSES', 'maduro', -1),
      edge('maduro', 'OPPOSES', 'guaido', -1),
      edge('vatican', 'MEDIATES', 'maduro', 0),
      edge('vatican', 'MEDIATES', 'guaido', 0),
      edge('turkey', 'SUPPORTS', 'maduro', 1),
      edge('turkey', 'SUPPORTS', 'guaido', 1, { id: 'turkey-odd' }),
      edge('guaido', 'SUPPORTS', 'elections', 1),
    ],
  );
}
