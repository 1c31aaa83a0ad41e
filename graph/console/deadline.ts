/**
 * The console's own deadline. Neo4j is sent CYPHER_TIMEOUT_MS with every console transaction, but
 * it checks that timeout only where its runtime looks: a query can outlast it inside one long
 * function call, and four of them would hold every console slot. So the app keeps a deadline of
 * its own: at the timeout plus a grace it answers 408 and ends the transaction itself, found by the
 * run id in its metadata (`TERMINATE TRANSACTIONS`, which Neo4j lets a user run on its own
 * transactions), and the console slot frees with the answer. Regular expressions, which Neo4j
 * cannot stop at all, are refused before anything runs (graph/console/cypherGuard.ts).
 */
import { randomUUID } from 'node:crypto';
import { transactions } from '@/graph/db/driver';
import { ApiError } from '@/graph/http/errors';

const { runAutoCommit } = transactions('console');

/** How long past Neo4j's own timeout the app waits before it ends the query itself. */
export const DEADLINE_GRACE_MS = 1000;

/** Ends the transactions tagged with `run`; answers how many Neo4j was still running. */
export async function terminateRun(run: string): Promise<number> {
  const found = await runAutoCommit(
    'SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.run = $run RETURN collect(transactionId) AS ids',
    { run },
  );
  const ids = (found[0]?.get('ids') as string[] | undefined) ?? [];
  if (ids.length > 0) await runAutoCommit('TERMINATE TRANSACTIONS $ids', { ids });
  return ids.length;
}

/** What the work is given: the run id to put into its transaction's metadata, and `start()`, called once Neo4j has the transaction. */
export interface Deadline {
  run: string;
  start(): void;
}

/**
 * Runs `work` and answers what it answers, or 408 at `timeoutMs` plus the grace after the work
 * called `start()`, when the transaction is ended in the background. The clock starts with the
 * transaction, not the request: a Neo4j that cannot be reached is retried by the driver and
 * answered 503 as before, not taken for a slow query.
 */
export async function withDeadline<T>(work: (deadline: Deadline) => Promise<T>, timeoutMs: number, terminate: (run: string) => Promise<unknown> = terminateRun): Promise<T> {
  const run = randomUUID();
  let timer: NodeJS.Timeout | undefined;
  let expire: (error: ApiError) => void = () => undefined;
  const deadline = new Promise<never>((_, reject) => (expire = reject));
  const start = () => {
    if (timer) return;
    timer = setTimeout(() => {
      terminate(run).catch((error: unknown) => console.error(`Could not end console query ${run}:`, error));
      expire(new ApiError(408, 'Timeout', `The query took longer than the ${timeoutMs / 1000} s allowed and was stopped.`, { timeoutMs }));
    }, timeoutMs + DEADLINE_GRACE_MS);
  };
  const running = work({ run, start });
  // Once the deadline has answered, the work's own failure (its transaction ended) has no one to hear it.
  running.catch(() => undefined);
  try {
    return await Promise.race([running, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
