/**
 * A bound on how many console queries run at once. Each one holds a Neo4j worker (and a pooled
 * connection) for up to CYPHER_TIMEOUT_MS, so without a bound a handful of runaway queries could
 * hold them all and starve the explorer. A further query waits up to CYPHER_QUEUE_WAIT_MS for a
 * slot, first come first served, then gets 503 with Retry-After. Per app process.
 */
import { getEnv } from '@/graph/db/env';
import { RetryLaterError, retryAfterSeconds } from '@/graph/http/retryLater';
import { ConcurrencyGate } from '@/graph/http/concurrencyGate';

// One gate per configured bound: a changed CYPHER_MAX_CONCURRENT (tests change env) starts a fresh one.
let consoleGate: ConcurrencyGate | undefined;

/** Runs a console query within CYPHER_MAX_CONCURRENT; 503 Busy with Retry-After after CYPHER_QUEUE_WAIT_MS. */
export function withConsoleSlot<T>(work: () => Promise<T>): Promise<T> {
  const env = getEnv();
  if (consoleGate?.limit !== env.CYPHER_MAX_CONCURRENT) consoleGate = new ConcurrencyGate(env.CYPHER_MAX_CONCURRENT);
  // A slot frees at the latest when a running query hits its time-out.
  const seconds = retryAfterSeconds(env.CYPHER_TIMEOUT_MS);
  return consoleGate.run(work, env.CYPHER_QUEUE_WAIT_MS, () =>
    new RetryLaterError(503, 'Busy', `The console is already running ${env.CYPHER_MAX_CONCURRENT} queries at once, its limit. Try again in ${seconds} s.`, seconds),
  );
}
