// Global setups load outside jest's module mapper: teach Node the `@/` alias first.
import 'tsconfig-paths/register';
import type { TestNeo4j } from '@/tests/support/testNeo4j';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { integrationNeo4j?: TestNeo4j }).integrationNeo4j?.stop();
}
