/**
 * A failed run, shown under the editor: Neo4j's code and message, where in the query it went
 * wrong, and for refusals one sentence on why (the console is read-only).
 */
import { z } from 'zod';
import type { ErrorBody } from '@/graph/model/errorBody';
import styles from '@/components/console/console.module.css';

/** What /api/cypher puts in `details` (graph/http/errors.ts `describeNeo4jError`). */
export const ErrorDetails = z.object({
  neo4jCode: z.string().optional(),
  position: z.object({ line: z.number(), column: z.number(), offset: z.number() }).optional(),
  issues: z.array(z.string()).optional(),
});
export type ErrorDetails = z.infer<typeof ErrorDetails>;

export function errorDetails(error: ErrorBody['error']): ErrorDetails {
  const parsed = ErrorDetails.safeParse(error.details ?? {});
  return parsed.success ? parsed.data : {};
}

export const READ_ONLY_EXPLANATION =
  'This console is read-only: it runs queries that read the graph and refuses anything that writes (CREATE, MERGE, SET, DELETE), administers the database or loads files (LOAD CSV).';

function title(status: number, code: string): string {
  if (status === 403) return 'Refused';
  if (code === 'CypherSyntaxError') return 'Syntax error';
  if (code === 'CypherError') return 'The query failed';
  if (status === 408) return 'Timed out';
  if (status === 413) return 'Result too large';
  if (status === 503 || status === 0) return 'Database unavailable';
  if (code === 'BadRequest') return 'Invalid request';
  return 'Error';
}

export default function QueryError({ status, error }: { status: number; error: ErrorBody['error'] }) {
  const details = errorDetails(error);
  return (
    <div className={styles.errorBox} role="alert" data-testid="query-error">
      <p className={styles.errorTitle}>
        {title(status, error.code)}
        {details.position && (
          <span className={styles.errorWhere}>
            {' '}
            at line {details.position.line}, column {details.position.column}
          </span>
        )}
      </p>
      {status === 403 && <p data-testid="read-only-explanation">{READ_ONLY_EXPLANATION}</p>}
      <p className={styles.errorMessage}>{error.message}</p>
      <p className={styles.errorCode}>
        <code>{details.neo4jCode ?? error.code}</code>
      </p>
    </div>
  );
}
