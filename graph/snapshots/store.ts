/**
 * Snapshots: a frozen view (elements with positions, viewport, selection, note) saved as an
 * immutable `(:Snapshot)` node. The id is the capability to view, so only its SHA-256 (`idHash`) is
 * stored, never the id itself, not even inside `payload`: the public console reads this database
 * (graph/snapshots/idMigration.ts). A separate delete token is handed out once and only its SHA-256 is
 * kept, compared in constant time. All snapshots together stay under SNAPSHOT_MAX_TOTAL_BYTES
 * (507 beyond), since anyone may create them.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { getEnv } from '@/graph/db/env';
import { transactions } from '@/graph/db/driver';
import { ApiError } from '@/graph/http/errors';
import { toJson } from '@/graph/db/boltMappings';
import { withFrozenEvidence } from '@/graph/snapshots/evidence';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { liveFingerprint, snapshotChanges } from '@/graph/snapshots/changes';
import { snapshotIdHash } from '@/graph/snapshots/idMigration';
import { Snapshot, SnapshotId, SnapshotListItem, type SnapshotSummary, type SnapshotCreated, type SnapshotInput, type SnapshotList, type SnapshotResponse } from '@/graph/snapshots/snapshotTypes';

const { read, write } = transactions('snapshot');

export * from '@/graph/snapshots/snapshotTypes';

/** 18 random bytes = 144 bits, 24 URL-safe characters. */
const ID_BYTES = 18;
const TOKEN_BYTES = 32;

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

export function snapshotUrl(id: string): string {
  return `/s/${id}`;
}

/**
 * A fingerprint of every data set's version (a reload or a browser edit moves one on): a snapshot
 * keeps it, and a different one later means the data changed since. With a single data set it is
 * that data set's version itself, as snapshots saved before there were several recorded.
 */
export async function currentDatasetVersion(): Promise<string | null> {
  return read(async (tx) => {
    const result = await tx.run('MATCH (d:Dataset) RETURN d.id AS id, d.version AS version ORDER BY d.id');
    const versions = result.records.map((r) => `${String(r.get('id'))}:${String(r.get('version') ?? '')}`);
    if (versions.length === 0) return null;
    if (versions.length === 1) {
      const version = result.records[0]?.get('version');
      return typeof version === 'string' ? version : null;
    }
    return createHash('sha256').update(versions.join('\n')).digest('hex').slice(0, 16);
  });
}

/** Stores a validated snapshot; returns its id and the delete token (the only time it is shown). */
export async function createSnapshot(input: SnapshotInput): Promise<SnapshotCreated> {
  const id = randomBytes(ID_BYTES).toString('base64url');
  const deleteToken = randomBytes(TOKEN_BYTES).toString('base64url');
  // Every element is rebuilt from the database: nothing a client says about the data is stored.
  const elements = await withFrozenEvidence(input.elements);
  // Stored without its id; readSnapshot() puts back the id it was asked for.
  const stored: Omit<Snapshot, 'id'> = { ...input, elements, datasetVersion: await currentDatasetVersion(), createdAt: new Date().toISOString() };
  const snapshot: Snapshot = { ...stored, id };
  const payload = JSON.stringify(stored);
  const maxBytes = getEnv().SNAPSHOT_MAX_BYTES;
  const bytes = Buffer.byteLength(payload);
  if (bytes > maxBytes) {
    // The request fitted, the evidence frozen into it does not: the same limit, said of the snapshot.
    throw new ApiError(413, 'TooLarge', `The snapshot with its evidence is ${bytes} bytes; the limit is ${maxBytes} bytes. Share a smaller view.`, { bytes, maxBytes });
  }
  const fingerprint = await liveFingerprint(snapshot.elements);
  const summary: SnapshotSummary = {
    id,
    title: snapshot.title,
    createdAt: snapshot.createdAt,
    nodeCount: snapshot.elements.nodes.length,
    edgeCount: snapshot.elements.edges.length,
    bytes: Buffer.byteLength(payload),
  };
  const maxTotalBytes = getEnv().SNAPSHOT_MAX_TOTAL_BYTES;
  await write(async (tx) => {
    // Check and write in one transaction, holding the store's lock, so concurrent creates cannot overshoot.
    const used = await lockedBytesInUse(tx);
    if (used + summary.bytes > maxTotalBytes) throw storageFull(used, summary.bytes, maxTotalBytes);
    await tx.run(
      `CREATE (s:Snapshot {idHash: $idHash, payload: $payload, deleteTokenHash: $hash, createdAt: datetime($createdAt), title: $title,
                           nodeCount: $nodeCount, edgeCount: $edgeCount, bytes: $bytes, fingerprint: $fingerprint})`,
      // The id itself is never sent to Neo4j, not even as an unused parameter (SHOW TRANSACTIONS lists parameters).
      { idHash: snapshotIdHash(id), payload, hash: sha256(deleteToken).toString('hex'), createdAt: summary.createdAt, title: summary.title,
        nodeCount: summary.nodeCount, edgeCount: summary.edgeCount, bytes: summary.bytes, fingerprint },
    );
  });
  return { id, url: snapshotUrl(id), deleteToken, snapshot: summary };
}

