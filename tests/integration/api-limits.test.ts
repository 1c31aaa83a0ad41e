/**
 * The limits on what anonymous clients can make the server do, over real HTTP against the real
 * Neo4j: per-client rate limits (429 + Retry-After), the instance-wide snapshot storage cap (507,
 * never overshot, even by concurrent creates), and the bound on console queries running at once
 * (503 + Retry-After). Refused requests leave nothing behind.
 */
import { closeDriver, transactions } from '@/graph/db/driver';
import { ErrorBody } from '@/graph/model/errorBody';
import type { SnapshotRequest } from '@/graph/snapshots/store';
import { seedApiData } from '@/tests/integration/api-seed';
import { serveApiRoutes, type ApiRouteServer } from '@/tests/support/apiRouteServer';
import * as cypherRoute from '@/pages/api/cypher';
import * as listRoute from '@/pages/api/snapshots/index';
import * as itemRoute from '@/pages/api/snapshots/[id]';

const { read } = transactions('test');

let server: ApiRouteServer;

const LIMIT_VARS = ['RATE_LIMIT_SNAPSHOTS_PER_MINUTE', 'RATE_LIMIT_CYPHER_PER_MINUTE', 'TRUST_PROXY', 'SNAPSHOT_MAX_TOTAL_BYTES', 'CYPHER_MAX_CONCURRENT', 'CYPHER_QUEUE_WAIT_MS', 'CYPHER_TIMEOUT_MS'];
const saved = Object.fromEntries(LIMIT_VARS.map((name) => [name, process.env[name]]));

/** Sets the limits for one test; the rest keep their defaults (integration globalSetup raises the rate limits). */
function limits(values: Record<string, string>): void {
  for (const name of LIMIT_VARS) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  Object.assign(process.env, values);
}

/** A small snapshot whose stored size is the same every time (fixed-length title, id and timestamp). */
function snapshot(title: string): SnapshotRequest {
  return { title: title.padEnd(24, '.'), origin: { kind: 'explorer', view: {} }, elements: { nodes: [], edges: [] }, viewport: { zoom: 1, pan: { x: 0, y: 0 } }, layout: 'preset', styleVersion: 'limits' };
}

