/**
 * Runs once when the Next.js server starts (`next start`, `next dev`): a configuration that cannot
 * work stops the server here, with the variable's name, instead of failing on an editor's first request.
 */
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
}
