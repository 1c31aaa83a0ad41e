/**
 * The safety checks of the public Cypher console, before anything runs:
 * size caps (413), a textual refusal of admin/system commands that EXPLAIN cannot even plan,
 * and, on the EXPLAIN plan, the query type (only `r`), LOAD CSV and a procedure allowlist (403).
 * The query itself then runs in a READ transaction, so Neo4j refuses writes on its own as well.
 */
import neo4j, { type ResultSummary } from 'neo4j-driver';
import { ApiError } from '@/graph/http/errors';
import type { Env } from '@/graph/db/env';

/** Procedures that only read the schema or the full-text indexes. */
export const ALLOWED_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
]);

const forbidden = (message: string, details?: unknown) => new ApiError(403, 'Forbidden', message, details);

/** 413 when the query text or its parameters exceed the server's caps. */
export function checkSizes(query: string, params: unknown, env: Pick<Env, 'CYPHER_MAX_QUERY_CHARS' | 'CYPHER_MAX_PARAMS_BYTES'>): void {
  if (query.length > env.CYPHER_MAX_QUERY_CHARS) {
    throw new ApiError(413, 'TooLarge', `The query has ${query.length} characters; at most ${env.CYPHER_MAX_QUERY_CHARS} are allowed.`);
  }
  const bytes = Buffer.byteLength(JSON.stringify(params ?? {}), 'utf8');
  if (bytes > env.CYPHER_MAX_PARAMS_BYTES) {
    throw new ApiError(413, 'TooLarge', `The parameters take ${bytes} bytes of JSON; at most ${env.CYPHER_MAX_PARAMS_BYTES} are allowed.`);
  }
}

/**
 * The query with comments, string literals and `quoted` names blanked out, so keywords inside
 * them ("SHOW USERS" in a string) neither trigger nor hide a refusal. Lengths are kept.
 */
export function blankLiterals(query: string): string {
  return query.replace(/\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)|'(?:[^'\\]|\\.)*(?:'|$)|"(?:[^"\\]|\\.)*(?:"|$)|`(?:[^`]|``)*(?:`|$)/g, (m) =>
    m.replace(/[^\n]/g, ' '),
  );
}

/** Leading `CYPHER 5` / `CYPHER runtime=slotted` options, which may precede any statement. */
const PREPARSER = /^\s*(?:CYPHER(?:\s+\d+(?:\.\d+)?|\s+[\w.]+\s*=\s*[\w.]+)*\s+)?/i;
const ADMIN_START =
  /^(?:SHOW|TERMINATE|GRANT|DENY|REVOKE|START|STOP|ENABLE|DEALLOCATE|REALLOCATE|DRYRUN)\b|^(?:CREATE|DROP|ALTER|RENAME)\s+(?:OR\s+REPLACE\s+)?(?:COMPOSITE\s+|STANDARD\s+)?(?:USERS?|DATABASES?|ROLES?|ALIAS(?:ES)?|SERVERS?|PRIVILEGES?)\b/i;
/** `USE` is a clause only at the start of a query, a subquery or a UNION branch. */
const USE_CLAUSE = /(?:^|\{|\bUNION(?:\s+ALL|\s+DISTINCT)?)\s*USE\b/i;

/**
 * 403 for administration and system commands, and for `USE` (the console reads only the app's
 * database). EXPLAIN cannot plan most of these, so they are refused from the text.
 */
export function refuseAdminCommands(query: string): void {
  const text = blankLiterals(query);
  const statement = text.replace(PREPARSER, '');
  if (/^\s*(?:EXPLAIN|PROFILE)\b/i.test(statement)) {
    throw new ApiError(400, 'BadRequest', 'Leave out EXPLAIN and PROFILE: the console plans and runs the query itself.');
  }
  const command = ADMIN_START.exec(statement.trimStart());
  if (command) {
    throw forbidden(`This console is read-only: administration commands (${command[0].toUpperCase().replace(/\s+/g, ' ')}) are not allowed.`);
  }
  if (USE_CLAUSE.test(statement)) throw forbidden('This console reads only the app’s database: USE is not allowed.');
}

/**
 * Regular expressions (`=~`) are refused. Neo4j runs them with Java's backtracking matcher, which
 * never looks at the transaction's timeout or at a termination: `$s =~ '(.*a){26}'` on 32
 * characters ran 286 s past a 5 s timeout, and time doubles with each character. No check of the
 * pattern can rule that out (polynomial patterns over a string the query builds are slow too), so
 * the public console answers the question other ways.
 */
export function refuseRegexMatch(query: string): void {
  if (!blankLiterals(query).includes('=~')) return;
  throw forbidden(
    'This console does not run regular expressions (=~): Neo4j cannot stop one that backtracks. ' +
      "Use CONTAINS, STARTS WITH or ENDS WITH (with toLower() to ignore case), or the full-text index: CALL db.index.fulltext.queryNodes('actor_names', 'madur*').",
  );
}

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/** `db.labels() :: (label :: STRING)` -> `db.labels`. */
export function procedureName(details: unknown): string | null {
  if (typeof details !== 'string') return null;
  return /^\s*([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*)\s*\(/.exec(details)?.[1] ?? null;
}

function* operators(plan: PlanNode): Generator<PlanNode> {
  yield plan;
  for (const child of plan.children ?? []) yield* operators(child);
}

/**
 * Checks an EXPLAIN summary; answers the query type when the query may run. Refuses (403) any
 * query type but `r`, LOAD CSV (EXPLAIN reports it as a read), SHOW/TERMINATE commands and any
 * procedure outside the allowlist.
 */
export function checkPlan(summary: Pick<ResultSummary, 'queryType' | 'plan'>): string {
  const queryType = String(summary.queryType);
  if (queryType !== 'r') {
    const what = queryType === 's' ? 'changes the schema or the system' : 'writes to the graph';
    throw forbidden(`This console is read-only: the query ${what} (query type "${queryType}").`, { queryType });
  }
  const plan = summary.plan;
  if (!plan) throw forbidden('The query could not be checked (Neo4j gave no plan), so it was not run.');
  for (const op of operators(plan as unknown as PlanNode)) {
    const type = op.operatorType.split('@')[0] ?? op.operatorType;
    if (type === 'LoadCSV') throw forbidden('LOAD CSV is not allowed: the console reads only the graph.', { operator: type });
    if (/^(Show|Terminate)/.test(type)) throw forbidden('Administration commands are not allowed in this console.', { operator: type });
    if (type.startsWith('ProcedureCall')) {
      const name = procedureName(op.arguments.Details);
      if (!name || !ALLOWED_PROCEDURES.has(name)) {
        throw forbidden(`The procedure ${name ?? '(unknown)'} is not allowed here; allowed: ${[...ALLOWED_PROCEDURES].join(', ')}.`, { procedure: name });
      }
    }
  }
  return queryType;
}

/**
 * Parameters from JSON for the driver: whole numbers become Cypher integers (JSON has only one
 * number type and the driver would send floats, which `LIMIT $n` or `range()` reject).
 */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toCypherParams(v)]));
  }
  return value;
}
