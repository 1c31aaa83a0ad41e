/**
 * Route timing shared by `bench:api` and `bench:scale`: each route handler called in-process
 * (tests/support/callRoute: zod parsing, the graph/ function, mapping, JSON) against the very
 * queries that call sent to Neo4j (recorded by wrapping the app driver's read transactions),
 * replayed raw in one read transaction on a separate driver, records only collected. The two
 * sides are interleaved so drift in the server (caches, GC) hits both alike.
 */
import neo4j, { type Driver, type ManagedTransaction, type SessionConfig } from 'neo4j-driver';
import type { NextApiHandler } from 'next';
import { callRoute, type RouteCall } from '@/tests/support/callRoute';
import { elapsed, quantile } from '@/scripts/benchUtil';

export interface Recorded {
  query: string;
  params: Record<string, unknown>;
}

export interface RouteCase {
  name: string;
  handler: NextApiHandler;
  call: RouteCall;
  /** Raw side when it is not the recorded queries (the Cypher console's own query). */
  raw?: Recorded[];
  iterations?: number;
  /** Absolute targets for this call (bench:scale), checked beside the ratio to the raw queries. */
  targetMs?: number;
  targetBytes?: number;
}

export interface RouteFigures {
  name: string;
  queries: number;
  bytes: number;
  apiP50: number;
  apiP95: number;
  rawP50: number;
  rawP95: number;
  targetMs?: number;
  targetBytes?: number;
}

let recording: Recorded[] | null = null;

/** Wraps the app's driver so the queries a route sends can be recorded and replayed raw. */
export function recordQueries(driver: Driver): void {
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

/** p50/p95 of the route and of its raw queries, after 5 warm-ups of each. */
export async function measureRoute(c: RouteCase, rawDriver: Driver): Promise<RouteFigures> {
  recording = [];
  const first = await callRoute(c.handler, c.call);
  const call: RouteCall = { ...c.call, parseAnswer: false };
  if (first.status !== 200) throw new Error(`${c.name}: status ${first.status} ${JSON.stringify(first.body).slice(0, 500)}`);
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
  for (let i = 0; i < iterations; i++) {
    api.push((await elapsed(() => callRoute(c.handler, call))).ms);
    raw.push((await elapsed(() => replay(rawDriver, queries))).ms);
  }
  const bytes = JSON.stringify(first.body).length;
  return {
    name: c.name, queries: queries.length, bytes, targetMs: c.targetMs, targetBytes: c.targetBytes,
    apiP50: quantile(api, 0.5), apiP95: quantile(api, 0.95), rawP50: quantile(raw, 0.5), rawP95: quantile(raw, 0.95),
  };
}

const size = (bytes: number) => (bytes < 10_240 ? `${bytes} B` : `${(bytes / 1024).toFixed(0)} KiB`);

/**
 * The figures as a Markdown table. "ratio met": the API adds at most 20 % (or 2 ms) over its raw
 * queries at p50; "targets met": the absolute targets of the case, when it has any.
 */
export function routeTable(rows: readonly RouteFigures[]): string {
  const f = (n: number) => n.toFixed(1);
  const lines = [
    '| endpoint | queries | response | API p50 ms | API p95 ms | raw p50 ms | raw p95 ms | p50 ratio | ratio met | target | target met |',
    '|---|---:|---:|---:|---:|---:|---:|---:|:-:|---|:-:|',
  ];
  for (const r of rows) {
    const ratioMet = r.apiP50 <= r.rawP50 * 1.2 || r.apiP50 - r.rawP50 <= 2;
    const targets = [r.targetMs !== undefined ? `< ${r.targetMs} ms` : '', r.targetBytes !== undefined ? `≤ ${size(r.targetBytes)}` : ''].filter(Boolean).join(', ');
    const targetMet = (r.targetMs === undefined || r.apiP50 < r.targetMs) && (r.targetBytes === undefined || r.bytes <= r.targetBytes);
    lines.push(
      `| ${r.name} | ${r.queries} | ${size(r.bytes)} | ${f(r.apiP50)} | ${f(r.apiP95)} | ${f(r.rawP50)} | ${f(r.rawP95)} | ${(r.apiP50 / r.rawP50).toFixed(2)} | ${ratioMet ? 'yes' : '**no**'} | ${targets || '–'} | ${targets ? (targetMet ? 'yes' : '**no**') : '–'} |`,
    );
  }
  return lines.join('\n');
}
