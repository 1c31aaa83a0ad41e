/**
 * Runs once when the Next.js server starts (`next start`, `next dev`): a configuration that cannot
 * work stops the server here, with the variable's name, instead of failing on an editor's first
 * request; then the database gets its schema and migrations (graph/datasets/startup.ts) before the
 * first request, rather than lazily from the routes that need them.
 */
const RETRY_MS = 10_000;

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { editingConfigProblem, parseEnv } = await import('@/graph/db/env');
  let env;
  try {
    env = parseEnv(process.env);
  } catch {
    return; // other bad values are reported by the routes that read them, as before
  }
  const problem = editingConfigProblem(env);
  if (problem) {
    console.error(`Error: ${problem}`);
    // Next logs a thrown error here and may keep serving; this configuration must not be served.
    process.exit(1);
  }
  const { prepareDatabase } = await import('@/graph/datasets/startup');
  const prepare = async (): Promise<void> => {
    try {
      console.log((await prepareDatabase(env)).message);
    } catch (error) {
      // Neo4j not up yet (or restarting): the app serves its pages meanwhile and tries again.
      console.error(`Could not prepare the database (${error instanceof Error ? error.message : String(error)}); trying again in ${RETRY_MS / 1000} s.`);
      setTimeout(() => void prepare(), RETRY_MS).unref();
    }
  };
  await prepare();
}
