/**
 * A bound on the password hashes checked at once. scrypt runs on libuv's thread pool (4 threads
 * unless UV_THREADPOOL_SIZE says otherwise), the pool that also reads the files Next serves: a
 * burst of 200 sign-ins once held every thread and left `/login` and its JavaScript waiting 20 s.
 * Sign-ins therefore hash in at most half of the pool's threads; a few more wait their turn, first
 * come first served, and beyond that a sign-in is answered 503 Busy with Retry-After at once.
 * Per app process.
 */
import { RetryLaterError } from '@/graph/http/retryLater';
import { ConcurrencyGate } from '@/graph/http/concurrencyGate';

/** Half of libuv's thread pool (at least one thread), so file reads keep the other half. */
export function hashSlotCount(threadPoolSize: string | undefined = process.env.UV_THREADPOOL_SIZE): number {
  const size = Number(threadPoolSize);
  const threads = Number.isInteger(size) && size > 0 ? size : 4;
  return Math.max(1, Math.floor(threads / 2));
}

/** Sign-ins that may wait for a hashing slot: a few tenths of a second each at the default cost. */
export const HASH_QUEUE_LENGTH = 8;

/** How long a queued sign-in waits for a hashing slot: the whole queue's hashes take about this long. */
const HASH_WAIT_MS = 10_000;

const gate = new ConcurrencyGate(hashSlotCount(), HASH_QUEUE_LENGTH);

/** The gate sign-ins hash through (tests read its load). */
export function hashGate(): ConcurrencyGate {
  return gate;
}

/** Runs a password check within the hashing slots; 503 Busy with Retry-After when they and the queue are full. */
export function withHashSlot<T>(work: () => Promise<T>): Promise<T> {
  return gate.run(work, HASH_WAIT_MS, () => new RetryLaterError(503, 'Busy', 'Too many sign-ins are being checked at once. Try again in a second.', 1));
}
