/**
 * The one error shape every API answer uses, `{error: {code, message, details?}}`, and the place
 * in a query Neo4j's syntax errors point at. Pure, so the browser parses errors with it too.
 */
import { z } from 'zod';

export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export interface CypherPosition {
  line: number;
  column: number;
  offset: number;
}

/** Neo4j writes positions into messages as `(line 1, column 8 (offset: 7))`. */
export function positionFromMessage(message: string): CypherPosition | undefined {
  const match = /line (\d+), column (\d+) \(offset: (\d+)\)/.exec(message);
  if (!match) return undefined;
  return { line: Number(match[1]), column: Number(match[2]), offset: Number(match[3]) };
}
