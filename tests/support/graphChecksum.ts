/**
 * What a loaded graph holds, as counts and a checksum of every actor, topic and source (labels and
 * properties) and every stance (endpoints, type and properties), so two graphs can be compared
 * whole: "the same graph" after a round trip, "nothing written" after a failed import.
 * Bookkeeping that differs between two loads of the same data (BOOKKEEPING below) is left out;
 * so are the :Dataset nodes (when, from which file, version hash).
 */
import { createHash } from 'node:crypto';
import { isDate, isInt } from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { transactions } from '@/graph/db/driver';

const { read } = transactions('test');

export interface GraphChecksum {
  actors: number;
  topics: number;
  sources: number;
  stances: number;
  checksum: string;
}

/**
 * Properties that say how the data was loaded, not what it is: which run wrote it, and the
 * loader's change-detection `hash` of a stance record (which hashes the first record of a stance,
 * so it depends on how the input split the stance's evidence: one YAML stance or several CSV rows),
 * and the edit counter `version` (graph/edit/), which a revert moves on rather than back.
 */
const BOOKKEEPING = new Set(['load', 'run', 'hash', 'loadedAt', 'version']);

function plain(value: unknown): unknown {
  if (isInt(value)) return value.toNumber();
  if (isDate(value)) return value.toString();
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

function properties(map: Record<string, unknown>): [string, unknown][] {
  return Object.keys(map)
    .filter((key) => !BOOKKEEPING.has(key))
    .sort()
    .map((key) => [key, plain(map[key])]);
}

export async function graphChecksum(driver?: Driver): Promise<GraphChecksum> {
  return read(async (tx) => {
    const nodes = await tx.run(
      `MATCH (n) WHERE n:Actor OR n:Topic OR n:Source
       RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id, labels(n)[0]`,
    );
    const stances = await tx.run(
      `MATCH (a)-[r]->(b) WHERE r.polarity IS NOT NULL
       RETURN a.id AS from, type(r) AS kind, b.id AS to, properties(r) AS props ORDER BY r.id, a.id, b.id, type(r)`,
    );
    const nodeRows = nodes.records.map((r) => [[...(r.get('labels') as string[])].sort(), properties(r.get('props') as Record<string, unknown>)]);
    const stanceRows = stances.records.map((r) => [r.get('from'), r.get('kind'), r.get('to'), properties(r.get('props') as Record<string, unknown>)]);
    const count = (label: string) => nodeRows.filter(([labels]) => (labels as string[]).includes(label)).length;
    return {
      actors: count('Actor'),
      topics: count('Topic'),
      sources: count('Source'),
      stances: stanceRows.length,
      checksum: createHash('sha256').update(JSON.stringify([nodeRows, stanceRows])).digest('hex'),
    };
  }, { driver });
}

/** Every node and relationship, counted: the quick "nothing was written" check. */
export async function graphCounts(driver?: Driver): Promise<{ nodes: number; relationships: number }> {
  return read(async (tx) => {
    const result = await tx.run(
      `CALL () { MATCH (n) RETURN count(n) AS nodes }
       CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
       RETURN nodes, relationships`,
    );
    const record = result.records[0];
    return { nodes: record?.get('nodes').toNumber() ?? 0, relationships: record?.get('relationships').toNumber() ?? 0 };
  }, { driver });
}
