/**
 * The snapshots API over HTTP against the real Neo4j: create, read, list, delete with and
 * without the token, size cap, malformed payloads, unknown ids, and the "changed since" check.
 */
import { closeDriver, transactions } from '@/graph/db/driver';
import { recordsToGraph } from '@/graph/db/boltMappings';
import { toElements, type Elements } from '@/graph/model/elements';
import { loadDataset } from '@/graph/datasets/load';
import type { SnapshotRequest } from '@/graph/snapshots/store';
import { snapshotIdHash } from '@/graph/snapshots/idMigration';
import { readDataset } from '@/graph/import/readDataset';
import { sourceLookup } from '@/graph/views/sources';
import { serveApiRoutes, type ApiRouteServer } from '@/tests/support/apiRouteServer';
import { SNAPSHOT_ROUTES } from '@/tests/support/snapshotRoutes';

const { read, write } = transactions('test');

let server: ApiRouteServer;

/** Maduro's neighbourhood as the explorer would show it, each node given a position. */
async function maduroElements(): Promise<Elements> {
  const records = await read(async (tx) => (await tx.run("MATCH (m:Actor {id: 'nicolas-maduro'})-[s]-(o) RETURN m, s, o LIMIT 12")).records);
  const graph = recordsToGraph(records).graph;
  // With each quote's source resolved, as the explorer sends it (from /api/stances).
  const cited = graph.relationships.flatMap((r) => (Array.isArray(r.properties.sourceIds) ? (r.properties.sourceIds as string[]) : []));
  const sources = await read((tx) => sourceLookup(tx, [...new Set(cited)]));
  const elements = toElements(graph, sources);
  return { ...elements, nodes: elements.nodes.map((n, i) => ({ ...n, position: { x: i * 100.5, y: (i % 3) * 80.25 } })) };
}

async function payload(overrides: Partial<SnapshotRequest> = {}): Promise<SnapshotRequest> {
  const elements = await maduroElements();
  return {
    title: 'Who backs Maduro',
    note: 'Russia and China stand out.',
    origin: { kind: 'explorer', view: { focus: 'nicolas-maduro', depth: '1' } },
    elements,
    viewport: { zoom: 1.25, pan: { x: 10, y: -20 } },
    layout: 'preset',
    selection: { group: 'edges', id: elements.edges[0]!.data.id },
    focusIds: [elements.nodes[0]!.data.id],
    styleVersion: 'test-style-1',
    ...overrides,
  };
}

