/**
 * How the browser reads the API's answers: a failed response's `{error}` body (graph/http/errors.ts)
 * parsed with zod, or a plain sentence naming the status when the body is not one.
 */
import { ErrorBody } from '@/graph/http/errors';

export type ApiErrorInfo = ErrorBody['error'];

/** The API's error from a failed response's body, or one of our own that names the status. */
export function errorFromBody(body: unknown, response: Pick<Response, 'status' | 'statusText'>): ApiErrorInfo {
  const parsed = ErrorBody.safeParse(body);
  if (parsed.success) return parsed.data.error;
  return { code: `HTTP${response.status}`, message: `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.` };
}

/** The plain message of a failed response. */
export async function apiErrorMessage(response: Response): Promise<string> {
  return errorFromBody(await response.json().catch(() => null), response).message;
}

/** GETs JSON, throwing an Error with the API's plain message when the answer is not 2xx. */
export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(await apiErrorMessage(response));
  return (await response.json()) as T;
}

/** What a failed fetch says to the user: a network failure (fetch's TypeError) in plain words, else the API's message. */
export function fetchErrorMessage(error: unknown): string {
  if (error instanceof TypeError) return 'Could not reach the Stance Graph server. Check your connection and try again.';
  return error instanceof Error ? error.message : String(error);
}
