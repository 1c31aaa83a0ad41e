/**
 * Runs a real Neo4j 5.26 LTS Community server without Docker: Maven resolves the jars from Maven
 * Central into `<dir>/lib`, we write `<dir>/conf/neo4j.conf`, and start the server's own entry
 * point on Java 17 or 21 with the JVM flags the official launcher uses.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';

export const NEO4J_VERSION = '5.26.30';
const POM = path.join(__dirname, 'neo4j', 'pom.xml');
const MAIN_CLASS = 'org.neo4j.server.CommunityEntryPoint';
const INITIAL_PASSWORD = 'neo4j';

export interface LocalNeo4j {
  /** Home and data folder, e.g. `.neo4j` (git-ignored). */
  dir: string;
  /** Where the jars are; defaults to `<dir>/lib`. Test servers share the main folder's jars. */
  libDir?: string;
  /** Bolt port on 127.0.0.1. */
  port: number;
  user: string;
  password: string;
  /** JVM heap, e.g. `512m`; tests use less. */
  heap?: string;
  pageCache?: string;
  /**
   * Benchmarks only (scripts/bench-import.ts): a folder LOAD CSV may read `file:///` URLs from,
   * and a longer ceiling per transaction (e.g. `30m`) for its `IN TRANSACTIONS` reference run.
   * Unset (the default), LOAD CSV reads no local file and every transaction stops at 60 s.
   */
  csvImportDir?: string;
  transactionTimeout?: string;
}

/** Errors meant for a person: one line saying what is wrong and what to do. */
export class LocalNeo4jError extends Error {}

const paths = (dir: string, libDir?: string) => ({
  home: path.resolve(dir),
  lib: path.resolve(libDir ?? path.join(dir, 'lib')),
  conf: path.resolve(dir, 'conf'),
  logs: path.resolve(dir, 'logs'),
  pidFile: path.resolve(dir, 'run', 'neo4j.pid'),
  consoleLog: path.resolve(dir, 'logs', 'console.log'),
});

