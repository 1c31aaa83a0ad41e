/**
 * What the benchmark scripts (scripts/bench-*.ts) share: timing and its statistics, the figures
 * they print, the isolated Neo4j each measures against, and how a script reports a failure. One
 * definition each, so every benchmark means the same by "median" or "p95".
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { closeDriver } from '@/graph/db/driver';
import { freePort, start, stop, type LocalNeo4j } from '@/scripts/neo4j-local';
import { pointEnvAt, startTestNeo4j, type TestNeo4j } from '@/tests/support/testNeo4j';

/** The repository's folder: benchmarks spawn its tools and keep their servers in it. */
export const root = path.resolve(__dirname, '..');

/**
 * The size of the synthetic spreadsheet bench:import writes and bench:scale loads (BENCH_STANCES
 * rows, default a million, between BENCH_ACTORS actors, default 50,000), the same for both.
 */
export const LARGE_STANCES = Number(process.env.BENCH_STANCES ?? 1_000_000);
export const LARGE_ACTORS = Number(process.env.BENCH_ACTORS ?? 50_000);

/** The value at rank floor(q × n) of the sorted values (NaN for none); `values` is left as it was. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

export interface Timed<T> {
  ms: number;
  result: T;
}

/** How long one call of `work` took, and what it answered. */
export async function elapsed<T>(work: () => Promise<T>): Promise<Timed<T>> {
  const t = performance.now();
  const result = await work();
  return { ms: performance.now() - t, result };
}

/** Median time of `runs` calls of synchronous work (no await between them to blur it), and the last result. */
export function timed<T>(work: () => T, runs: number): Timed<T> {
  const times: number[] = [];
  let result: T | undefined;
  for (let i = 0; i < Math.max(1, runs); i++) {
    const t = performance.now();
    result = work();
    times.push(performance.now() - t);
  }
  return { ms: median(times), result: result as T };
}

/** Median time of `runs` calls of `work`, one after the other, and the last result. */
export async function timedAsync<T>(work: () => Promise<T>, runs: number): Promise<Timed<T>> {
  const times: number[] = [];
  let last: Timed<T> | undefined;
  for (let i = 0; i < Math.max(1, runs); i++) {
    last = await elapsed(work);
    times.push(last.ms);
  }
  return { ms: median(times), result: (last as Timed<T>).result };
}

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** The 1/5/15-minute load average: figures taken on a busy machine say so beside them. */
export const loadAverage = (): string => os.loadavg().map((x) => x.toFixed(2)).join(' / ');

/** BENCH_KEEP_SERVER=1 leaves a benchmark's server up after the run, to profile queries on it. */
const keepServer = () => process.env.BENCH_KEEP_SERVER === '1';

export interface BenchNeo4j {
  server: TestNeo4j;
  /** A driver of its own, beside the app's (graph/db/driver), for set-up and raw queries. */
  rawDriver: Driver;
}

/**
 * Runs `work` against a fresh Neo4j of the test kind (tests/support/testNeo4j) that the app's
 * driver points at; closes both drivers and stops the server after, however `work` ends.
 */
export async function withTestNeo4j<T>(name: string, work: (bench: BenchNeo4j) => Promise<T>): Promise<T> {
  // Benchmarks write their database: never let one reach a server named by NEO4J_URI.
  delete process.env.NEO4J_URI;
  const server = await startTestNeo4j(name);
  let rawDriver: Driver | null = null;
  try {
    pointEnvAt(server);
    rawDriver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password));
    return await work({ server, rawDriver });
  } finally {
    await rawDriver?.close();
    await closeDriver();
    if (!keepServer()) await server.stop();
  }
}

export interface LargeNeo4j {
  uri: string;
  user: string;
  password: string;
  /** The server's folder, git-ignored in the repository. */
  dir: string;
  /** Stops and removes the server, unless BENCH_KEEP_SERVER=1 keeps it. */
  close: () => Promise<void>;
}

/**
 * A fresh Neo4j sized for a million stances (1 GiB heap, 512 MiB page cache, hour-long
 * transactions), in `.neo4j-<name>-<port>`; `options` adds to or overrides that configuration.
 */
export async function startLargeNeo4j(name: string, options: Partial<LocalNeo4j> = {}): Promise<LargeNeo4j> {
  const port = await freePort();
  const dir = path.join(root, `.neo4j-${name}-${port}`);
  const user = 'neo4j';
  const password = 'stance-graph-bench';
  fs.rmSync(dir, { recursive: true, force: true });
  try {
    await start({ dir, libDir: path.join(root, '.neo4j', 'lib'), port, user, password, heap: '1g', pageCache: '512m', transactionTimeout: '60m', ...options });
  } catch (error) {
    // A server that came up too slowly may still be running: leave nothing behind.
    await stop(dir, 60_000);
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    uri: `bolt://127.0.0.1:${port}`,
    user,
    password,
    dir,
    close: async () => {
      if (keepServer()) return;
      await stop(dir, 60_000);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs a benchmark's main: a failure is printed and the exit code set, never an unhandled rejection. */
export function runBench(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
