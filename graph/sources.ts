/**
 * The sources that evidence quotes cite, as the `SourceLookup` that `toElements` resolves
 * `sourceIds` against.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { Graph, GraphRelationship } from '@/graph/boltMappings';
import type { SourceLookup } from '@/graph/elements';

/** Every `sourceIds` entry the relationships cite. */
export function citedSourceIds(relationships: readonly GraphRelationship[]): string[] {
  const ids = new Set<string>();
  for (const rel of relationships) {
    const cited = rel.properties.sourceIds;
    if (Array.isArray(cited)) for (const id of cited) if (typeof id === 'string') ids.add(id);
  }
  return [...ids];
}

/** More sources than articles a crisis could cite; a cap so other data with a Source label cannot flood a lookup. */
const MAX_SOURCES = 10_000;

/** Source nodes by `id`; with `ids`, only those (`undefined` loads them all, up to MAX_SOURCES). */
export async function loadSources(tx: ManagedTransaction, ids?: readonly string[]): Promise<SourceLookup> {
  if (ids && ids.length === 0) return new Map();
  const returned = 'RETURN s.id AS id, s.title AS title, s.publisher AS publisher, toString(s.date) AS date';
  // Separate texts so that, given ids, the planner seeks each one in the unique index.
  const result = ids
    ? await tx.run(`UNWIND $ids AS id MATCH (s:Source {id: id}) ${returned}`, { ids })
    : await tx.run(`MATCH (s:Source) ${returned} LIMIT $max`, { max: neo4j.int(MAX_SOURCES) });
  const lookup = new Map<string, { title: string; publisher: string; date: string }>();
  for (const record of result.records) {
    const id: unknown = record.get('id');
    if (typeof id !== 'string') continue;
    lookup.set(id, {
      title: String(record.get('title') ?? id),
      publisher: String(record.get('publisher') ?? ''),
      date: String(record.get('date') ?? ''),
    });
  }
  return lookup;
}

/**
 * The sources for `toElements(graph, sources)`: none when the graph cites none (other data),
 * else all of them. Sources are articles, hundreds at most, and a query without a long list of
 * ids as parameter is the faster one: the driver splits a RUN message over 1,400 bytes into
 * several writes, and Nagle's algorithm then holds the last one for the server's delayed ACK
 * (about 40 ms measured by `npm run bench:api`).
 */
export async function sourcesFor(tx: ManagedTransaction, graph: Graph): Promise<SourceLookup> {
  return citedSourceIds(graph.relationships).length === 0 ? new Map() : loadSources(tx);
}
