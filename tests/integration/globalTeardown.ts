import type { TestNeo4j } from '@/tests/support/testNeo4j';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { integrationNeo4j?: TestNeo4j }).integrationNeo4j?.stop();
}
