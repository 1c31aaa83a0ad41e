/**
 * Snapshot ids are kept only as a SHA-256 (`idHash`): the public read-only console queries the
 * same database, and Neo4j Community cannot hide a label from it, so a stored id would be readable
 * by anyone, and an id is the capability to view. Snapshots saved before this (with `id` and the id
 * inside `payload`) are rewritten here, once, when the server starts (graph/datasets/startup.ts), before
 * the console can read them.
 */
import { createHash } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { transactions } from '@/graph/db/driver';

const { read, write } = transactions('snapshot');

/** How many old snapshots one write transaction rewrites (payloads can be megabytes each). */
const BATCH = 50;

/** What is stored in place of a snapshot id. Unsalted is enough: ids are 144 random bits, not guessable. */
export function snapshotIdHash(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}

/** An old payload without its `id`; text that is not a JSON object just loses every copy of the id. */
export function payloadWithoutId(payload: string, id: string): string {
  try {
    const parsed: unknown = JSON.parse(payload);
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
      const rest: Record<string, unknown> = { ...(parsed as Record<string, unknown>) };
      delete rest.id;
      return JSON.stringify(rest);
    }
  } catch {
    // Not JSON (a hand-edited node): fall through to the plain removal below.
  }
  return payload.split(id).join('');
}

/**
 * For every snapshot of ours (a `(:Snapshot)` with a payload and a delete-token hash, so a user's
 * own nodes that share the label are never touched) that still has an `id`: sets `idHash`, rewrites `payload` (and its
 * `bytes`) without the id, and removes `id`. Idempotent: a second run finds nothing to do.
 * Returns how many snapshots it rewrote.
 */
export async function migratePlaintextSnapshotIds(): Promise<number> {
  let migrated = 0;
  for (;;) {
    const done = await write(async (tx) => {
      const result = await tx.run(
        'MATCH (s:Snapshot) WHERE s.id IS NOT NULL AND s.payload IS NOT NULL AND s.deleteTokenHash IS NOT NULL RETURN elementId(s) AS node, toString(s.id) AS id, s.payload AS payload LIMIT $batch',
        { batch: neo4j.int(BATCH) },
      );
      const rows = result.records.map((r) => {
        const id = String(r.get('id'));
        const old: unknown = r.get('payload');
        const payload = typeof old === 'string' ? payloadWithoutId(old, id) : null;
        return { node: String(r.get('node')), idHash: snapshotIdHash(id), payload, bytes: payload === null ? null : Buffer.byteLength(payload) };
      });
      await tx.run(
        `UNWIND $rows AS row MATCH (s:Snapshot) WHERE elementId(s) = row.node
         SET s.idHash = row.idHash, s.payload = coalesce(row.payload, s.payload), s.bytes = coalesce(row.bytes, s.bytes)
         REMOVE s.id`,
        { rows },
      );
      return rows.length;
    });
    migrated += done;
    if (done < BATCH) return migrated;
  }
}

/** Whether any snapshot of ours still holds its id in plain text (read-only). */
export async function hasPlaintextSnapshotIds(): Promise<boolean> {
  return read(async (tx) => {
    const result = await tx.run('MATCH (s:Snapshot) WHERE s.id IS NOT NULL AND s.payload IS NOT NULL AND s.deleteTokenHash IS NOT NULL RETURN count(s) > 0 AS any');
    return result.records[0]?.get('any') === true;
  });
}
