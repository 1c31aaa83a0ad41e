/**
 * One Neo4j driver per process, cached on globalThis so Next.js hot reloads do not open a new
 * connection pool each time. Queries go through `read`/`write`, which open a session, run a
 * managed transaction and always close the session.
 */
import neo4j, { type Driver, type ManagedTransaction, type SessionConfig } from 'neo4j-driver';
import { boltUri, ENV_KEYS, parseEnv, type Env } from '@/graph/db/env';

const cache = globalThis as typeof globalThis & { stanceGraphDriver?: { driver: Driver; key: string } };

let parsedEnv: { key: string; env: Env } | undefined;

/** The parsed configuration, parsed again only when a variable it reads changes (tests repoint NEO4J_URI). */
export function getEnv(): Env {
  const key = ENV_KEYS.map((name) => process.env[name] ?? '').join('\u0000');
  if (parsedEnv?.key !== key) parsedEnv = { key, env: parseEnv(process.env) };
  return parsedEnv.env;
}

/** The process's driver; a changed URI or user (as tests do) gets a fresh one. */
export function getDriver(env: Env = getEnv()): Driver {
  const key = `${boltUri(env)}|${env.NEO4J_USER}|${env.NEO4J_PASSWORD}`;
  if (cache.stanceGraphDriver?.key === key) return cache.stanceGraphDriver.driver;
  void cache.stanceGraphDriver?.driver.close();
  // `neo4j://` URIs route across a cluster or Aura; the driver handles both schemes.
  const driver = neo4j.driver(boltUri(env), neo4j.auth.basic(env.NEO4J_USER, env.NEO4J_PASSWORD), {
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    disableLosslessIntegers: false,
  });
  cache.stanceGraphDriver = { driver, key };
  return driver;
}

export async function closeDriver(): Promise<void> {
  const cached = cache.stanceGraphDriver;
  cache.stanceGraphDriver = undefined;
  await cached?.driver.close();
}

function sessionConfig(env: Env, mode: 'READ' | 'WRITE'): SessionConfig {
  return {
    defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    ...(env.NEO4J_DATABASE ? { database: env.NEO4J_DATABASE } : {}),
  };
}

export interface TxOptions {
  /** Neo4j aborts the transaction after this long (server side). */
  timeoutMs?: number;
  /** Driver the query runs on; defaults to the process's driver. */
  driver?: Driver;
}

/** Runs `work` in a read transaction: Neo4j itself refuses any write attempted inside it. */
export async function read<T>(work: (tx: ManagedTransaction) => Promise<T>, options: TxOptions = {}): Promise<T> {
  const env = getEnv();
  const session = (options.driver ?? getDriver(env)).session(sessionConfig(env, 'READ'));
  try {
    return await session.executeRead(work, options.timeoutMs ? { timeout: options.timeoutMs } : undefined);
  } finally {
    await session.close();
  }
}

export async function write<T>(work: (tx: ManagedTransaction) => Promise<T>, options: TxOptions = {}): Promise<T> {
  const env = getEnv();
  const session = (options.driver ?? getDriver(env)).session(sessionConfig(env, 'WRITE'));
  try {
    return await session.executeWrite(work, options.timeoutMs ? { timeout: options.timeoutMs } : undefined);
  } finally {
    await session.close();
  }
}

/**
 * Runs one auto-commit query in a write session: the only kind Neo4j lets use
 * `CALL { … } IN TRANSACTIONS`, which the loader needs to delete many stances in bounded memory.
 */
export async function runAutoCommit(query: string, params: Record<string, unknown>, options: TxOptions = {}): Promise<void> {
  const env = getEnv();
  const session = (options.driver ?? getDriver(env)).session(sessionConfig(env, 'WRITE'));
  try {
    await session.run(query, params);
  } finally {
    await session.close();
  }
}
