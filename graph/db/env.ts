/**
 * Configuration from the environment, parsed once with zod so a bad value fails with its name.
 * Defaults suit the local Neo4j that `npm run db:start` runs; set NEO4J_URI for any other server.
 */
import { z } from 'zod';
import { formatIssues } from '@/graph/model/schema';

const Int = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);

export const Env = z.object({
  /** Any Bolt URI: bolt://, bolt+s://, neo4j:// (routing, for clusters and Aura), neo4j+s://. */
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/, 'must be a bolt:// or neo4j:// URI')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  /** Also the password the local server is given on its first start. Neo4j wants 8+ characters. */
  NEO4J_PASSWORD: z.string().min(8, 'must have at least 8 characters').default('stance-graph-local'),
  NEO4J_DATABASE: z.string().min(1).optional(),
  NEO4J_LOCAL_PORT: Int(7687, 1, 65535),
  NEO4J_LOCAL_DIR: z.string().min(1).default('.neo4j'),
  PORT: Int(3000, 1, 65535),
  /** Address the app listens on; 0.0.0.0 inside a container. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Server-side limits of the public Cypher console (not the client's choice). */
  CYPHER_TIMEOUT_MS: Int(5000, 100, 120_000),
  CYPHER_MAX_ROWS: Int(1000, 1, 100_000),
  CYPHER_MAX_ELEMENTS: Int(5000, 1, 200_000),
  CYPHER_MAX_QUERY_CHARS: Int(10_000, 100, 1_000_000),
  CYPHER_MAX_PARAMS_BYTES: Int(100_000, 100, 10_000_000),
  /** Bytes of JSON one console answer's rows may take; further rows are left out (`truncated`), as past CYPHER_MAX_ROWS. */
  CYPHER_MAX_RESULT_BYTES: Int(8_000_000, 1000, 1_000_000_000),
  /** Largest snapshot payload accepted, in bytes of JSON. */
  SNAPSHOT_MAX_BYTES: Int(2_000_000, 1000, 50_000_000),
  /**
   * All snapshots together may take this many bytes of JSON (summed from what Neo4j stores);
   * anonymous users can create them, so without a ceiling one script could fill the disk.
   */
  SNAPSHOT_MAX_TOTAL_BYTES: Int(500_000_000, 1000, 1_000_000_000_000),
  /** Per-client request budgets per minute for the routes that cost the most; 0 turns a limit off. */
  RATE_LIMIT_SNAPSHOTS_PER_MINUTE: Int(10, 0, 1_000_000),
  RATE_LIMIT_CYPHER_PER_MINUTE: Int(60, 0, 1_000_000),
  /** Data set downloads (GET /api/datasets/[id]/export, a whole data set each) per client per minute. */
  RATE_LIMIT_EXPORTS_PER_MINUTE: Int(30, 0, 1_000_000),
  /**
   * How many proxies in front of the app append to X-Forwarded-For. 0: the client is the socket's
   * address and the header is ignored (anyone can write it); n: the n-th address from the right.
   */
  TRUST_PROXY: Int(0, 0, 10),
  /** Console queries running at once (so runaway queries cannot hold every Neo4j worker), and how long a further one waits for a slot. */
  CYPHER_MAX_CONCURRENT: Int(4, 1, 1000),
  CYPHER_QUEUE_WAIT_MS: Int(2000, 0, 60_000),
  /** `off` makes the app read-only again: every write route answers 403 and no session is read (docs/editors.md). */
  EDITING: z.enum(['on', 'off']).default('on'),
  /**
   * Encrypts and signs the editors' session cookie. Required (32+ characters) while EDITING is on, but
   * checked by `editingConfigProblem` at server start rather than here, so the seed and export CLIs
   * keep working without it. `npm start` creates one in NEO4J_LOCAL_DIR when it is unset.
   */
  SESSION_SECRET: z.string().optional(),
  /**
   * Keys editors' passwords before scrypt (graph/auth/password.ts), so a hash read through the public
   * Cypher console is useless without it. Unset: SESSION_SECRET is used. Changing it (or
   * SESSION_SECRET while this is unset) means setting editors' passwords again.
   */
  PASSWORD_PEPPER: z.string().min(32, 'must have at least 32 characters').optional(),
  /** An editor's session ends after this many minutes without a request. */
  SESSION_IDLE_MINUTES: Int(60, 1, 7 * 24 * 60),
  /**
   * And this many hours after sign-in however busy it is: use re-seals the cookie but never moves
   * its sign-in time, so a stolen cookie cannot be kept alive for ever.
   */
  SESSION_MAX_HOURS: Int(12, 1, 24 * 366),
  /** Writes per editor per minute: a stolen or runaway session cannot rewrite the graph in one go; 0 turns it off. */
  RATE_LIMIT_EDITS_PER_MINUTE: Int(120, 0, 1_000_000),
  /**
   * Failed sign-ins one client may make for one name in 15 minutes before 429 (password guessing);
   * other clients of that name are not held back, so nobody can lock an editor out from elsewhere. 0 turns it off.
   */
  RATE_LIMIT_LOGIN_FAILURES: Int(5, 0, 1_000_000),
  /** Failed sign-ins one client may make in 15 minutes whatever the names (guessing across names); 0 turns it off. */
  RATE_LIMIT_LOGIN_CLIENT_FAILURES: Int(20, 0, 1_000_000),
  /**
   * Cost of the editors' password hash as log2 of scrypt's N. 15 (32 MiB, ~0.1 s) by default; the
   * test setups lower it to keep suites fast. Each stored hash names its own N, so changing this
   * only affects passwords set afterwards.
   */
  PASSWORD_SCRYPT_LOG_N: Int(15, 10, 20),
  /** Largest article text (pasted or uploaded) an editor may store as a source, in bytes. */
  SOURCE_MAX_BYTES: Int(1_000_000, 1000, 100_000_000),
  /** Largest data file an editor may import through the browser, in bytes. */
  IMPORT_MAX_BYTES: Int(20_000_000, 1000, 1_000_000_000),
});
export type Env = z.infer<typeof Env>;

