/**
 * A real Neo4j for a test run: the one NEO4J_URI names, or else a fresh local server on a free
 * port with its own data folder, so tests never touch the developer's `.neo4j` data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { freePort, start, stop } from '@/scripts/neo4j-local';

const root = path.resolve(__dirname, '..', '..');

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  stop(): Promise<void>;
}

export async function startTestNeo4j(name: string): Promise<TestNeo4j> {
  if (process.env.NEO4J_URI) {
    return { uri: process.env.NEO4J_URI, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', stop: async () => {} };
  }
  const port = await freePort();
  // One folder per run, so concurrent runs (and a developer's own server) never share data.
  const dir = path.join(root, `.neo4j-${name}-${port}`);
  fs.rmSync(dir, { recursive: true, force: true });
  const password = 'stance-graph-test';
  await start({ dir, libDir: path.join(root, '.neo4j', 'lib'), port, user: 'neo4j', password, heap: '512m', pageCache: '128m' });
  return {
    uri: `bolt://127.0.0.1:${port}`,
    user: 'neo4j',
    password,
    stop: async () => {
      await stop(dir, 30_000);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Points this process (and the workers jest forks after it) at the test server. */
export function pointEnvAt(server: TestNeo4j): void {
  process.env.NEO4J_URI = server.uri;
  process.env.NEO4J_USER = server.user;
  process.env.NEO4J_PASSWORD = server.password;
}
