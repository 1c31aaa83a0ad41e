/**
 * The local Neo4j runner's one-line errors, and a clean start/stop cycle of a real server.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { findJava, freePort, install, LocalNeo4jError, runningPid, start, stop } from '@/scripts/neo4j-local';

const root = path.resolve(__dirname, '..', '..');
const libDir = path.join(root, '.neo4j', 'lib');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'sg-neo4j-'));

describe('scripts/neo4j-local', () => {
  it('says when no Java is found, and when the only Java is too new', () => {
    expect(() => findJava(['/no/such/java'])).toThrow(new LocalNeo4jError('No Java found: Neo4j 5.26 needs Java 17 or 21 (set JAVA_HOME), or use Docker or NEO4J_URI.'));
    const temurin = fs.readdirSync('/usr/lib/jvm').find((d) => d.startsWith('temurin-25'));
    if (temurin) {
      expect(() => findJava([path.join('/usr/lib/jvm', temurin, 'bin', 'java')])).toThrow(/needs Java 17 or 21, but .* is Java 25: set JAVA_HOME/);
    }
  });

  it('says when Maven is missing', () => {
    const pathBefore = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      expect(() => install(tmp())).toThrow(/Maven \(mvn\) was not found/);
    } finally {
      process.env.PATH = pathBefore;
    }
  });

  it('says when the port is taken, and starts nothing', async () => {
    const port = await freePort();
    const blocker = net.createServer().listen(port, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    const dir = tmp();
    try {
      await expect(start({ dir, libDir, port, user: 'neo4j', password: 'whatever-123' })).rejects.toThrow(`Port ${port} is taken`);
      expect(runningPid(dir)).toBeUndefined();
    } finally {
      blocker.close();
    }
  });

  it('names the log when the server does not come up', async () => {
    const dir = tmp();
    // A heap Java cannot reserve makes the JVM exit at once.
    await expect(start({ dir, libDir, port: await freePort(), user: 'neo4j', password: 'whatever-123', heap: '900g' }, 30_000)).rejects.toThrow(
      new RegExp(`Neo4j exited while starting: see ${dir}/logs/console.log`),
    );
  });

  it('starts a real server, and stops it leaving no JVM behind', async () => {
    const dir = tmp();
    const port = await freePort();
    expect(await start({ dir, libDir, port, user: 'neo4j', password: 'whatever-123', heap: '256m', pageCache: '64m' })).toBe(true);
    const pid = runningPid(dir);
    expect(pid).toBeDefined();
    expect(await start({ dir, libDir, port, user: 'neo4j', password: 'whatever-123' })).toBe(false); // already running
    expect(await stop(dir)).toBe(true);
    expect(() => process.kill(pid!, 0)).toThrow();
    expect(fs.existsSync(path.join(dir, 'run', 'neo4j.pid'))).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
