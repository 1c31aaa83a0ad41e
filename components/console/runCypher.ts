/**
 * The console's one call to the server: POST /api/cypher, answered as a result or as the API's
 * error body, so the page can show Neo4j's code, message and position.
 */
import { CypherResponse } from '@/graph/console/consoleTypes';
import type { ErrorBody } from '@/graph/model/errorBody';
import { ApiRequestError, send } from '@/components/apiClient';
import type { ConsoleState } from '@/components/console/consoleState';

export type RunOutcome =
  | { ok: true; result: CypherResponse }
  | { ok: false; status: number; error: ErrorBody['error'] };

/** Runs a query; a refusal is an outcome to show, while an abort (a newer run took over) still throws. */
export async function runCypher({ query, params, connect }: ConsoleState, signal?: AbortSignal): Promise<RunOutcome> {
  try {
    return { ok: true, result: await send('POST', '/api/cypher', { query, params, connect }, CypherResponse, { signal }) };
  } catch (error) {
    if (!(error instanceof ApiRequestError)) throw error;
    return { ok: false, status: error.status, error: error.error };
  }
}