/** Copies the Neo4j jars into `<dir>/lib` with Maven unless they are there already. */
export function install(dir: string, libDir?: string): void {
  const { lib } = paths(dir, libDir);
  if (fs.existsSync(path.join(lib, `neo4j-server-${NEO4J_VERSION}.jar`))) return;
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8', env: process.env });
  if (mvn.error || mvn.status !== 0) {
    throw new LocalNeo4jError('Maven (mvn) was not found: install Maven, or use Docker (docker compose up) or your own server (NEO4J_URI).');
  }
  console.log(`Resolving Neo4j ${NEO4J_VERSION} jars from Maven Central into ${lib} ...`);
  const result = spawnSync(
    'mvn',
    ['-q', '-B', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${lib}`, '-DincludeScope=runtime'],
    { stdio: 'inherit', env: process.env },
  );
  if (result.status !== 0) throw new LocalNeo4jError(`Maven could not resolve the Neo4j jars (exit ${result.status}).`);
}

function javaMajor(javaBin: string): number | undefined {
  const out = spawnSync(javaBin, ['-version'], { encoding: 'utf8' });
  if (out.error || out.status !== 0) return undefined;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(out.stderr);
  if (!match?.[1]) return undefined;
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major;
}

/** Where to look for Java: JAVA_HOME first, then `java` on PATH, then the JDKs under /usr/lib/jvm. */
export function javaCandidates(): string[] {
  const candidates: string[] = [];
  if (process.env.JAVA_HOME) candidates.push(path.join(process.env.JAVA_HOME, 'bin', 'java'));
  candidates.push('java');
  const jvmDir = '/usr/lib/jvm';
  if (fs.existsSync(jvmDir)) {
    for (const name of fs.readdirSync(jvmDir).sort()) candidates.push(path.join(jvmDir, name, 'bin', 'java'));
  }
  return candidates;
}

/** The first Java 17 or 21 among the candidates; a one-line error naming what was found otherwise. */
export function findJava(candidates: readonly string[] = javaCandidates()): string {
  const seen: string[] = [];
  for (const bin of candidates) {
    const major = javaMajor(bin);
    if (major === undefined) continue;
    if (major === 17 || major === 21) return bin;
    seen.push(`${bin} is Java ${major}`);
  }
  if (seen.length === 0) throw new LocalNeo4jError('No Java found: Neo4j 5.26 needs Java 17 or 21 (set JAVA_HOME), or use Docker or NEO4J_URI.');
  throw new LocalNeo4jError(`Neo4j 5.26 needs Java 17 or 21, but ${seen.join(', ')}: set JAVA_HOME to a Java 17 or 21 JDK.`);
}

/** The server's settings: loopback only, no HTTP, no file or network access from Cypher, bounded memory and time. */
export function neo4jConf(opts: LocalNeo4j): string {
  return [
    '# Written by scripts/neo4j-local.ts on every start: edit that file, not this one.',
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${opts.port}`,
    'server.bolt.enabled=true',
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    // LOAD CSV may read no local file (unless a benchmark names its folder) and no outbound address.
    ...(opts.csvImportDir === undefined
      ? ['dbms.security.allow_csv_import_from_file_urls=false']
      : ['dbms.security.allow_csv_import_from_file_urls=true', `server.directories.import=${path.resolve(opts.csvImportDir)}`]),
    'internal.dbms.cypher_ip_blocklist=0.0.0.0/0,::/0',
    'dbms.security.procedures.unrestricted=',
    // A hard ceiling for every transaction; the Cypher console sets a tighter one per query.
    `db.transaction.timeout=${opts.transactionTimeout ?? '60s'}`,
    'dbms.transaction.concurrent.maximum=200',
    `server.memory.heap.initial_size=${opts.heap ?? '512m'}`,
    `server.memory.heap.max_size=${opts.heap ?? '512m'}`,
    `server.memory.pagecache.size=${opts.pageCache ?? '256m'}`,
    'dbms.memory.transaction.total.max=256m',
    'db.memory.transaction.max=128m',
    'dbms.usage_report.enabled=false',
    'server.logs.gc.enabled=false',
    '',
  ].join('\n');
}

/** JVM flags as the official `neo4j` launcher passes them (neo4j.conf's server.jvm.additional defaults). */
export function jvmFlags(opts: LocalNeo4j): string[] {
  const heap = opts.heap ?? '512m';
  return [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+AlwaysPreTouch',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Djdk.tls.ephemeralDHKeySize=2048',
    '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
    '-XX:FlightRecorderOptions=stackdepth=256',
    '-XX:+UnlockDiagnosticVMOptions',
    '-XX:+DebugNonSafepoints',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
  ];
}

function readPid(dir: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(paths(dir).pidFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid of the server this folder started, if it is still running. */
export function runningPid(dir: string): number | undefined {
  const pid = readPid(dir);
  return pid !== undefined && isAlive(pid) ? pid : undefined;
}

export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A free TCP port on 127.0.0.1, for isolated test servers. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** True once Bolt accepts these credentials. */
async function boltAnswers(uri: string, user: string, password: string): Promise<'ok' | 'expired' | 'unauthorized' | 'down'> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { connectionTimeout: 2000, logging: undefined });
  try {
    const session = driver.session({ database: 'system' });
    try {
      await session.run('SHOW CURRENT USER');
      return 'ok';
    } finally {
      await session.close();
    }
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code.includes('CredentialsExpired')) return 'expired';
    if (code.includes('Unauthorized') || code.includes('AuthenticationRateLimit')) return 'unauthorized';
    return 'down';
  } finally {
    await driver.close();
  }
}

