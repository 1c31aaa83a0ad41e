/**
 * `npm run bench:api`: latency of the Graph API against the same Cypher run directly through
 * neo4j-driver, on a synthetic graph (10k actors, 100k stances) in an isolated Neo4j.
 *
 * API side: each route handler called in-process through tests/support/callRoute (zod parsing,
 * graph/ function, mapping to elements, JSON). Raw side: the very queries that call sent (recorded
 * by wrapping the transaction), replayed in one read transaction on a separate driver, records
 * only collected. For /api/cypher the raw side is the user's query alone, so the EXPLAIN safety
 * check counts as API overhead. Prints p50/p95 and the p50 ratio; nothing is asserted.
 */
import neo4j, { type Driver, type ManagedTransaction, type SessionConfig } from 'neo4j-driver';
import type { NextApiHandler } from 'next';
import { closeDriver, getDriver } from '@/graph/driver';
import { syntheticGraph, writeSyntheticGraph } from '@/scripts/syntheticGraph';
import { callRoute, type RouteCall } from '@/tests/support/callRoute';
import { pointEnvAt, startTestNeo4j } from '@/tests/support/testNeo4j';
import actorsRoute from '@/pages/api/actors/index';
import actorRoute from '@/pages/api/actors/[id]';
import graphRoute from '@/pages/api/graph';
import pathsRoute from '@/pages/api/paths';
import cypherRoute from '@/pages/api/cypher';
import schemaRoute from '@/pages/api/schema';

const ACTORS = Number(process.env.BENCH_ACTORS ?? 10_000);
const STANCES = Number(process.env.BENCH_STANCES ?? 100_000);
interface Recorded {
  query: string;
  params: Record<string, unknown>;
}
let recording: Recorded[] | null = null;

/** Wraps the app's driver so the queries a route sends can be recorded and replayed raw. */
function recordQueries(driver: Driver): void {
  const open = driver.session.bind(driver);
  driver.session = (config?: SessionConfig) => {
    const session = open(config);
    const executeRead = session.executeRead.bind(session);
    session.executeRead = ((work: (tx: ManagedTransaction) => Promise<unknown>, txConfig?: object) =>
      executeRead((tx) => {
        const run = tx.run.bind(tx);
        const spy = Object.create(tx) as ManagedTransaction;
        spy.run = ((query: string, params?: Record<string, unknown>) => {
          recording?.push({ query, params: params ?? {} });
          return run(query, params);
        }) as ManagedTransaction['run'];
        return work(spy);
      }, txConfig)) as typeof session.executeRead;
    return session;
  };
}

async function replay(driver: Driver, queries: readonly Recorded[]): Promise<void> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    await session.executeRead(async (tx) => {
      for (const { query, params } of queries) await tx.run(query, params);
    });
  } finally {
    await session.close();
  }
}

