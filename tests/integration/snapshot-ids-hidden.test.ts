/**
 * A snapshot's id is the capability to view it, and the public console (/api/cypher) reads the
 * same Neo4j: only a hash of the id may be stored. Against the real Neo4j: snapshots saved the
 * old way (plaintext `id`, id inside `payload`) are rewritten once and still served by id; new
 * ones never store the id; and no console query can read an id back.
 */
import { randomBytes, createHash } from 'node:crypto';
import { closeDriver, transactions } from '@/graph/db/driver';
import { recordsToGraph } from '@/graph/db/boltMappings';
import { toElements } from '@/graph/model/elements';
import { liveFingerprint } from '@/graph/snapshots/changes';
import { migratePlaintextSnapshotIds, snapshotIdHash } from '@/graph/snapshots/idMigration';
import { prepareDatabase } from '@/graph/datasets/startup';
import { currentDatasetVersion, SnapshotInput, type SnapshotRequest } from '@/graph/snapshots/store';
import { seedApiData } from '@/tests/integration/api-seed';
import { callRoute } from '@/tests/support/callRoute';
import { serveApiRoutes, type ApiRouteServer } from '@/tests/support/apiRouteServer';
import { SNAPSHOT_ROUTES } from '@/tests/support/snapshotRoutes';
import cypherRoute from '@/pages/api/cypher';

const { read, write } = transactions('test');

let server: ApiRouteServer;

async function request(title: string): Promise<SnapshotRequest> {
  const records = await read(async (tx) => (await tx.run("MATCH (m:Actor {id: 'nicolas-maduro'})-[s]-(o) RETURN m, s, o LIMIT 6")).records);
  const elements = toElements(recordsToGraph(records).graph, new Map());
  return {
    title,
    origin: { kind: 'explorer', view: { focus: 'nicolas-maduro' } },
    elements: { ...elements, nodes: elements.nodes.map((n, i) => ({ ...n, position: { x: i * 50, y: 0 } })) },
    viewport: { zoom: 1, pan: { x: 0, y: 0 } },
    layout: 'preset',
    styleVersion: 'test-style-1',
  };
}

/** A snapshot written exactly as graph/snapshots/store.ts wrote them up to commit 018e931 (plaintext id, id inside payload). */
async function writeOldStyleSnapshot(title: string): Promise<{ id: string; deleteToken: string }> {
  const id = randomBytes(18).toString('base64url');
  const deleteToken = randomBytes(32).toString('base64url');
  const input = SnapshotInput.parse(await request(title));
  const snapshot = { ...input, id, datasetVersion: await currentDatasetVersion(), createdAt: new Date().toISOString() };
  const payload = JSON.stringify(snapshot);
  const fingerprint = await liveFingerprint(snapshot.elements);
  await write((tx) =>
    tx.run(
      `CREATE (s:Snapshot {id: $id, payload: $payload, deleteTokenHash: $hash, createdAt: datetime($createdAt), title: $title,
                           nodeCount: $nodeCount, edgeCount: $edgeCount, bytes: $bytes, fingerprint: $fingerprint})`,
      {
        id,
        payload,
        hash: createHash('sha256').update(deleteToken).digest('hex'),
        createdAt: snapshot.createdAt,
        title,
        nodeCount: snapshot.elements.nodes.length,
        edgeCount: snapshot.elements.edges.length,
        bytes: Buffer.byteLength(payload),
        fingerprint,
      },
    ),
  );
  return { id, deleteToken };
}

/** Every Snapshot node's properties, in a stable order. */
async function storedSnapshots(): Promise<Record<string, unknown>[]> {
  return read(async (tx) => {
    const result = await tx.run('MATCH (s:Snapshot) RETURN properties(s) AS p ORDER BY s.idHash, s.title');
    return result.records.map((r) => r.get('p') as Record<string, unknown>);
  });
}