/** On first start Neo4j only knows neo4j/neo4j and insists on a new password: give it ours. */
async function setInitialPassword(uri: string, opts: LocalNeo4j): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', INITIAL_PASSWORD));
  const session = driver.session({ database: 'system' });
  try {
    await session.run('ALTER CURRENT USER SET PASSWORD FROM $old TO $new', { old: INITIAL_PASSWORD, new: opts.password });
  } finally {
    await session.close();
    await driver.close();
  }
}

/**
 * Starts the server (installing the jars first if needed) and resolves once Bolt answers with
 * our credentials. Returns false if this folder's server was already running.
 */
export async function start(opts: LocalNeo4j, timeoutMs = 180_000): Promise<boolean> {
  const p = paths(opts.dir, opts.libDir);
  const uri = `bolt://127.0.0.1:${opts.port}`;
  if (runningPid(opts.dir) !== undefined) {
    await waitForBolt(uri, opts, timeoutMs, undefined);
    return false;
  }
  if (opts.user !== 'neo4j') throw new LocalNeo4jError('The local server has one user, "neo4j": unset NEO4J_USER or set it to neo4j.');
  if (!(await portIsFree(opts.port))) {
    throw new LocalNeo4jError(`Port ${opts.port} is taken: stop what uses it, or set NEO4J_LOCAL_PORT (or NEO4J_URI to use that server).`);
  }
  const java = findJava();
  install(opts.dir, opts.libDir);
  for (const dir of [p.conf, p.logs, path.dirname(p.pidFile), path.join(p.home, 'plugins'), path.join(p.home, 'data')]) {
    fs.mkdirSync(dir, { recursive: true });
  }
  fs.writeFileSync(path.join(p.conf, 'neo4j.conf'), neo4jConf(opts));

  const log = fs.openSync(p.consoleLog, 'a');
  const child = spawn(
    java,
    [...jvmFlags(opts), '-cp', `${p.lib}/*:${p.home}/plugins/*`, MAIN_CLASS, `--home-dir=${p.home}`, `--config-dir=${p.conf}`],
    { cwd: p.home, detached: true, stdio: ['ignore', log, log] },
  );
  fs.closeSync(log);
  if (child.pid === undefined) throw new LocalNeo4jError(`Could not start Java (${java}).`);
  fs.writeFileSync(p.pidFile, String(child.pid));
  child.unref();
  await waitForBolt(uri, opts, timeoutMs, child.pid);
  return true;
}

async function waitForBolt(uri: string, opts: LocalNeo4j, timeoutMs: number, pid: number | undefined): Promise<void> {
  const logHint = `see ${paths(opts.dir).consoleLog} and ${path.join(paths(opts.dir).logs, 'neo4j.log')}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (pid !== undefined && !isAlive(pid)) throw new LocalNeo4jError(`Neo4j exited while starting: ${logHint}`);
    const state = await boltAnswers(uri, opts.user, opts.password);
    if (state === 'ok') return;
    if (state === 'unauthorized') {
      // A fresh data folder answers only to the initial password, which must then be changed.
      if ((await boltAnswers(uri, 'neo4j', INITIAL_PASSWORD)) === 'expired') {
        await setInitialPassword(uri, opts);
        continue;
      }
      throw new LocalNeo4jError(`Neo4j in ${opts.dir} refuses NEO4J_PASSWORD: it was first started with another password (delete ${opts.dir}/data to reset it).`);
    }
    await sleep(500);
  }
  throw new LocalNeo4jError(`Neo4j did not come up on port ${opts.port} within ${Math.round(timeoutMs / 1000)} s: ${logHint}`);
}

/** Stops the server cleanly (SIGTERM, then SIGKILL after the grace period), leaving no JVM behind. */
export async function stop(dir: string, graceMs = 60_000): Promise<boolean> {
  const pid = runningPid(dir);
  if (pid === undefined) {
    fs.rmSync(paths(dir).pidFile, { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  while (isAlive(pid)) await sleep(100);
  fs.rmSync(paths(dir).pidFile, { force: true });
  return true;
}

export function consoleLogPath(dir: string): string {
  return paths(dir).consoleLog;
}
