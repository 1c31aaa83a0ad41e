/**
 * A bound on how many console queries run at once. Each one holds a Neo4j worker (and a pooled
 * connection) for up to CYPHER_TIMEOUT_MS, so without a bound a handful of runaway queries could
 * hold them all and starve the explorer. A further query waits up to CYPHER_QUEUE_WAIT_MS for a
 * slot, first come first served, then gets 503 with Retry-After. Per app process.
 */
import { getEnv } from '@/graph/db/driver';
import { RetryLaterError, retryAfterSeconds } from '@/graph/http/retryLater';

interface Waiter {
  grant(): void;
}

/** A counting semaphore whose waiters give up after a while. */
export class ConcurrencyGate {
  private running = 0;
  private readonly waiting: Waiter[] = [];

  constructor(readonly limit: number) {}

  /** Runs `work` once a slot is free; rejects with `onTimeout()` if none frees within `waitMs`. */
  async run<T>(work: () => Promise<T>, waitMs: number, onTimeout: () => Error): Promise<T> {
    await this.acquire(waitMs, onTimeout);
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  /** How many hold a slot and how many wait for one. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  private acquire(waitMs: number, onTimeout: () => Error): Promise<void> {
    if (this.running < this.limit) {
      this.running += 1;
      return Promise.resolve();
    }
    if (waitMs <= 0) return Promise.reject(onTimeout());
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        grant: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(waiter), 1);
        reject(onTimeout());
      }, waitMs);
      this.waiting.push(waiter);
    });
  }

  private release(): void {
    // Hand the slot straight to the longest waiter, so `running` never dips and lets a newcomer jump the queue.
    const next = this.waiting.shift();
    if (next) next.grant();
    else this.running -= 1;
  }
}

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
