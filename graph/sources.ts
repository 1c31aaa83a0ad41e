/**
 * The sources that evidence quotes cite, as the `SourceLookup` that `toElements` resolves
 * `sourceIds` against.
 */
import type { ManagedTransaction } from 'neo4j-driver';
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

/** The source's link when it is one the panel may open (http or https), else nothing. */
function urlOf(value: unknown): { url?: string } {
  return typeof value === 'string' && /^https?:\/\//i.test(value) ? { url: value } : {};
}

/** Source nodes by `id`, those in `ids` only. */
export async function sourceLookup(tx: ManagedTransaction, ids: readonly string[]): Promise<SourceLookup> {
  if (ids.length === 0) return new Map();
  const result = await tx.run(
    'UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN s.id AS id, s.title AS title, s.publisher AS publisher, toString(s.date) AS date, s.url AS url',
    { ids },
  );
  const lookup = new Map<string, { title: string; publisher: string; date: string; url?: string }>();
  for (const record of result.records) {
    const id: unknown = record.get('id');
    if (typeof id !== 'string') continue;
    lookup.set(id, {
      title: String(record.get('title') ?? id),
      publisher: String(record.get('publisher') ?? ''),
      date: String(record.get('date') ?? ''),
      ...urlOf(record.get('url')),
    });
  }
  return lookup;
}

/**
 * The sources for `toElements(graph, sources)`: those its relationships cite, none for other
 * data. A list of a few hundred ids is cheap to send since neo4j-driver 6 sets TCP_NODELAY;
 * driver 5 let Nagle's algorithm hold such a message ~40 ms (docs/benchmarks.md).
 */
export async function sourcesFor(tx: ManagedTransaction, graph: Graph): Promise<SourceLookup> {
  return sourceLookup(tx, citedSourceIds(graph.relationships));
}
