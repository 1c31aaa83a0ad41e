/**
 * Has the live data moved on since a snapshot was taken? The frozen elements are re-read from
 * Neo4j by elementId and compared property by property (a changed quote or polarity, a deleted
 * node, a reseed that gave everything new ids), and a fingerprint taken at creation also catches
 * relationships added or removed between the frozen nodes, which the frozen data cannot show.
 */
import { createHash } from 'node:crypto';
import { transactions } from '@/graph/db/driver';
import { toJson } from '@/graph/db/boltMappings';
import { type Json } from '@/graph/model/graphJson';
import { edgeProperties, nodeProperties, toElements, type EdgeData, type Elements } from '@/graph/model/elements';
import type { Snapshot, SnapshotChanges } from '@/graph/snapshots/snapshotTypes';

const { read } = transactions('snapshot');

interface LiveState {
  nodes: Map<string, Json>;
  edges: Map<string, Json>;
  /** elementIds of every relationship between two of the frozen nodes, sorted. */
  among: string[];
}

/** JSON with object keys sorted, so equal values always serialise the same way. */
export function canonicalJson(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k] ?? null)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

async function readLive(elements: Elements): Promise<LiveState> {
  const nodeIds = elements.nodes.map((n) => n.data.id);
  const edgeIds = elements.edges.map((e) => e.data.id);
  return read(async (tx) => {
    const result = await tx.run(
      `CALL () { UNWIND $nodeIds AS nid MATCH (n) WHERE elementId(n) = nid RETURN collect([elementId(n), properties(n)]) AS nodes }
       CALL () { UNWIND $edgeIds AS rid MATCH ()-[r]->() WHERE elementId(r) = rid RETURN collect([elementId(r), properties(r)]) AS edges }
       CALL () {
         UNWIND $nodeIds AS nid MATCH (a)-[r]->(b) WHERE elementId(a) = nid AND elementId(b) IN $nodeIds
         RETURN collect(DISTINCT elementId(r)) AS among
       }
       RETURN nodes, edges, among`,
      { nodeIds, edgeIds },
    );
    const record = result.records[0];
    const pairs = (key: string) => new Map((toJson(record?.get(key) ?? []) as [string, Json][]).map(([id, props]) => [id, props]));
    return { nodes: pairs('nodes'), edges: pairs('edges'), among: ((toJson(record?.get('among') ?? []) as string[]) ?? []).sort() };
  });
}

/**
 * Node properties enter without the rankings (graph/model/elements.ts NODE_PROPERTIES_LEFT_OUT): a
 * stance elsewhere moves them, and fingerprints taken before they existed must still match.
 */
function fingerprintOf(live: LiveState): string {
  const hash = createHash('sha256');
  const entries = (map: Map<string, Json>) => [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const nodes = new Map([...live.nodes].map(([id, props]) => [id, nodeProperties(props as Record<string, Json>)]));
  hash.update(canonicalJson({ nodes: entries(nodes), edges: entries(live.edges), among: live.among } as unknown as Json));
  return hash.digest('hex');
}

/** A hash of the live state of the frozen elements; stored with the snapshot at creation. */
export async function liveFingerprint(elements: Elements): Promise<string> {
  return fingerprintOf(await readLive(elements));
}

/**
 * An edge as the comparison sees it: what its data shows (properties, the fields named apart
 * from them, the quotes and their sources), built the same way from frozen data, old or new,
 * and from a live relationship.
 */
function comparableEdge(data: EdgeData): Json {
  const evidence = data.evidence ?? [];
  return {
    properties: edgeProperties(data.properties),
    polarity: data.polarity, certainty: data.certainty ?? null, date: data.date ?? null, until: data.until ?? null, dataset: data.dataset ?? null,
    quotes: evidence.map((e) => e.quote), sourceIds: evidence.map((e) => e.sourceId),
  };
}

function liveEdge(id: string, properties: Json): Json {
  const relationship = { elementId: id, type: '', startNodeElementId: '', endNodeElementId: '', properties: properties as Record<string, Json> };
  const data = toElements({ nodes: [], relationships: [relationship] }, new Map()).edges[0]?.data;
  return data ? comparableEdge(data) : null;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What differs between the snapshot as frozen and the data as it is now. */
export async function snapshotChanges(snapshot: Snapshot, fingerprint: string, datasetVersion: string | null): Promise<SnapshotChanges> {
  const live = await readLive(snapshot.elements);
  const reasons: string[] = [];
  if (snapshot.datasetVersion !== datasetVersion) {
    reasons.push(datasetVersion === null ? 'No data set is loaded any more.' : 'The data has been edited or reloaded with different content since.');
  }
  const compare = <T extends { id: string }>(frozen: { data: T }[], current: Map<string, Json>, seen: (data: T) => Json, now: (id: string, live: Json) => Json) => {
    let missing = 0;
    let changed = 0;
    for (const { data } of frozen) {
      const live = current.get(data.id);
      if (live === undefined) missing += 1;
      else if (canonicalJson(now(data.id, live)) !== canonicalJson(seen(data))) changed += 1;
    }
    return { missing, changed };
  };
  const nodes = compare(snapshot.elements.nodes, live.nodes, (data) => nodeProperties(data.properties), (_, props) => nodeProperties(props as Record<string, Json>));
  const edges = compare(snapshot.elements.edges, live.edges, comparableEdge, liveEdge);
  if (nodes.missing > 0) reasons.push(`${plural(nodes.missing, 'node', 'nodes')} shown here no longer exist.`);
  if (edges.missing > 0) reasons.push(`${plural(edges.missing, 'relationship', 'relationships')} shown here no longer exist.`);
  if (nodes.changed > 0) reasons.push(`${plural(nodes.changed, 'node has', 'nodes have')} different properties now.`);
  if (edges.changed > 0) reasons.push(`${plural(edges.changed, 'relationship has', 'relationships have')} different properties now (polarity, quotes, dates...).`);
  if (reasons.length === 0 && fingerprint !== '' && fingerprintOf(live) !== fingerprint) {
    reasons.push('Relationships between these nodes were added or removed.');
  }
  return { changed: reasons.length > 0, reasons };
}
