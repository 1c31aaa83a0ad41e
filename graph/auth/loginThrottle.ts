/**
 * Password guessing limits for POST /api/auth/login. Each attempt is counted *before* its password
 * is checked (and refunded when it was right), so a burst sent at once is counted like one sent in
 * turn; checking first and counting after let 40 concurrent guesses all through.
 *
 * - Per client and name: RATE_LIMIT_LOGIN_FAILURES failed sign-ins in 15 minutes, then 429 with
 *   Retry-After for that name from that client, even with the right password. Other clients are not
 *   held back: names are public (the audit trail names editors), so a lock per name alone would let
 *   anyone lock an editor out from elsewhere.
 * - Per client, whatever the names: RATE_LIMIT_LOGIN_CLIENT_FAILURES in 15 minutes.
 * - At most MAX_IN_FLIGHT_PER_CLIENT attempts from one client and MAX_IN_FLIGHT_PER_NAME for one name
 *   are being checked at once (each takes ~500 ms, graph/auth/signIn.ts); another is answered 429
 *   at once. This bounds how fast one name can be guessed from many addresses.
 * Kept in this process's memory with rate-limiter-flexible, like graph/http/rateLimit.ts.
 */
import type { IncomingMessage } from 'node:http';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { getEnv } from '@/graph/db/env';
import { clientKey } from '@/graph/http/rateLimit';
import { RetryLaterError, retryAfterSeconds } from '@/graph/http/retryLater';

export const LOGIN_FAILURE_WINDOW_SECONDS = 15 * 60;
export const MAX_IN_FLIGHT_PER_CLIENT = 2;
export const MAX_IN_FLIGHT_PER_NAME = 4;

/** Pure bookkeeping of how many attempts each key has in progress. */
export class InFlight {
  private readonly counts = new Map<string, number>();

  /** Takes a place for `key` when fewer than `max` are taken; whether it did. */
  tryEnter(key: string, max: number): boolean {
    const count = this.counts.get(key) ?? 0;
    if (count >= max) return false;
    this.counts.set(key, count + 1);
    return true;
  }

  leave(key: string): void {
    const count = (this.counts.get(key) ?? 0) - 1;
    if (count > 0) this.counts.set(key, count);
    else this.counts.delete(key);
  }

  count(key: string): number {
    return this.counts.get(key) ?? 0;
  }
}

const inFlight = new InFlight();

// One limiter per budget: a changed budget (tests change env) starts a fresh count.
const limiters = new Map<string, RateLimiterMemory>();

function limiterFor(keyPrefix: string, points: number): RateLimiterMemory {
  const key = `${keyPrefix}:${points}`;
  let limiter = limiters.get(key);
  if (!limiter) {
    limiter = new RateLimiterMemory({ keyPrefix, points, duration: LOGIN_FAILURE_WINDOW_SECONDS });
    limiters.set(key, limiter);
  }
  return limiter;
}

/** A sign-in attempt that has been counted; `release()` must follow, in a `finally`. */
export interface LoginAttempt {
  /** The password was right: this attempt no longer counts, nor do the earlier failures of this name from this client. */
  succeeded(): Promise<void>;
  /** The password was never checked (the hashing slots were full): this attempt no longer counts. */
  notChecked(): Promise<void>;
  /** Frees the attempt's places among those in progress. */
  release(): void;
}

interface Counted {
  limiter: RateLimiterMemory;
  key: string;
}

/** Pure: the keys an attempt is counted under. Names are folded to lower case, so "Ana" and "ana" share a count. */
export function attemptKeys(name: string, client: string): { client: string; name: string; nameAndClient: string } {
  const folded = name.toLowerCase();
  return { client, name: folded, nameAndClient: `${folded}\u0000${client}` };
}

function tooMany(message: string, msBeforeNext: number): RetryLaterError {
  const seconds = retryAfterSeconds(msBeforeNext);
  return new RetryLaterError(429, 'TooManyRequests', `${message} Try again in ${seconds} s.`, seconds);
}

/**
 * Starts a sign-in attempt for `name`: 429 with Retry-After when this client already has attempts in
 * progress, or this name does, or a failure budget is spent; otherwise counts it as a failure until
 * told otherwise.
 */
export async function beginLoginAttempt(req: IncomingMessage, name: string): Promise<LoginAttempt> {
  const env = getEnv();
  const keys = attemptKeys(name, clientKey(req.socket?.remoteAddress, req.headers['x-forwarded-for'], env.TRUST_PROXY));
  const clientPlace = `client\u0000${keys.client}`;
  const namePlace = `name\u0000${keys.name}`;
  // Places are taken synchronously, before anything is awaited, so a burst cannot slip past the bound.
  if (!inFlight.tryEnter(clientPlace, MAX_IN_FLIGHT_PER_CLIENT)) throw tooMany('A sign-in from this address is already being checked.', 1000);
  if (!inFlight.tryEnter(namePlace, MAX_IN_FLIGHT_PER_NAME)) {
    inFlight.leave(clientPlace);
    throw tooMany('Sign-ins for this name are already being checked.', 1000);
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    inFlight.leave(clientPlace);
    inFlight.leave(namePlace);
  };

  const budgets: Array<Counted & { points: number; message: string }> = [];
  if (env.RATE_LIMIT_LOGIN_FAILURES > 0) {
    const points = env.RATE_LIMIT_LOGIN_FAILURES;
    budgets.push({ limiter: limiterFor('login-name-client', points), key: keys.nameAndClient, points, message: `Too many failed sign-ins for this name (${points} in ${LOGIN_FAILURE_WINDOW_SECONDS / 60} minutes).` });
  }
  if (env.RATE_LIMIT_LOGIN_CLIENT_FAILURES > 0) {
    const points = env.RATE_LIMIT_LOGIN_CLIENT_FAILURES;
    budgets.push({ limiter: limiterFor('login-client', points), key: keys.client, points, message: `Too many failed sign-ins from this address (${points} in ${LOGIN_FAILURE_WINDOW_SECONDS / 60} minutes).` });
  }
  // consume() counts the attempt now; RateLimiterMemory does it synchronously, so concurrent attempts see each other.
  const results = await Promise.allSettled(budgets.map((budget) => budget.limiter.consume(budget.key)));
  const refused = results.flatMap((result, i) => (result.status === 'rejected' ? [{ budget: budgets[i]!, reason: result.reason as unknown }] : []));
  if (refused.length > 0) {
    release();
    // The budgets that did count it give the point back: the attempt was not made.
    await Promise.all(results.map((result, i) => (result.status === 'fulfilled' ? budgets[i]!.limiter.reward(budgets[i]!.key, 1) : null)));
    const unexpected = refused.find(({ reason }) => !(reason instanceof RateLimiterRes));
    if (unexpected) throw unexpected.reason;
    const longest = refused.reduce((a, b) => ((a.reason as RateLimiterRes).msBeforeNext >= (b.reason as RateLimiterRes).msBeforeNext ? a : b));
    throw tooMany(longest.budget.message, (longest.reason as RateLimiterRes).msBeforeNext);
  }

  const refund = () => Promise.all(budgets.map((budget) => budget.limiter.reward(budget.key, 1)));
  return {
    succeeded: async () => {
      await refund();
      // Whoever knows this name's password may forget its earlier typos from here; the client's count stays.
      const own = budgets.find((budget) => budget.key === keys.nameAndClient);
      if (own) await own.limiter.delete(own.key);
    },
    notChecked: async () => {
      await refund();
    },
    release,
  };
}