interface Case {
  name: string;
  handler: NextApiHandler;
  call: RouteCall;
  /** Raw side when it is not the recorded queries (the Cypher console's own query). */
  raw?: Recorded[];
  iterations?: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function measure(c: Case, rawDriver: Driver) {
  recording = [];
  const first = await callRoute(c.handler, c.call);
  const call: RouteCall = { ...c.call, parseAnswer: false };
  if (first.status !== 200) throw new Error(`${c.name}: status ${first.status} ${JSON.stringify(first.body)}`);
  const queries = c.raw ?? recording;
  recording = null;
  // Fast endpoints get more runs: a p50 of a few milliseconds moves by one or two between runs of 60 on 2 cores.
  const iterations = c.iterations ?? 150;
  for (let i = 0; i < 5; i++) {
    await callRoute(c.handler, call);
    await replay(rawDriver, queries);
  }
  const api: number[] = [];
  const raw: number[] = [];
  // Interleaved, so drift in the server (caches, GC) hits both sides alike.
  for (let i = 0; i < iterations; i++) {
    let t = performance.now();
    await callRoute(c.handler, call);
    api.push(performance.now() - t);
    t = performance.now();
    await replay(rawDriver, queries);
    raw.push(performance.now() - t);
  }
  api.sort((a, b) => a - b);
  raw.sort((a, b) => a - b);
  const bytes = JSON.stringify(first.body).length;
  return { name: c.name, queries: queries.length, bytes, apiP50: percentile(api, 50), apiP95: percentile(api, 95), rawP50: percentile(raw, 50), rawP95: percentile(raw, 95) };
}

async function main(): Promise<void> {
  // The benchmark wipes its database: never let it reach a server named by NEO4J_URI.
  delete process.env.NEO4J_URI;
  // Hundreds of console calls from one in-process "client": the per-minute limit would throttle them.
  process.env.RATE_LIMIT_CYPHER_PER_MINUTE = '0';
  const started = Date.now();
  const server = await startTestNeo4j('bench');
  let rawDriver: Driver | null = null;
  try {
    pointEnvAt(server);
    const auth = neo4j.auth.basic(server.user, server.password);
    rawDriver = neo4j.driver(server.uri, auth);
    console.log(`Neo4j up at ${server.uri} after ${((Date.now() - started) / 1000).toFixed(0)} s; generating ${ACTORS} actors and ${STANCES} stances...`);
    const genStart = Date.now();
    await writeSyntheticGraph(rawDriver, syntheticGraph(ACTORS, STANCES));
    console.log(`Generated in ${((Date.now() - genStart) / 1000).toFixed(0)} s.`);
    recordQueries(getDriver());

    const degrees = await rawDriver.executeQuery(
      `MATCH (a:Actor) WITH a, COUNT { (a)-[]-() } AS degree ORDER BY degree DESC
       WITH collect(a.id) AS ids RETURN ids[0] AS hub, ids[size(ids) / 4] AS typical, ids[size(ids) / 2] AS small`,
      {},
      { routing: neo4j.routing.READ },
    );
    const record = degrees.records[0];
    const hub = String(record?.get('hub'));
    const typical = String(record?.get('typical'));
    const small = String(record?.get('small'));
    const someName = (await rawDriver.executeQuery('MATCH (a:Actor {id: $id}) RETURN a.name AS name', { id: typical })).records[0]?.get('name') as string;
    const prefix = someName.split(' ')[0]?.slice(0, 4) ?? 'ma';
    const consoleQuery = 'MATCH (a:Actor)-[r:SUPPORTS]->(b:Actor) RETURN a, r, b LIMIT 200';
    const consoleTableQuery = 'MATCH (a:Actor)-[r:SUPPORTS]->(b:Actor) RETURN a.name AS actor, r.date AS since, b.name AS supports LIMIT 200';

    const cases: Case[] = [
      { name: `GET /api/actors?q=${prefix}`, handler: actorsRoute, call: { query: { q: prefix } } },
      { name: `GET /api/actors?q=${someName}`, handler: actorsRoute, call: { query: { q: someName } } },
      { name: 'GET /api/actors/[id] (typical actor)', handler: actorRoute, call: { query: { id: typical } } },
      { name: 'GET /api/actors/[id] (hub actor)', handler: actorRoute, call: { query: { id: hub } }, iterations: 30 },
      { name: 'GET /api/graph?focus=typical&depth=1', handler: graphRoute, call: { query: { focus: typical, depth: '1' } } },
      { name: 'GET /api/graph?focus=small&depth=2', handler: graphRoute, call: { query: { focus: small, depth: '2' } }, iterations: 30 },
      { name: 'GET /api/graph?limit=300 (no focus)', handler: graphRoute, call: { query: { limit: '300' } }, iterations: 20 },
      { name: 'GET /api/graph?limit=300&kinds=SUPPORTS&from=2019-03-01', handler: graphRoute, call: { query: { limit: '300', kinds: 'SUPPORTS', from: '2019-03-01' } }, iterations: 20 },
      { name: 'GET /api/paths?from=typical&to=small&max=4', handler: pathsRoute, call: { query: { from: typical, to: small, max: '4' } } },
      { name: 'POST /api/cypher (200 rows a, r, b)', handler: cypherRoute, call: { method: 'POST', body: { query: consoleQuery } }, raw: [{ query: consoleQuery, params: {} }] },
      { name: 'POST /api/cypher (200 rows of names and dates)', handler: cypherRoute, call: { method: 'POST', body: { query: consoleTableQuery } }, raw: [{ query: consoleTableQuery, params: {} }] },
      { name: 'GET /api/schema', handler: schemaRoute, call: {}, iterations: 20 },
    ];

    const rows = [];
    // BENCH_CASES=regex measures only the matching endpoints (handy while profiling one).
    const only = process.env.BENCH_CASES ? new RegExp(process.env.BENCH_CASES) : null;
    for (const c of cases.filter((x) => !only || only.test(x.name))) {
      const r = await measure(c, rawDriver);
      rows.push(r);
      console.log(`${r.name}: api p50 ${r.apiP50.toFixed(1)} ms, raw p50 ${r.rawP50.toFixed(1)} ms`);
    }
    const f = (n: number) => n.toFixed(1);
    console.log(`\n${ACTORS} actors, ${STANCES} stances; total run ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
    console.log('| endpoint | queries | response | API p50 ms | API p95 ms | raw p50 ms | raw p95 ms | p50 ratio | p50 overhead ms | target met |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|:-:|');
    for (const r of rows) {
      const overhead = r.apiP50 - r.rawP50;
      const met = r.apiP50 <= r.rawP50 * 1.2 || overhead <= 2;
      console.log(
        `| ${r.name} | ${r.queries} | ${(r.bytes / 1024).toFixed(0)} KiB | ${f(r.apiP50)} | ${f(r.apiP95)} | ${f(r.rawP50)} | ${f(r.rawP95)} | ${(r.apiP50 / r.rawP50).toFixed(2)} | ${f(overhead)} | ${met ? 'yes' : 'no'} |`,
      );
    }
  } finally {
    await rawDriver?.close();
    await closeDriver();
    // BENCH_KEEP_SERVER=1 leaves the server up (its URI is printed above) to profile queries.
    if (process.env.BENCH_KEEP_SERVER !== '1') await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
