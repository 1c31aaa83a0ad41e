/**
 * `npm start`: brings the whole thing up on a fresh machine. Starts the local Neo4j (unless
 * NEO4J_URI points at a server), seeds it only if it holds no nodes at all (graph/datasets/seedPolicy.ts),
 * builds the app if needed and serves it on PORT (3000). Ctrl-C stops the app and the Neo4j this script started.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { closeDriver } from '@/graph/db/driver';
import { seedIfEmpty } from '@/graph/datasets/seedPolicy';
import { boltUri, editingConfigProblem, parseEnv } from '@/graph/db/env';
import { describeNeo4jError } from '@/graph/http/errors';
import { LocalNeo4jError, start as startNeo4j, stop as stopNeo4j } from '@/scripts/neo4j-local';
import { ensureSessionSecret } from '@/scripts/sessionSecret';
import { readDataset } from '@/graph/import/readDataset';

const root = path.resolve(__dirname, '..');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

async function main(): Promise<void> {
  const configured = parseEnv();
  if (configured.EDITING === 'on' && !configured.SESSION_SECRET) {
    // Editors' cookies need a secret; keep a generated one beside the local data. `next start` inherits it.
    const { secret, file, created } = ensureSessionSecret(configured.NEO4J_LOCAL_DIR);
    process.env.SESSION_SECRET = secret;
    console.log(`${created ? 'Created' : 'Using'} the session secret in ${file} (set SESSION_SECRET to choose your own).`);
  }
  const env = parseEnv();
  // A short SESSION_SECRET stops here, before Neo4j is started for nothing.
  const problem = editingConfigProblem(env);
  if (problem) throw new Error(problem);
  let startedNeo4j = false;
  if (env.NEO4J_URI) {
    console.log(`Using the Neo4j server at ${env.NEO4J_URI}.`);
  } else {
    console.log(`Starting Neo4j (${env.NEO4J_LOCAL_DIR}, Bolt port ${env.NEO4J_LOCAL_PORT}) ...`);
    startedNeo4j = await startNeo4j({ dir: env.NEO4J_LOCAL_DIR, port: env.NEO4J_LOCAL_PORT, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD });
    console.log(`Neo4j is up on ${boltUri(env)}.`);
  }
  const stopAll = async () => {
    if (startedNeo4j) {
      console.log('Stopping Neo4j ...');
      await stopNeo4j(env.NEO4J_LOCAL_DIR);
    }
  };

  try {
    const report = await seedIfEmpty(readDataset(), (line) => console.log(line));
    if (report) console.log(`Loaded ${report.actors} actors and ${report.stances} stances.`);
  } catch (error) {
    await stopAll();
    throw error;
  } finally {
    await closeDriver();
  }

  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID')) || process.env.STANCE_GRAPH_REBUILD === '1') {
    console.log('Building the app (first start only) ...');
    const build = spawnSync(process.execPath, [nextBin, 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) {
      await stopAll();
      throw new Error('next build failed (see above).');
    }
  }

  const app = spawn(process.execPath, [nextBin, 'start', '-p', String(env.PORT), '-H', env.HOST], { cwd: root, stdio: 'inherit' });
  console.log(`Stance Graph: http://localhost:${env.PORT}  (Ctrl-C stops it${startedNeo4j ? ' and Neo4j' : ''})`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    app.kill('SIGTERM');
    await stopAll();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
  app.on('exit', (code) => {
    if (!stopping) void stopAll().then(() => process.exit(code ?? 1));
  });
}

main().catch((error: unknown) => {
  const message = error instanceof LocalNeo4jError ? error.message : error instanceof Error && !('code' in error) ? error.message : describeNeo4jError(error).message;
  console.error(`Error: ${message}`);
  process.exit(1);
});
