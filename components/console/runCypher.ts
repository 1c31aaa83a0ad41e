/**
 * The console's one call to the server: POST /api/cypher, answered as a result or as the API's
 * error body, so the page can show Neo4j's code, message and position.
 */
import { CypherResponse } from '@/graph/apiTypes';
import type { ErrorBody } from '@/graph/http/errors';
import { errorFromBody } from '@/components/apiClient';
import type { ConsoleState } from '@/components/console/consoleState';

export type RunOutcome =
  | { ok: true; result: CypherResponse }
  | { ok: false; status: number; error: ErrorBody['error'] };

export async function runCypher({ query, params, connect }: ConsoleState, signal?: AbortSignal): Promise<RunOutcome> {
  let response: Response;
  try {
    response = await fetch('/api/cypher', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, params, connect }),
      signal,
    });
  } catch (error) {
    if ((error as { name?: string }).name === 'AbortError') throw error;
    return { ok: false, status: 0, error: { code: 'NetworkError', message: 'The server could not be reached. Check your connection and try again.' } };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) {
    const result = CypherResponse.safeParse(body);
    if (result.success) return { ok: true, result: result.data };
    return { ok: false, status: response.status, error: { code: 'BadResponse', message: 'The server answered in an unexpected shape.' } };
  }
  return { ok: false, status: response.status, error: errorFromBody(body, response) };
}
