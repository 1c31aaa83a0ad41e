/** Starts a real Neo4j for the integration tests (unless NEO4J_URI names one). */

// Global setups load outside jest's module mapper: teach Node the `@/` alias first.
import 'tsconfig-paths/register';
import { closeDriver } from '@/graph/db/driver';
import { prepareDatabase } from '@/graph/datasets/startup';
import { createTestEditor, setTestEditingEnv } from '@/tests/support/editors';
import { startTestNeo4j, pointEnvAt, type TestNeo4j } from '@/tests/support/testNeo4j';

export default async function globalSetup(): Promise<void> {
  const server = await startTestNeo4j('integration');
  pointEnvAt(server);
  // The tests call routes many times a minute from one address; api-limits.test.ts sets its own small limits.
  process.env.RATE_LIMIT_SNAPSHOTS_PER_MINUTE ??= '100000';
  process.env.RATE_LIMIT_CYPHER_PER_MINUTE ??= '100000';
  // Editing on with a test secret, cheap password hashes, and one editor (TEST_EDITOR) the write tests sign in as.
  setTestEditingEnv();
  process.env.RATE_LIMIT_EDITS_PER_MINUTE ??= '100000';
  try {
    // What the app's server does when it starts (instrumentation.ts): the schema, with the edit indexes.
    await prepareDatabase();
    await createTestEditor();
  } finally {
    await closeDriver();
  }
  (globalThis as { integrationNeo4j?: TestNeo4j }).integrationNeo4j = server;
}