async function storedByIdHash(id: string): Promise<Record<string, unknown> | undefined> {
  const result = await read((tx) => tx.run('MATCH (s:Snapshot {idHash: $idHash}) RETURN properties(s) AS p', { idHash: snapshotIdHash(id) }));
  return result.records[0]?.get('p') as Record<string, unknown> | undefined;
}

async function constraintNames(): Promise<string[]> {
  const result = await read((tx) => tx.run('SHOW CONSTRAINTS YIELD name RETURN name'));
  return result.records.map((r) => String(r.get('name')));
}

/** The console's answer, as JSON text, as anyone on the internet could get it. */
async function consoleAnswer(query: string): Promise<string> {
  const answer = await callRoute(cypherRoute, { method: 'POST', body: { query } });
  expect(answer.status).toBe(200);
  return JSON.stringify(answer.body);
}

const itemUrl = (id: string) => `${server.url}/api/snapshots/${id}`;

describe('snapshot ids are stored only as hashes (graph/snapshots/store, graph/snapshots/idMigration)', () => {
  let old: { id: string; deleteToken: string };

  beforeAll(async () => {
    await seedApiData();
    // Runs in band: earlier suites' snapshots go, so `MATCH (n) RETURN n` stays under the console's row cap.
    await write((tx) => tx.run('MATCH (s:Snapshot) DELETE s'));
    // The database as the old code left it: its constraint on the plaintext id, and an old-style snapshot.
    await write((tx) => tx.run('DROP CONSTRAINT snapshot_id_hash IF EXISTS'));
    await write((tx) => tx.run('CREATE CONSTRAINT snapshot_id IF NOT EXISTS FOR (s:Snapshot) REQUIRE s.id IS UNIQUE'));
    old = await writeOldStyleSnapshot('Saved before ids were hashed');
    server = await serveApiRoutes(SNAPSHOT_ROUTES);
  });
  afterAll(async () => {
    await server.close();
    await write((tx) => tx.run('MATCH (s:Snapshot) DELETE s'));
    await closeDriver();
  });

  /** The old-style snapshot again when an earlier test (or none: run alone) has migrated or deleted it. */
  async function oldStyleAgain(): Promise<void> {
    if (!(await storedSnapshots()).some((s) => s.id === old.id)) old = await writeOldStyleSnapshot('Saved before ids were hashed');
  }
  /** The old-style snapshot as the first test leaves it: migrated at a server start. */
  async function oldMigrated(): Promise<void> {
    if (await storedByIdHash(old.id)) return;
    await oldStyleAgain();
    await prepareDatabase();
  }

  it('rewrites an old-style snapshot when the server starts: served by its id, with no plaintext id left', async () => {
    await oldStyleAgain();
    const before = (await storedSnapshots()).find((s) => s.id === old.id);
    expect(before?.id).toBe(old.id);
    expect(String(before?.payload)).toContain(old.id);

    // What instrumentation.ts runs when the server starts, before its first request.
    expect(await prepareDatabase()).toMatchObject({ schema: true, snapshotsMigrated: 1 });
    const response = await fetch(itemUrl(old.id));
    expect(response.status).toBe(200);
    const { snapshot, changes } = await response.json();
    expect(snapshot.id).toBe(old.id);
    expect(snapshot.title).toBe('Saved before ids were hashed');
    expect(snapshot.elements).toEqual((await request('x')).elements);
    expect(changes).toEqual({ changed: false, reasons: [] });

    const after = await storedByIdHash(old.id);
    expect(after).toBeDefined();
    expect(after).not.toHaveProperty('id');
    expect(after?.idHash).toBe(createHash('sha256').update(old.id).digest('hex'));
    expect(JSON.stringify(after)).not.toContain(old.id);
    expect(JSON.parse(String(after?.payload))).not.toHaveProperty('id');
    expect(after?.bytes).toBe(Buffer.byteLength(String(after?.payload)));
    expect(after?.deleteTokenHash).toBe(before?.deleteTokenHash);

    const constraints = await constraintNames();
    expect(constraints).toContain('snapshot_id_hash');
    expect(constraints).not.toContain('snapshot_id');
  });

  it('migrates only once: running the migration again changes nothing', async () => {
    await oldMigrated();
    const before = await storedSnapshots();
    expect(before.length).toBeGreaterThan(0);
    expect(await migratePlaintextSnapshotIds()).toBe(0);
    expect(await migratePlaintextSnapshotIds()).toBe(0);
    expect(await storedSnapshots()).toEqual(before);
  });

  it('stores a new snapshot without its id, and no console query can read any id back', async () => {
    await oldMigrated();
    const response = await fetch(`${server.url}/api/snapshots`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(await request('Saved with a hashed id')),
    });
    expect(response.status).toBe(201);
    const created = (await response.json()) as { id: string; deleteToken: string };
    const stored = await storedByIdHash(created.id);
    expect(stored).toBeDefined();
    expect(stored).not.toHaveProperty('id');
    expect(JSON.stringify(stored)).not.toContain(created.id);

    for (const query of ['MATCH (n:Snapshot) RETURN n', 'MATCH (n) RETURN n', 'MATCH (s:Snapshot) RETURN s.payload, properties(s)']) {
      const answer = await consoleAnswer(query);
      // The snapshots are in the answer (so the check below means something)...
      expect(answer).toContain('Saved with a hashed id');
      expect(answer).toContain('Saved before ids were hashed');
      // ...but neither id is.
      expect(answer).not.toContain(created.id);
      expect(answer).not.toContain(old.id);
    }

    // The ids still open both, and the delete tokens still delete them.
    for (const { id, deleteToken } of [created, old]) {
      expect((await fetch(itemUrl(id))).status).toBe(200);
      const deleted = await fetch(itemUrl(id), { method: 'DELETE', headers: { authorization: `Bearer ${deleteToken}` } });
      expect(deleted.status).toBe(200);
      expect(await deleted.json()).toEqual({ deleted: id });
      expect((await fetch(itemUrl(id))).status).toBe(404);
    }
    expect(await storedSnapshots()).toEqual([]);
  });

  it('migrates old snapshots when the server starts, so even a console-first visit cannot read an id', async () => {
    const legacy = await writeOldStyleSnapshot('Saved long ago, first seen by the console');
    // A restarted server: its start-up, then a console query before any snapshot request.
    expect((await prepareDatabase()).snapshotsMigrated).toBeGreaterThanOrEqual(1);
    const answer = await callRoute(cypherRoute, { method: 'POST', body: { query: 'MATCH (s:Snapshot) RETURN s, properties(s)' } });
    expect(answer.status).toBe(200);
    const text = JSON.stringify(answer.body);
    expect(text).toContain('Saved long ago, first seen by the console');
    expect(text).not.toContain(legacy.id);
    expect((await fetch(itemUrl(legacy.id))).status).toBe(200);
    // Gone again, so the other tests see only their own snapshots.
    expect((await fetch(itemUrl(legacy.id), { method: 'DELETE', headers: { authorization: `Bearer ${legacy.deleteToken}` } })).status).toBe(200);
  });

  it('leaves a user\'s own nodes labelled Snapshot alone (they have no payload or delete token)', async () => {
    await write((tx) => tx.run("CREATE (:Snapshot {id: 'users-own-node', taken: 'by a camera'})"));
    expect(await migratePlaintextSnapshotIds()).toBe(0);
    const kept = await read(async (tx) => (await tx.run("MATCH (s:Snapshot {id: 'users-own-node'}) RETURN s.taken AS taken, s.idHash AS hash")).records[0]);
    expect(kept?.get('taken')).toBe('by a camera');
    expect(kept?.get('hash')).toBeNull();
    await write((tx) => tx.run("MATCH (s:Snapshot {id: 'users-own-node'}) DELETE s"));
  });
});