async function post(body: unknown): Promise<Response> {
  return fetch(`${server.url}/api/snapshots`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

async function create(body?: SnapshotRequest) {
  const response = await post(body ?? (await payload()));
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; url: string; deleteToken: string };
}

describe('snapshots API (graph/snapshots/store)', () => {
  beforeAll(async () => {
    await loadDataset(readDataset(), { reset: true });
    server = await serveApiRoutes(SNAPSHOT_ROUTES);
  });
  afterAll(async () => {
    await server.close();
    await closeDriver();
  });

  it('creates a snapshot and reads back exactly what was saved, unchanged', async () => {
    const input = await payload();
    const created = await create(input);
    expect(created.url).toBe(`/s/${created.id}`);
    const response = await fetch(`${server.url}/api/snapshots/${created.id}`);
    expect(response.status).toBe(200);
    const { snapshot, changes } = await response.json();
    expect(snapshot.elements).toEqual(input.elements);
    expect(snapshot.viewport).toEqual(input.viewport);
    expect(snapshot.selection).toEqual(input.selection);
    expect(snapshot.focusIds).toEqual(input.focusIds);
    expect(snapshot.note).toBe(input.note);
    expect(snapshot.origin).toEqual(input.origin);
    const version = await read(async (tx) => (await tx.run('MATCH (d:Dataset) RETURN d.version AS v')).records[0]?.get('v'));
    expect(snapshot.datasetVersion).toBe(version);
    expect(Date.now() - Date.parse(snapshot.createdAt)).toBeLessThan(60_000);
    expect(changes).toEqual({ changed: false, reasons: [] });
  });

  it('freezes from the database the evidence of stances sent without it, as a script posting a graph answer does', async () => {
    const input = await payload();
    const given = (input.elements as Elements).edges;
    const edges = given.map((e) => ({ data: { ...e.data, evidence: undefined, evidenceCount: undefined, sourceCount: undefined } }));
    const response = await post({ ...input, elements: { ...(input.elements as Elements), edges } });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const { snapshot, changes } = (await (await fetch(`${server.url}/api/snapshots/${id}`)).json()) as { snapshot: { elements: Elements }; changes: unknown };
    // The same quotes and sources as the graph answer had, each source resolved (title, publisher,
    // date) so the frozen view is self-contained.
    const quotesOf = (list: Elements['edges']) => list.map((e) => e.data.evidence?.map(({ quote, sourceId }) => ({ quote, sourceId })));
    expect(quotesOf(snapshot.elements.edges)).toEqual(quotesOf(given));
    const frozen = snapshot.elements.edges.flatMap((e) => e.data.evidence ?? []);
    expect(frozen.every((item) => typeof item.source?.title === 'string' && item.source.title.length > 0)).toBe(true);
    expect(snapshot.elements.edges.map((e) => e.data.evidenceCount)).toEqual(given.map((e) => e.data.evidenceCount));
    expect(snapshot.elements.edges.some((e) => (e.data.evidence?.length ?? 0) > 0)).toBe(true);
    expect(changes).toEqual({ changed: false, reasons: [] });
  });

  it('refuses a stance sent without evidence that the database does not have, naming it, and stores nothing', async () => {
    const input = await payload();
    const count = async () => read(async (tx) => Number((await tx.run('MATCH (s:Snapshot) RETURN count(s) AS n')).records[0]?.get('n')));
    const before = await count();
    const edges = (input.elements as Elements).edges.map((e, i) => (i === 2 ? { data: { ...e.data, id: '5:not-a-stance:1', evidence: undefined } } : e));
    const response = await post({ ...input, elements: { ...(input.elements as Elements), edges } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toContain('elements.edges[2].data.id');
    expect(body.error.message).toContain('5:not-a-stance:1');
    expect(await count()).toBe(before);
  });

  it('is not changed by a stance elsewhere that moves the counts of an actor it shows', async () => {
    const created = await create();
    const url = `${server.url}/api/snapshots/${created.id}`;
    await write((tx) => tx.run("MATCH (m:Actor {id: 'nicolas-maduro'}) SET m.stanceCount = m.stanceCount + 1"));
    try {
      expect((await (await fetch(url)).json()).changes).toEqual({ changed: false, reasons: [] });
    } finally {
      await write((tx) => tx.run("MATCH (m:Actor {id: 'nicolas-maduro'}) SET m.stanceCount = m.stanceCount - 1"));
    }
  });

  it('gives unguessable ids of at least 128 bits that differ each time, and keeps only hashes of the id and the delete token', async () => {
    const a = await create();
    const b = await create();
    expect(a.id).not.toBe(b.id);
    for (const id of [a.id, b.id]) {
      expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(Buffer.from(id, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    }
    const stored = await read(async (tx) => (await tx.run('MATCH (s:Snapshot {idHash: $idHash}) RETURN properties(s) AS p', { idHash: snapshotIdHash(a.id) })).records[0]?.get('p'));
    expect(JSON.stringify(stored)).not.toContain(a.deleteToken);
    // Nor the id itself: only its hash (see tests/integration/snapshot-ids-hidden.test.ts).
    expect(stored).not.toHaveProperty('id');
    expect(JSON.stringify(stored)).not.toContain(a.id);
    expect(stored.deleteTokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('lists recent snapshots with their counts, but not their ids (an id is the capability to view)', async () => {
    const input = await payload({ title: 'Listed one' });
    const created = await create(input);
    const response = await fetch(`${server.url}/api/snapshots?limit=5`);
    expect(response.status).toBe(200);
    const { snapshots } = await response.json();
    expect(snapshots[0]).toMatchObject({ title: 'Listed one', nodeCount: input.elements.nodes.length, edgeCount: input.elements.edges.length });
    expect(snapshots[0]).not.toHaveProperty('id');
    expect(JSON.stringify(snapshots)).not.toContain(created.id);
    expect(snapshots.length).toBeLessThanOrEqual(5);
  });

  it('deletes only with the right token: 401 without, 403 with a wrong one, then 404', async () => {
    const created = await create();
    const url = `${server.url}/api/snapshots/${created.id}`;
    const without = await fetch(url, { method: 'DELETE' });
    expect(without.status).toBe(401);
    const wrong = await fetch(url, { method: 'DELETE', headers: { authorization: `Bearer ${created.deleteToken.slice(1)}x` } });
    expect(wrong.status).toBe(403);
    expect((await wrong.json()).error.code).toBe('Forbidden');
    expect((await fetch(url)).status).toBe(200);
    const right = await fetch(url, { method: 'DELETE', headers: { 'x-delete-token': created.deleteToken } });
    expect(right.status).toBe(200);
    expect((await fetch(url)).status).toBe(404);
    expect((await fetch(url, { method: 'DELETE', headers: { authorization: `Bearer ${created.deleteToken}` } })).status).toBe(404);
  });

  it('accepts the token as Authorization: Bearer too', async () => {
    const created = await create();
    const response = await fetch(`${server.url}/api/snapshots/${created.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${created.deleteToken}` } });
    expect(response.status).toBe(200);
  });

  it('answers 404 with a JSON message for unknown or malformed ids', async () => {
    for (const id of ['AAAAAAAAAAAAAAAAAAAAAAAA', 'nope', '..%2F..%2Fetc']) {
      const response = await fetch(`${server.url}/api/snapshots/${id}`);
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe('NotFound');
    }
  });

  it('refuses a body above SNAPSHOT_MAX_BYTES with 413 and a JSON message', async () => {
    const input = await payload({ note: 'x'.repeat(2_100_000) });
    const response = await post(input);
    expect(response.status).toBe(413);
    const body = await response.json();
    expect(body.error.code).toBe('TooLarge');
    expect(body.error.message).toMatch(/limit is 2000000 bytes/);
  });

  it('answers 400 naming the zod path of a bad field, and for a body that is not JSON', async () => {
    const input = await payload();
    const bad = JSON.parse(JSON.stringify(input));
    bad.elements.edges[0].data.polarity = 7;
    const response = await post(bad);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe('BadRequest');
    expect(body.error.message).toContain('elements.edges[0].data.polarity');

    const untitled = await post({ ...input, title: '' });
    expect(untitled.status).toBe(400);
    expect((await untitled.json()).error.message).toContain('title');

    const notJson = await post('{"title": ');
    expect(notJson.status).toBe(400);
  });

  it('is immutable: no method changes a stored snapshot', async () => {
    const created = await create();
    const response = await fetch(`${server.url}/api/snapshots/${created.id}`, { method: 'PUT', body: '{}' });
    expect(response.status).toBe(405);
  });

  it('flags the live data as changed when a frozen stance or node changes or disappears', async () => {
    const input = await payload();
    const created = await create(input);
    const url = `${server.url}/api/snapshots/${created.id}`;
    const edgeId = input.elements.edges[0]!.data.id;
    const before = await read(async (tx) => (await tx.run('MATCH ()-[r]->() WHERE elementId(r) = $id RETURN r.quotes AS q', { id: edgeId })).records[0]?.get('q'));
    await write((tx) => tx.run("MATCH ()-[r]->() WHERE elementId(r) = $id SET r.quotes = r.quotes + 'an added quote'", { id: edgeId }));
    const changed = await (await fetch(url)).json();
    expect(changed.changes.changed).toBe(true);
    expect(changed.changes.reasons.join(' ')).toMatch(/1 relationship has different properties/);
    expect(changed.snapshot.elements).toEqual(input.elements);

    await write((tx) => tx.run('MATCH ()-[r]->() WHERE elementId(r) = $id SET r.quotes = $q', { id: edgeId, q: before }));
    expect((await (await fetch(url)).json()).changes.changed).toBe(false);

    await write((tx) => tx.run('MATCH ()-[r]->() WHERE elementId(r) = $id DELETE r', { id: edgeId }));
    const deleted = await (await fetch(url)).json();
    expect(deleted.changes.reasons.join(' ')).toMatch(/1 relationship shown here no longer exist/);
  });

  it('flags a reseeded data set as changed', async () => {
    await loadDataset(readDataset(), { reset: true });
    const created = await create();
    const url = `${server.url}/api/snapshots/${created.id}`;
    expect((await (await fetch(url)).json()).changes.changed).toBe(false);
    await loadDataset(readDataset(), { reset: true });
    const after = await (await fetch(url)).json();
    expect(after.changes.changed).toBe(true);
  });
});
