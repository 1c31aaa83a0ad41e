/**
 * `/api/cypher`: a user's Cypher, checked (graph/console/cypherGuard.ts) and run read-only with the
 * server's timeout and caps, answered as rows of JSON plus the cytoscape elements of every node,
 * relationship and path anywhere in the result, and (connect) of the relationships between them.
 */
import type { ManagedTransaction, Node, Record as Neo4jRecord, Result } from 'neo4j-driver';
import { ApiError, describeNeo4jError } from '@/graph/http/errors';
import { type CypherPosition } from '@/graph/model/errorBody';
import { getEnv } from '@/graph/db/env';
import { transactions } from '@/graph/db/driver';
import { ResultMapper, withNodes } from '@/graph/db/boltMappings';
import { toElements } from '@/graph/model/elements';
import { checkPlan, checkSizes, refuseAdminCommands, refuseRegexMatch, toCypherParams } from '@/graph/console/cypherGuard';
import { withDeadline } from '@/graph/console/deadline';
import { connectResultNodes } from '@/graph/console/connectResult';
import type { CypherRequestInput, CypherResponse } from '@/graph/console/consoleTypes';

const { read } = transactions('console');

/**
 * Query texts the plan check already approved, with their query type. Whether a query writes,
 * loads CSV or calls a procedure is fixed by its text (parameters cannot change it), so a text
 * approved once need not be planned again; the READ transaction still guards every run.
 */
const approved = new Map<string, string>();
const APPROVED_MAX = 500;

function remember(query: string, queryType: string): void {
  if (approved.size >= APPROVED_MAX) approved.delete(approved.keys().next().value ?? '');
  approved.set(query, queryType);
}

const EXPLAIN_PREFIX = 'EXPLAIN ';

/**
 * Plans the query without running it. Neo4j reports syntax errors against the text it was sent,
 * so positions are moved back by the prefix: they must point into the user's own query.
 */
async function explain(tx: ManagedTransaction, query: string, params: Record<string, unknown>) {
  try {
    return (await tx.run(EXPLAIN_PREFIX + query, params)).summary;
  } catch (error) {
    throw withoutPrefix(describeNeo4jError(error), EXPLAIN_PREFIX.length);
  }
}

/** The same error with its position (and the position written in its message) `shift` characters earlier on line 1. */
export function withoutPrefix(error: ApiError, shift: number): ApiError {
  const details = error.details as { position?: CypherPosition } | undefined;
  const position = details?.position;
  if (!position) return error;
  const moved = { line: position.line, column: position.line === 1 ? position.column - shift : position.column, offset: position.offset - shift };
  const message = error.message.replace(/line (\d+), column (\d+) \(offset: (\d+)\)/, `line ${moved.line}, column ${moved.column} (offset: ${moved.offset})`);
  return new ApiError(error.status, error.code, message, { ...details, position: moved });
}

/**
 * Hands `onRecord` each record of `result` as the driver decodes it, up to `maxRows`; answers the
 * columns and whether more records followed. Through `subscribe` rather than `for await`: the
 * async iterator allocates promises for every record, which for 200 rows of nodes and
 * relationships came to 1.4 MB, a third of what the driver itself allocates (bench:api).
 * Records past the cap are ignored, and the rest is discarded on the server when the
 * transaction ends; until then (the few milliseconds the answer takes to finish) the driver
 * may go on fetching batches of 1,000 records.
 */
function readRecords(result: Result, maxRows: number, onRecord: (record: Neo4jRecord) => boolean): Promise<{ columns: string[]; truncated: boolean }> {
  return new Promise((resolve, reject) => {
    let columns: string[] = [];
    let rows = 0;
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
    };
    result.subscribe({
      onKeys: (keys) => {
        columns = keys.map(String);
      },
      onNext: (record) => {
        if (settled) return;
        if (rows === maxRows) return finish(() => resolve({ columns, truncated: true }));
        rows += 1;
        try {
          if (!onRecord(record)) finish(() => resolve({ columns, truncated: true }));
        } catch (error) {
          finish(() => reject(error));
        }
      },
      onCompleted: () => finish(() => resolve({ columns, truncated: false })),
      onError: (error) => finish(() => reject(error)),
    });
  });
}

/** Records the console's driver asks for at a time: what can still arrive after the byte cap stops the reader. */
const CONSOLE_FETCH_SIZE = 20;

export async function runCypher(request: CypherRequestInput): Promise<CypherResponse> {
  const env = getEnv();
  checkSizes(request.query, request.params, env);
  refuseAdminCommands(request.query);
  refuseRegexMatch(request.query);
  const params = toCypherParams(request.params ?? {}) as Record<string, unknown>;

  return withDeadline(({ run, start }) => read(
    async (tx) => {
      start();
      // EXPLAIN plans without running: the plan says whether the query would only read.
      let queryType = approved.get(request.query);
      if (queryType === undefined) {
        queryType = checkPlan(await explain(tx, request.query, params));
        remember(request.query, queryType);
      }

      const started = performance.now();
      const result = tx.run(request.query, params);
      const mapper = new ResultMapper(env.CYPHER_MAX_ELEMENTS);
      let mappingMs = 0;
      let bytes = 0;
      const { columns, truncated } = await readRecords(result, env.CYPHER_MAX_ROWS, (record) => {
        const before = performance.now();
        // Counted as the answer will carry it: a row that would take the rows past the cap is left out, and so is the rest.
        bytes += Buffer.byteLength(JSON.stringify(mapper.add(record)));
        const fits = bytes <= env.CYPHER_MAX_RESULT_BYTES;
        if (!fits) mapper.dropLastRow();
        mappingMs += performance.now() - before;
        return fits;
      });
      // The query's own time: waiting for and reading records, not turning them into JSON.
      const timeMs = Math.round((performance.now() - started - mappingMs) * 10) / 10;

      const mapped = mapper.result();
      let graph = mapped.graph;
      if (mapped.missingNodeIds.length > 0) {
        // Relationships returned without their end nodes still need both ends to be drawn.
        const ends = await tx.run('MATCH (n) WHERE elementId(n) IN $ids RETURN n', { ids: mapped.missingNodeIds });
        graph = withNodes(graph, ends.records.map((r) => r.get('n') as Node));
      }
      // Connect is on unless asked off (CypherRequest's default); its relationships go to the graph only, not the rows.
      const connection = request.connect === false ? { graph, connected: 0, truncated: false } : await connectResultNodes(tx, graph, env.CYPHER_MAX_ELEMENTS);
      graph = connection.graph;
      return {
        // Whole entities in the rows; on the canvas, evidence is fetched when a stance is opened.
        elements: toElements(graph),
        columns,
        rows: mapped.rows,
        summary: { timeMs, rows: mapped.rows.length, truncated: truncated || mapped.truncated || connection.truncated, queryType, connected: connection.connected },
      };
    },
    { timeoutMs: env.CYPHER_TIMEOUT_MS, run, fetchSize: CONSOLE_FETCH_SIZE },
  ), env.CYPHER_TIMEOUT_MS);
}
