/**
 * The browser's one way to talk to the API. Every answer is parsed with the zod schema of what the
 * endpoint answers, so a caller gets typed data or an ApiRequestError, never an unchecked cast.
 * A failure carries the API's `{error: {code, message, details?}}` (graph/model/errorBody.ts), the
 * HTTP status (0 when the server could not be reached) and Retry-After, so forms can tell a 401
 * from a 409 and read a conflict's details.
 */
import type { z } from 'zod';
import { ErrorBody } from '@/graph/model/errorBody';
import { formatIssues } from '@/graph/model/schema';

export type ApiErrorInfo = ErrorBody['error'];

/** What a failed fetch (fetch's TypeError) says: the browser never reached the server. */
const UNREACHABLE = 'Could not reach the Stance Graph server. Check your connection and try again.';

/** A call that failed: refused by the API, not answered at all, or answered in a shape we do not know. */
export class ApiRequestError extends Error {
  readonly code: string;
  readonly details: unknown;

  constructor(
    /** The HTTP status; 0 when no answer came back. */
    readonly status: number,
    readonly error: ApiErrorInfo,
    /** The method and URL asked, for messages and logs. */
    readonly request: string,
    /** Retry-After in seconds, when a 429 or 503 sent one. */
    readonly retryAfter: number | null = null,
  ) {
    super(error.message);
    this.name = 'ApiRequestError';
    this.code = error.code;
    this.details = error.details;
  }
}

/** The API's error from a failed response's body, or one of our own that names the status (a proxy's HTML page, an empty body). */
export function errorFromBody(body: unknown, response: Pick<Response, 'status' | 'statusText'>): ApiErrorInfo {
  const parsed = ErrorBody.safeParse(body);
  if (parsed.success) return parsed.data.error;
  return { code: `HTTP${response.status}`, message: `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.` };
}

/** What a failed call says to the user: the API's message, or a network failure in plain words. */
export function fetchErrorMessage(error: unknown): string {
  if (error instanceof TypeError) return UNREACHABLE;
  return error instanceof Error ? error.message : String(error);
}

export interface CallOptions {
  signal?: AbortSignal;
  /** Extra request headers (e.g. a snapshot's delete token). */
  headers?: Record<string, string>;
}

const isAbort = (error: unknown) => (error as { name?: unknown } | null)?.name === 'AbortError';

function retryAfterOf(response: Response): number | null {
  const header = response.headers.get('retry-after');
  const seconds = header === null ? NaN : Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}

const NOT_JSON = Symbol('not JSON');

async function call<S extends z.ZodType>(method: string, url: string, init: RequestInit, Schema: S): Promise<z.infer<S>> {
  const request = `${method} ${url}`;
  let response: Response;
  try {
    // Same origin, so the browser sends the session cookie and Origin the write routes check.
    response = await fetch(url, { ...init, method, credentials: 'same-origin' });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiRequestError(0, { code: 'NetworkError', message: UNREACHABLE }, request);
  }
  const body: unknown = await response.json().catch(() => NOT_JSON);
  // Aborted while the body streamed in: the caller asked to stop, not a bad answer.
  init.signal?.throwIfAborted();
  if (!response.ok) throw new ApiRequestError(response.status, errorFromBody(body, response), request, retryAfterOf(response));
  if (body === NOT_JSON) {
    throw new ApiRequestError(response.status, { code: 'BadResponse', message: `The server's answer to ${request} was not JSON.` }, request);
  }
  const parsed = Schema.safeParse(body);
  if (!parsed.success) {
    const issues = formatIssues(parsed.error.issues);
    const shown = issues.slice(0, 3).join('; ') + (issues.length > 3 ? `; and ${issues.length - 3} more` : '');
    throw new ApiRequestError(response.status, { code: 'BadResponse', message: `The server's answer to ${request} had an unexpected shape (${shown}).`, details: { issues } }, request);
  }
  return parsed.data;
}

/** GETs `url` and parses its answer with `Schema`. */
export function getJson<S extends z.ZodType>(url: string, Schema: S, options: CallOptions = {}): Promise<z.infer<S>> {
  return call('GET', url, { signal: options.signal, headers: options.headers }, Schema);
}

/** Sends `body` as JSON (none when undefined) and parses the answer with `Schema`. */
export function send<S extends z.ZodType>(method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, body: unknown, Schema: S, options: CallOptions = {}): Promise<z.infer<S>> {
  const json = body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...options.headers } };
  return call(method, url, { signal: options.signal, headers: options.headers, ...json }, Schema);
}

/** POSTs a file's bytes as they are (the import form's upload) and parses the answer with `Schema`. */
export function upload<S extends z.ZodType>(url: string, file: Blob, Schema: S, options: CallOptions = {}): Promise<z.infer<S>> {
  return call('POST', url, { signal: options.signal, body: file, headers: { 'content-type': 'application/octet-stream', ...options.headers } }, Schema);
}
