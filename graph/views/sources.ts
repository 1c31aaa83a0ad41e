/**
 * The sources that evidence quotes cite, as the `SourceLookup` that `toElements` resolves
 * `sourceIds` against.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { SourceLookup } from '@/graph/model/elements';

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
