/**
 * End-to-end setup: a real Neo4j seeded with the Venezuela data, the app built and served by
 * `next start` on a free port, pointed at that Neo4j. Tests read E2E_BASE_URL.
 * E2E_SKIP_BUILD=1 reuses an existing build (quick local iteration only; it must have been built
 * with NEXT_PUBLIC_E2E=1, as this setup builds, for window.__cy); NEXT_DIST_DIR picks its folder, by
 * default `.next-e2e`, never the `.next` that `npm start` serves.
 */

// Global setups load outside jest's module mapper: teach Node the `@/` alias first.
import 'tsconfig-paths/register';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { closeDriver } from '@/graph/db/driver';
import { loadDataset } from '@/graph/datasets/load';
import { freePort } from '@/scripts/neo4j-local';
import { readDataset } from '@/graph/import/readDataset';
import { createTestEditor, setTestEditingEnv } from '@/tests/support/editors';
import { startTestNeo4j, pointEnvAt, type TestNeo4j } from '@/tests/support/testNeo4j';

const root = path.resolve(__dirname, '..', '..');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

export interface E2eState {
  neo4j: TestNeo4j;
  app: ChildProcess;
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`The app did not answer on ${url} within ${timeoutMs / 1000} s`);
}

export default async function globalSetup(): Promise<void> {
  // Built before Neo4j starts, so a failed build leaves no server behind (no teardown runs then).
  // A folder of its own: the test build exposes window.__cy, and `npm start` must never serve it (it reuses `.next`).
  const distDir = (process.env.NEXT_DIST_DIR ??= '.next-e2e');
  // The build exposes the canvas as window.__cy, which the tests read (components/graph/testHook.ts).
  process.env.NEXT_PUBLIC_E2E = '1';
  if (process.env.E2E_SKIP_BUILD !== '1' || !fs.existsSync(path.join(root, distDir, 'BUILD_ID'))) {
    const build = spawnSync(process.execPath, [nextBin, 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('next build failed');
  }
  const neo4j = await startTestNeo4j('e2e');
  try {
    pointEnvAt(neo4j);
    // Editing on with a test secret and one editor (TEST_EDITOR) the e2e tests sign in as.
    setTestEditingEnv();
    await loadDataset(readDataset(), { reset: true });
    await createTestEditor();
    await closeDriver();
  } catch (error) {
    await neo4j.stop();
    throw error;
  }
  const port = await freePort();
  // Every test shares one client address: the per-client limits would throttle the suite, not a user.
  process.env.RATE_LIMIT_SNAPSHOTS_PER_MINUTE ??= '100000';
  process.env.RATE_LIMIT_CYPHER_PER_MINUTE ??= '100000';
  process.env.RATE_LIMIT_EDITS_PER_MINUTE ??= '100000';
  const app = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  process.env.E2E_BASE_URL = `http://127.0.0.1:${port}`;
  (globalThis as { e2e?: E2eState }).e2e = { neo4j, app };
  try {
    await waitForHttp(`${process.env.E2E_BASE_URL}/api/health`, 60_000);
  } catch (error) {
    app.kill('SIGTERM');
    await neo4j.stop();
    throw error;
  }
}
