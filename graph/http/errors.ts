/**
 * Errors as the API answers them: `{error: {code, message, details?}}` with an HTTP status.
 * Neo4j's own errors are translated here, once, into plain messages; no stack trace leaves.
 */
import { z } from 'zod';
import { formatIssues } from '@/graph/model/schema';
import { ErrorBody, positionFromMessage } from '@/graph/model/errorBody';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.details === undefined ? {} : { details: this.details }) } };
  }
}

/** 400 for input that fails its zod schema, naming each bad field. */
export function badInput(issues: readonly z.core.$ZodIssue[], where: string): ApiError {
  const problems = formatIssues(issues);
  return new ApiError(400, 'BadRequest', `Bad ${where}: ${problems.join('; ')}`, { issues: problems });
}

const UNREACHABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Translates anything a query can throw into an ApiError with a status and a plain message. */
export function describeNeo4jError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : '';
  const message = error instanceof Error ? error.message : String(error);
  if (UNREACHABLE.has(code) || /ECONNREFUSED|ECONNRESET|ETIMEDOUT|Could not perform discovery|Failed to connect/i.test(message)) {
    return new ApiError(503, 'Neo4jUnavailable', 'The graph database (Neo4j) is not reachable right now. Try again in a moment.');
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new ApiError(503, 'Neo4jUnavailable', 'The graph database (Neo4j) refused the configured credentials (NEO4J_USER / NEO4J_PASSWORD).');
  }
  if (code.startsWith('Neo.ClientError.Statement.SyntaxError') || code === 'Neo.ClientError.Statement.ArgumentError' || code === 'Neo.ClientError.Statement.SemanticError') {
    const position = positionFromMessage(message);
    return new ApiError(400, 'CypherSyntaxError', firstLine(message), { neo4jCode: code, ...(position ? { position } : {}) });
  }
  if (code === 'Neo.ClientError.Statement.ParameterMissing' || code.startsWith('Neo.ClientError.Statement.') || code.startsWith('Neo.ClientError.Procedure.')) {
    return new ApiError(400, 'CypherError', firstLine(message), { neo4jCode: code });
  }
  if (code.includes('TransactionTimedOut') || code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
    return new ApiError(408, 'Timeout', 'The query took longer than the time allowed and was stopped.', { neo4jCode: code });
  }
  if (code === 'Neo.ClientError.Statement.AccessMode' || code.startsWith('Neo.ClientError.Security.')) {
    return new ApiError(403, 'Forbidden', 'This console is read-only: the query tried to change data or reach something it may not.', { neo4jCode: code });
  }
  if (code.includes('MemoryPoolOutOfMemoryError') || code.includes('TransactionMemoryLimit')) {
    return new ApiError(413, 'TooLarge', 'The query needed more memory than allowed; narrow it or add a LIMIT.', { neo4jCode: code });
  }
  return new ApiError(500, 'DatabaseError', code ? `The database could not answer (${code}).` : 'Something went wrong on the server.');
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() ?? message;
}
