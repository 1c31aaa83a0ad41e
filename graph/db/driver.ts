/**
 * One Neo4j driver per process, cached on globalThis so Next.js hot reloads do not open a new
 * connection pool each time. Queries go through `read`/`write`, which open a session, run a
 * managed transaction and always close the session. Settings come from graph/db/env.ts.
 */
import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord, type SessionConfig } from 'neo4j-driver';
import { boltUri, getEnv, type Env } from '@/graph/db/env';

const cache = globalThis as typeof globalThis & { stanceGraphDriver?: { driver: Driver; key: string } };

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

function sessionConfig(env: Env, mode: 'READ' | 'WRITE', fetchSize?: number): SessionConfig {
  return {
    defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    ...(env.NEO4J_DATABASE ? { database: env.NEO4J_DATABASE } : {}),
    ...(fetchSize ? { fetchSize } : {}),
  };
}

/**
 * What a transaction is for. Every transaction carries `{app: 'stance-graph', kind}` as its
 * metadata, as Neo4j Browser tags its own, so an operator can find and end the app's queries
 * (`SHOW TRANSACTIONS YIELD metaData WHERE metaData.kind = 'console'`, then `TERMINATE TRANSACTION`).
 */
export type TxKind = 'console' | 'view' | 'load' | 'edit' | 'analysis' | 'snapshot' | 'export' | 'health' | 'auth' | 'schema' | 'test' | 'bench';

export const APP_NAME = 'stance-graph';

export function txMetadata(kind: TxKind, run?: string): { app: string; kind: TxKind; run?: string } {
  return { app: APP_NAME, kind, ...(run ? { run } : {}) };
}

export interface TxOptions {
  /** Sent as the transaction's metadata (`txMetadata`). */
  kind: TxKind;
  /** Neo4j aborts the transaction after this long (server side). */
  timeoutMs?: number;
  /** Driver the query runs on; defaults to the process's driver. */
  driver?: Driver;
  /** An id of this one transaction, added to its metadata so the app can find and end it (graph/console/deadline.ts). */
  run?: string;
  /** Records the driver asks for at a time (default 1,000): fewer bound what arrives after the reader stops. */
  fetchSize?: number;
}

function txConfig(options: TxOptions) {
  return { metadata: txMetadata(options.kind, options.run), ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}) };
}

/** Runs `work` in a read transaction: Neo4j itself refuses any write attempted inside it. */
export async function read<T>(work: (tx: ManagedTransaction) => Promise<T>, options: TxOptions): Promise<T> {
  const env = getEnv();
  const session = (options.driver ?? getDriver(env)).session(sessionConfig(env, 'READ', options.fetchSize));
  try {
    return await session.executeRead(work, txConfig(options));
  } finally {
    await session.close();
  }
}

export async function write<T>(work: (tx: ManagedTransaction) => Promise<T>, options: TxOptions): Promise<T> {
  const env = getEnv();
  const session = (options.driver ?? getDriver(env)).session(sessionConfig(env, 'WRITE'));
  try {
    return await session.executeWrite(work, txConfig(options));
  } finally {
    await session.close();
  }
}

/**
 * Runs one auto-commit query in a write session and answers its records: the only kind Neo4j lets
 * use `CALL { … } IN TRANSACTIONS` (the loader deletes many stances in bounded memory with it)
 * or run `TERMINATE TRANSACTIONS` (the console's deadline).
 */
export async function runAutoCommit(query: string, params: Record<string, unknown>, options: TxOptions): Promise<Neo4jRecord[]> {
  const env = getEnv();
  const session = (options.driver ?? getDriver(env)).session(sessionConfig(env, 'WRITE'));
  try {
    return (await session.run(query, params, txConfig(options))).records;
  } finally {
    await session.close();
  }
}

/** `read`, `write` and `runAutoCommit` with every transaction tagged `kind`: each module takes the runner of its concern. */
export function transactions(kind: TxKind) {
  type Options = Omit<TxOptions, 'kind'>;
  return {
    read: <T>(work: (tx: ManagedTransaction) => Promise<T>, options: Options = {}) => read(work, { ...options, kind }),
    write: <T>(work: (tx: ManagedTransaction) => Promise<T>, options: Options = {}) => write(work, { ...options, kind }),
    runAutoCommit: (query: string, params: Record<string, unknown>, options: Options = {}) => runAutoCommit(query, params, { ...options, kind }),
  };
}