function postSnapshot(body: SnapshotRequest, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.url}/api/snapshots`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

function postCypher(query: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, connect: false }) });
}

async function errorOf(response: Response): Promise<ErrorBody['error']> {
  return ErrorBody.parse(await response.json()).error;
}

const stored = () =>
  read(async (tx) => {
    const record = (await tx.run('MATCH (s:Snapshot) RETURN count(s) AS count, sum(s.bytes) AS bytes, collect(s.title) AS titles')).records[0];
    return { count: Number(record?.get('count')), bytes: Number(record?.get('bytes')), titles: record?.get('titles') as string[] };
  });

beforeAll(async () => {
  await seedApiData();
  server = await serveApiRoutes([
    { pattern: /^\/api\/cypher$/, module: cypherRoute },
    { pattern: /^\/api\/snapshots$/, module: listRoute },
    { pattern: /^\/api\/snapshots\/(?<id>[^/]+)$/, module: itemRoute },
  ]);
});
afterAll(async () => {
  limits({});
  await server.close();
  await closeDriver();
});

describe('per-client rate limits', () => {
  it('answers the 4th snapshot in a minute 429 with Retry-After, stores only the first 3, and leaves other clients alone', async () => {
    // Behind one trusted proxy, X-Forwarded-For names the client.
    limits({ RATE_LIMIT_SNAPSHOTS_PER_MINUTE: '3', TRUST_PROXY: '1' });
    const client = { 'x-forwarded-for': '198.51.100.10' };
    const before = await stored();
    for (let i = 0; i < 3; i++) expect((await postSnapshot(snapshot(`rate ${i}`), client)).status).toBe(201);
    const refused = await postSnapshot(snapshot('rate refused'), client);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
    const error = await errorOf(refused);
    expect(error).toMatchObject({ code: 'TooManyRequests', details: { retryAfterSeconds: retryAfter } });
    expect(error.message).toMatch(/limit is 3 a minute per client/);
    const after = await stored();
    expect(after.count).toBe(before.count + 3);
    expect(after.titles.filter((t) => t.startsWith('rate refused'))).toEqual([]);
    // Reading is not limited, and another client has its own budget.
    expect((await fetch(`${server.url}/api/snapshots`)).status).toBe(200);
    expect((await postSnapshot(snapshot('rate other'), { 'x-forwarded-for': '198.51.100.11' })).status).toBe(201);
  });

  it('answers the console 429 with Retry-After past its budget, and an untrusted X-Forwarded-For buys no fresh budget', async () => {
    limits({ RATE_LIMIT_CYPHER_PER_MINUTE: '5' });
    for (let i = 0; i < 5; i++) {
      const answer = await postCypher(`RETURN ${i} AS i`, { 'x-forwarded-for': `203.0.113.${i}` });
      expect(answer.status).toBe(200);
    }
    const refused = await postCypher('RETURN 5 AS i', { 'x-forwarded-for': '203.0.113.99' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await errorOf(refused)).code).toBe('TooManyRequests');
  });
});

describe('snapshot storage cap (SNAPSHOT_MAX_TOTAL_BYTES)', () => {
  /** The stored size of one test snapshot, and a cap leaving room for exactly `room` more. */
  async function capFor(room: number): Promise<{ size: number; cap: number }> {
    limits({ RATE_LIMIT_SNAPSHOTS_PER_MINUTE: '0' });
    const probe = await postSnapshot(snapshot('cap probe'));
    expect(probe.status).toBe(201);
    const size = ((await probe.json()) as { snapshot: { bytes: number } }).snapshot.bytes;
    const cap = (await stored()).bytes + Math.floor(size * (room + 0.5));
    limits({ RATE_LIMIT_SNAPSHOTS_PER_MINUTE: '0', SNAPSHOT_MAX_TOTAL_BYTES: String(cap) });
    return { size, cap };
  }

  it('creates until the store is full, then answers 507 StorageFull and writes nothing; deleting one makes room again', async () => {
    const { cap } = await capFor(3);
    const before = await stored();
    const created: { id: string; deleteToken: string }[] = [];
    let refused: Response | undefined;
    for (let i = 0; i < 10 && !refused; i++) {
      const answer = await postSnapshot(snapshot(`cap ${i}`));
      if (answer.status === 201) created.push((await answer.json()) as { id: string; deleteToken: string });
      else refused = answer;
    }
    expect(created).toHaveLength(3);
    expect(refused?.status).toBe(507);
    const error = await errorOf(refused!);
    expect(error.code).toBe('StorageFull');
    expect(error.message).toMatch(/Snapshot storage is full/);
    expect(error.details).toMatchObject({ maxTotalBytes: cap });
    const after = await stored();
    expect(after.count).toBe(before.count + 3);
    expect(after.bytes).toBeLessThanOrEqual(cap);
    expect(after.titles.filter((t) => t.startsWith('cap 3'))).toEqual([]);

    const deleted = await fetch(`${server.url}/api/snapshots/${created[0]!.id}`, { method: 'DELETE', headers: { 'x-delete-token': created[0]!.deleteToken } });
    expect(deleted.status).toBe(200);
    expect((await postSnapshot(snapshot('cap after delete'))).status).toBe(201);
    expect((await postSnapshot(snapshot('cap full again'))).status).toBe(507);
  });

  it('never overshoots when creates arrive at once: exactly as many as fit are stored, the rest get 507', async () => {
    const { cap } = await capFor(3);
    const before = await stored();
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => postSnapshot(snapshot(`race ${i}`))));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([201, 201, 201, 507, 507, 507, 507, 507]);
    const after = await stored();
    expect(after.count).toBe(before.count + 3);
    expect(after.bytes).toBeLessThanOrEqual(cap);
    expect(after.titles.filter((t) => t.startsWith('race'))).toHaveLength(3);
  });
});

describe('console queries running at once (CYPHER_MAX_CONCURRENT)', () => {
  const MARKER = 'slowConsoleQuery';
  /** A read-only query that keeps Neo4j busy for a while, all of it in one small row. */
  const slowQuery = (n: number) => `UNWIND range(1, ${n}) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS ${MARKER}`;
  let slow = '';

  /**
   * Grows the query until a warm run (planned and compiled already) takes at least a second on
   * this machine, ten times the 100 ms a waiter waits below, so the outcome does not hang on speed.
   */
  beforeAll(async () => {
    limits({ CYPHER_TIMEOUT_MS: '30000' });
    for (let n = 1_000_000; n <= 256_000_000; n *= 2) {
      expect((await postCypher(slowQuery(n))).status).toBe(200);
      const started = Date.now();
      expect((await postCypher(slowQuery(n))).status).toBe(200);
      slow = slowQuery(n);
      if (Date.now() - started >= 1000) return;
    }
    throw new Error('Could not find a query slow enough to hold a slot');
  }, 180_000);

  /** Console transactions Neo4j holds right now, found by the metadata the app tags them with (not by their text). */
  const runningConsoleQueries = () =>
    read(async (tx) => {
      const result = await tx.run("SHOW TRANSACTIONS YIELD metaData WHERE metaData.app = 'stance-graph' AND metaData.kind = 'console' RETURN count(*) AS n");
      return Number(result.records[0]?.get('n'));
    });

  it('runs as many as the bound; further ones wait CYPHER_QUEUE_WAIT_MS, then get 503 Busy with Retry-After', async () => {
    // A slow query takes over a second; the others give up after 100 ms, long before a slot frees.
    limits({ CYPHER_MAX_CONCURRENT: '2', CYPHER_QUEUE_WAIT_MS: '100', CYPHER_TIMEOUT_MS: '30000' });
    const answers = await Promise.all(Array.from({ length: 5 }, () => postCypher(slow)));
    const ok = answers.filter((a) => a.status === 200);
    const busy = answers.filter((a) => a.status === 503);
    expect(ok).toHaveLength(2);
    expect(busy).toHaveLength(3);
    for (const answer of busy) {
      expect(answer.headers.get('retry-after')).toBe('30');
      const error = await errorOf(answer);
      expect(error.code).toBe('Busy');
      expect(error.message).toMatch(/already running 2 queries at once/);
    }
    for (const answer of ok) expect(((await answer.json()) as { rows: unknown[] }).rows).toHaveLength(1);
    expect(await runningConsoleQueries()).toBe(0);
  }, 120_000);

  it('lets waiting queries run as slots free, never more than the bound inside Neo4j at once', async () => {
    limits({ CYPHER_MAX_CONCURRENT: '2', CYPHER_QUEUE_WAIT_MS: '60000', CYPHER_TIMEOUT_MS: '30000' });
    let done = false;
    const seen: number[] = [];
    const watch = (async () => {
      while (!done) {
        seen.push(await runningConsoleQueries());
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const answers = await Promise.all(Array.from({ length: 3 }, () => postCypher(slow)));
    done = true;
    await watch;
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(Math.max(...seen)).toBe(2);
  }, 120_000);
});