/**
 * Snapshot creates serialise on one `(:SnapshotStore)` node: setting a property on it takes its
 * write lock, held until the transaction ends, so a second create reads the total only after the
 * first has committed or rolled back. Its uniqueness constraint (graph/db/migrations.ts) keeps
 * concurrent MERGEs from making two.
 */
/** Locks the store, then sums the bytes of every stored snapshot (the payload's length for any saved without `bytes`). */
async function lockedBytesInUse(tx: ManagedTransaction): Promise<number> {
  await tx.run("MERGE (q:SnapshotStore {id: 'snapshots'}) SET q.lockedAt = datetime()");
  const result = await tx.run('MATCH (s:Snapshot) RETURN sum(coalesce(s.bytes, size(s.payload))) AS used');
  return Number(result.records[0]?.get('used') ?? 0);
}

function storageFull(used: number, bytes: number, maxTotalBytes: number): ApiError {
  return new ApiError(
    507,
    'StorageFull',
    `Snapshot storage is full: ${used} of ${maxTotalBytes} bytes are in use and this snapshot needs ${bytes}. Delete snapshots you no longer need, or ask the operator to raise SNAPSHOT_MAX_TOTAL_BYTES.`,
    { usedBytes: used, snapshotBytes: bytes, maxTotalBytes },
  );
}

export interface StoredSnapshot {
  snapshot: Snapshot;
  /** liveFingerprint() of the frozen elements when the snapshot was made. */
  fingerprint: string;
}

/** The stored snapshot, or a 404 ApiError. */
export async function readSnapshot(id: string): Promise<StoredSnapshot> {
  if (!SnapshotId.safeParse(id).success) throw notFound();
  const row = await read(async (tx) => {
    const result = await tx.run('MATCH (s:Snapshot {idHash: $idHash}) RETURN s.payload AS payload, s.fingerprint AS fingerprint', { idHash: snapshotIdHash(id) });
    return result.records[0];
  });
  if (!row) throw notFound();
  // Stored payloads were validated on the way in; parsing again guards against hand-edited nodes.
  // The payload holds no id: the one asked for is the one that matched the hash.
  const snapshot = Snapshot.parse({ ...(JSON.parse(String(row.get('payload'))) as object), id });
  return { snapshot, fingerprint: String(row.get('fingerprint') ?? '') };
}

/** A snapshot with what has changed in the live data since it was taken. */
export async function getSnapshot(id: string): Promise<SnapshotResponse> {
  const [{ snapshot, fingerprint }, datasetVersion] = await Promise.all([readSnapshot(id), currentDatasetVersion()]);
  const changes = await snapshotChanges(snapshot, fingerprint, datasetVersion);
  return { snapshot, changes };
}

/** Deletes a snapshot when `token` matches its delete token: 404 unknown id, 401 no token, 403 wrong token. */
export async function deleteSnapshot(id: string, token: string | undefined): Promise<{ deleted: string }> {
  if (!SnapshotId.safeParse(id).success) throw notFound();
  const idHash = snapshotIdHash(id);
  return write(async (tx) => {
    const result = await tx.run('MATCH (s:Snapshot {idHash: $idHash}) RETURN s.deleteTokenHash AS hash', { idHash });
    const stored = result.records[0]?.get('hash');
    if (typeof stored !== 'string') throw notFound();
    if (!token) throw new ApiError(401, 'Unauthorized', 'Deleting a snapshot needs its delete token (Authorization: Bearer <token> or X-Delete-Token).');
    const expected = Buffer.from(stored, 'hex');
    if (expected.length !== 32 || !timingSafeEqual(expected, sha256(token))) {
      throw new ApiError(403, 'Forbidden', 'That delete token does not belong to this snapshot.');
    }
    await tx.run('MATCH (s:Snapshot {idHash: $idHash}) DELETE s', { idHash });
    return { deleted: id };
  });
}

/** The most recent snapshots, newest first, without their ids (see SnapshotListItem). */
export async function listSnapshots(limit = 50): Promise<SnapshotList> {
  return read(async (tx) => {
    const result = await tx.run(
      `MATCH (s:Snapshot) RETURN s.title AS title, toString(s.createdAt) AS createdAt,
              s.nodeCount AS nodeCount, s.edgeCount AS edgeCount, s.bytes AS bytes
       ORDER BY s.createdAt DESC LIMIT $limit`,
      { limit: neo4j.int(Math.max(1, Math.min(500, Math.trunc(limit)))) },
    );
    return {
      snapshots: result.records.map((r) =>
        SnapshotListItem.parse(Object.fromEntries(r.keys.map((k) => [String(k), toJson(r.get(k))]))),
      ),
    };
  });
}

function notFound(): ApiError {
  return new ApiError(404, 'NotFound', 'There is no snapshot with this id (it may have been deleted).');
}
