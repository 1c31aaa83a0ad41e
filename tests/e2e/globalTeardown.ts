// Global setups load outside jest's module mapper: teach Node the `@/` alias first.
import 'tsconfig-paths/register';
import type { E2eState } from '@/tests/e2e/globalSetup';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { e2e?: E2eState }).e2e;
  if (!state) return;
  state.app.kill('SIGTERM');
  await state.neo4j.stop();
}
