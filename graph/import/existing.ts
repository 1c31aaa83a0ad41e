/**
 * The checks of an import against what the database already holds, after the file itself has
 * passed: ids the file names but does not define must exist, an actor id may not change kind
 * (one id is one actor across data sets), and a known name under a new id is reported, since
 * that is how the same actor ends up twice ("US" and "United States").
 */
import type { Driver } from 'neo4j-driver';
import { transactions } from '@/graph/db/driver';
import { ImportError, type Importer } from '@/graph/import/types';
import type { Validated } from '@/graph/import/validate';

const { read } = transactions('load');

const fold = (name: string) => name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();

export interface DatabaseCheck {
  /** Possible duplicates and the like, for the report. */
  warnings: string[];
  /** Ids the file names but leaves to the database that are topics there (the rest are actors). */
  externalTopics: Set<string>;
}

/**
 * Throws on the first conflict. `empty`: the graph is about to be emptied (`--reset`), so nothing
 * in it counts.
 */
export async function checkAgainstDatabase(importer: Importer, v: Validated, driver?: Driver, empty = false): Promise<DatabaseCheck> {
  const { file } = importer;
  const known = empty ? [] : await read(async (tx) => {
    const result = await tx.run(
      `MATCH (n) WHERE n:Actor OR n:Topic
       RETURN n.id AS id, n.name AS name, CASE WHEN n:Topic THEN 'topic' ELSE n.kind END AS kind, n.datasets AS datasets`,
    );
    return result.records.map((r) => ({
      id: String(r.get('id')),
      name: String(r.get('name') ?? ''),
      kind: String(r.get('kind') ?? ''),
      datasets: ((r.get('datasets') as string[] | null) ?? []).join(', ') || 'an earlier load',
    }));
  }, { driver });
  const byId = new Map(known.map((k) => [k.id, k]));
  for (const [id, place] of v.external.endpoints) {
    if (!byId.has(id)) throw new ImportError(file, place.at, place.field, `unknown actor or topic "${id}" (neither in the file nor in the database)`);
  }
  if (v.external.sources.size > 0 && empty) {
    const [id, place] = [...v.external.sources][0]!;
    throw new ImportError(file, place.at, place.field, `unknown source "${id}" (not in the file, and --reset empties the database)`);
  }
  if (v.external.sources.size > 0) {
    const ids = [...v.external.sources.keys()];
    const found = await read(async (tx) => {
      const result = await tx.run('UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN collect(s.id) AS found', { ids });
      return new Set((result.records[0]?.get('found') as string[] | undefined) ?? []);
    }, { driver });
    for (const [id, place] of v.external.sources) {
      if (!found.has(id)) throw new ImportError(file, place.at, place.field, `unknown source "${id}" (neither in the file nor in the database)`);
    }
  }
  for (const [id, kind] of v.actors) {
    const before = byId.get(id);
    if (before && before.kind !== kind) {
      throw new ImportError(file, null, 'kind', `actor "${id}" is a ${kind} in this file but a ${before.kind} ("${before.name}") in ${before.datasets}: one id is one actor across data sets, so give it another id or the same kind`);
    }
  }
  for (const id of v.topics) {
    const before = byId.get(id);
    if (before && before.kind !== 'topic') throw new ImportError(file, null, 'id', `topic "${id}" is an actor ("${before.name}") in ${before.datasets}`);
  }
  const warnings: string[] = [];
  const byName = new Map(known.map((k) => [fold(k.name), k]));
  for (const [id, name] of v.names) {
    const other = byName.get(fold(name));
    if (other && other.id !== id) warnings.push(`"${name}" (${id}) has the name of "${other.id}" in ${other.datasets}: kept apart; merge them if they are one actor`);
  }
  const externalTopics = new Set([...v.external.endpoints.keys()].filter((id) => byId.get(id)?.kind === 'topic'));
  return { warnings, externalTopics };
}
