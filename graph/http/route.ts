/**
 * The one wrapper every API route uses: checks the method, runs the handler, and turns any
 * error into `{error: {code, message, details?}}` with the right status. Never a stack trace.
 * Request bodies are read by graph/http/rawBody.ts, never by Next's parser (see there why).
 */
import type { NextApiRequest, NextApiResponse } from 'next';
import type { z } from 'zod';
import { ApiError, badInput, describeNeo4jError } from '@/graph/http/errors';
import { readJsonBody } from '@/graph/http/rawBody';
import { RetryLaterError } from '@/graph/http/retryLater';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
type Handler = (req: NextApiRequest, res: NextApiResponse) => Promise<unknown>;

export function route(handlers: Partial<Record<Method, Handler>>) {
  return async function handler(req: NextApiRequest, res: NextApiResponse): Promise<void> {
    const run = handlers[(req.method ?? 'GET') as Method];
    try {
      if (!run) {
        res.setHeader('Allow', Object.keys(handlers).join(', '));
        throw new ApiError(405, 'MethodNotAllowed', `Use ${Object.keys(handlers).join(' or ')} for ${req.url?.split('?')[0] ?? 'this route'}.`);
      }
      const body = await run(req, res);
      if (!res.headersSent) res.status(200).json(body);
    } catch (error) {
      const apiError = describeNeo4jError(error);
      // Our own ApiErrors (busy, storage full) are expected answers, not faults worth a stack in the log.
      if (!(error instanceof ApiError) && apiError.status >= 500 && apiError.code !== 'Neo4jUnavailable') console.error(error);
      if (res.headersSent) return;
      if (apiError instanceof RetryLaterError) res.setHeader('Retry-After', String(apiError.retryAfterSeconds));
      res.status(apiError.status).json(apiError.toBody());
    }
  };
}

/** Parses input with a zod schema or throws a 400 naming each bad field. */
export function parse<S extends z.ZodType>(schema: S, input: unknown, where: string): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw badInput(result.error.issues, where);
  return result.data;
}

/** Reads the request's JSON body (415/413/400 as graph/http/rawBody.ts says) and parses it with a zod schema. */
export async function parseBody<S extends z.ZodType>(req: NextApiRequest, schema: S, maxBytes: number, where = 'request body'): Promise<z.infer<S>> {
  return parse(schema, await readJsonBody(req, maxBytes), where);
}