/** The variable names the app reads. */
export const ENV_KEYS = Object.keys(Env.shape);

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  // Empty strings mean "not set", as in a .env file with `NEO4J_URI=`.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = Env.safeParse(cleaned);
  if (!result.success) {
    throw new Error(`Bad configuration: ${formatIssues(result.error.issues).join('; ')}`);
  }
  return result.data;
}

/**
 * Largest POST /api/cypher body read: a query at its character cap (JSON may spend up to 6 bytes
 * on a character, `\u0000`), params at their cap with room for pretty-printing, and the envelope.
 */
export function cypherBodyMaxBytes(env: Env): number {
  return env.CYPHER_MAX_QUERY_CHARS * 6 + env.CYPHER_MAX_PARAMS_BYTES * 2 + 16_384;
}

/** iron-session refuses shorter passwords; 32 characters of a random secret is 190+ bits. */
export const SESSION_SECRET_MIN_LENGTH = 32;

/**
 * Why the server must not start as configured, or null: editing needs a session secret to sign
 * cookies with. Checked at server start (instrumentation.ts) and by `npm start`.
 */
export function editingConfigProblem(env: Env): string | null {
  if (env.EDITING === 'off') return null;
  if (!env.SESSION_SECRET) {
    return 'SESSION_SECRET is not set. Editing is on (EDITING=on), so the session cookie needs a secret of at least 32 characters: set SESSION_SECRET (e.g. `openssl rand -base64 48`), or set EDITING=off for a read-only app.';
  }
  if (env.SESSION_SECRET.length < SESSION_SECRET_MIN_LENGTH) {
    return `SESSION_SECRET is too short (${env.SESSION_SECRET.length} characters; at least ${SESSION_SECRET_MIN_LENGTH} are needed while EDITING=on). Set a longer one, e.g. \`openssl rand -base64 48\`.`;
  }
  return null;
}

/** The URI the app connects to: NEO4J_URI if set, else the local server's Bolt port. */
export function boltUri(env: Env): string {
  return env.NEO4J_URI ?? `bolt://127.0.0.1:${env.NEO4J_LOCAL_PORT}`;
}

let parsedEnv: { key: string; env: Env } | undefined;

/** The parsed configuration, parsed again only when a variable it reads changes (tests repoint NEO4J_URI). */
export function getEnv(): Env {
  const key = ENV_KEYS.map((name) => process.env[name] ?? '').join('\u0000');
  if (parsedEnv?.key !== key) parsedEnv = { key, env: parseEnv(process.env) };
  return parsedEnv.env;
}
