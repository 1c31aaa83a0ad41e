/**
 * Calls a Next.js API route handler in-process with a minimal request and response, so tests
 * and benchmarks exercise the real route (parsing, `route()` error handling, graph/ code, Neo4j)
 * without starting Next. Answers the status, headers and the parsed JSON body.
 */
import { Readable } from 'node:stream';
import type { NextApiHandler, NextApiRequest, NextApiResponse } from 'next';

export interface RouteCall {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';
  /** Query-string values as Next parses them (dynamic route segments such as `[id]` go here too). */
  query?: Record<string, string | string[]>;
  body?: unknown;
  /** A raw body sent as is instead of `body`'s JSON (a data file for POST /api/edit/import). */
  rawBody?: Buffer;
  /** Extra request headers (lower-case names), e.g. cookie, origin and host for the editor routes (tests/support/editors.ts). */
  headers?: Record<string, string>;
  /**
   * Parse the answer back from JSON, as a client would (default). Benchmarks turn this off: the
   * JSON text is still produced, as Next would send it, but the client's parsing is not timed.
   */
  parseAnswer?: boolean;
}

export interface RouteAnswer<T = unknown> {
  status: number;
  headers: Record<string, string | string[]>;
  body: T;
}

export async function callRoute<T = unknown>(handler: NextApiHandler, call: RouteCall = {}): Promise<RouteAnswer<T>> {
  const method = call.method ?? 'GET';
  const query = call.query ?? {};
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) for (const v of [value].flat()) search.append(key, v);
  // A readable stream of the JSON body, as Node hands routes that read it themselves (graph/http/rawBody.ts);
  // `body` is set too, as Next's own parser would.
  const text = call.body === undefined ? '' : JSON.stringify(call.body);
  const bytes = call.rawBody ?? Buffer.from(text);
  const req = Object.assign(Readable.from(bytes.length === 0 ? [] : [bytes]), {
    method,
    query,
    body: call.body,
    headers: { 'content-type': 'application/json', 'content-length': String(bytes.length), ...call.headers },
    url: `/api/test${search.size > 0 ? `?${search.toString()}` : ''}`,
    cookies: {},
  }) as unknown as NextApiRequest;

  let status = 200;
  let payload: unknown = undefined;
  let sent = false;
  const headers: Record<string, string | string[]> = {};
  const res = {
    get headersSent() {
      return sent;
    },
    status(code: number) {
      status = code;
      return res;
    },
    setHeader(name: string, value: string | string[]) {
      headers[name.toLowerCase()] = value;
      return res;
    },
    getHeader(name: string) {
      return headers[name.toLowerCase()];
    },
    json(body: unknown) {
      // Round-trip through JSON, as the wire would: what is not JSON does not reach a client.
      const text = JSON.stringify(body);
      payload = call.parseAnswer === false ? text : (JSON.parse(text) as unknown);
      sent = true;
    },
    send(body: unknown) {
      payload = body;
      sent = true;
    },
    end() {
      sent = true;
    },
  } as unknown as NextApiResponse;

  await handler(req, res);
  if (!sent) throw new Error(`The route answered nothing for ${method} ${req.url ?? ''}`);
  return { status, headers, body: payload as T };
}
