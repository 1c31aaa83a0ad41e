/**
 * The one wrapper every API route uses: checks the method, runs the handler, and turns any
 * error into `{error: {code, message, details?}}` with the right status. Never a stack trace.
 */
import type { NextApiRequest, NextApiResponse } from 'next';
import type { z } from 'zod';
import { ApiError, badInput, describeNeo4jError } from '@/graph/errors';

type Method = 'GET' | 'POST' | 'DELETE';
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
      if (apiError.status >= 500 && apiError.code !== 'Neo4jUnavailable') console.error(error);
      if (!res.headersSent) res.status(apiError.status).json(apiError.toBody());
    }
  };
}

/** Parses input with a zod schema or throws a 400 naming each bad field. */
export function parse<S extends z.ZodType>(schema: S, input: unknown, where: string): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw badInput(result.error.issues, where);
  return result.data;
}
