/**
 * Password guessing limits for POST /api/auth/login: after RATE_LIMIT_LOGIN_FAILURES failed
 * sign-ins in 15 minutes, for one name (from anywhere) or from one client (for any name), further
 * attempts are refused with 429 and Retry-After before any password is checked. Kept in this
 * process's memory with rate-limiter-flexible, like graph/http/rateLimit.ts.
 */
import type { IncomingMessage } from 'node:http';
import { RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible';
import { getEnv } from '@/graph/db/driver';
import { clientKey } from '@/graph/http/rateLimit';
import { RetryLaterError, retryAfterSeconds } from '@/graph/http/retryLater';

export const LOGIN_FAILURE_WINDOW_SECONDS = 15 * 60;

interface Limiters {
  byName: RateLimiterMemory;
  byClient: RateLimiterMemory;
}

// One pair per budget: a changed budget (tests change env) starts a fresh count.
const limiters = new Map<number, Limiters>();

function limitersFor(points: number): Limiters {
  let pair = limiters.get(points);
  if (!pair) {
    const make = (keyPrefix: string) => new RateLimiterMemory({ keyPrefix, points, duration: LOGIN_FAILURE_WINDOW_SECONDS });
    pair = { byName: make('login-name'), byClient: make('login-client') };
    limiters.set(points, pair);
  }
  return pair;
}

interface Attempt {
  points: number;
  pair: Limiters;
  name: string;
  client: string;
}

function attempt(req: IncomingMessage, name: string): Attempt | null {
  const env = getEnv();
  const points = env.RATE_LIMIT_LOGIN_FAILURES;
  if (points === 0) return null;
  // Names are compared as typed on sign-in; folding case keeps "Alice" and "alice" on one count.
  return { points, pair: limitersFor(points), name: name.toLowerCase(), client: clientKey(req.socket?.remoteAddress, req.headers['x-forwarded-for'], env.TRUST_PROXY) };
}

function refusal(msBeforeNext: number, points: number): RetryLaterError {
  const seconds = retryAfterSeconds(msBeforeNext);
  return new RetryLaterError(429, 'TooManyRequests', `Too many failed sign-ins (${points} in ${LOGIN_FAILURE_WINDOW_SECONDS / 60} minutes). Try again in ${seconds} s.`, seconds);
}

/** Throws 429 when this name or this client has used up its failures; counts nothing. */
export async function checkLoginAllowed(req: IncomingMessage, name: string): Promise<void> {
  const current = attempt(req, name);
  if (!current) return;
  const [byName, byClient] = await Promise.all([current.pair.byName.get(current.name), current.pair.byClient.get(current.client)]);
  const spent = [byName, byClient].filter((res): res is RateLimiterRes => res !== null && res.consumedPoints >= current.points);
  if (spent.length > 0) throw refusal(Math.max(...spent.map((res) => res.msBeforeNext)), current.points);
}

/** Counts a failed sign-in against the name and the client. */
export async function recordLoginFailure(req: IncomingMessage, name: string): Promise<void> {
  const current = attempt(req, name);
  if (!current) return;
  // penalty() adds points without rejecting, so the failure is counted even on the last allowed try.
  await Promise.all([current.pair.byName.penalty(current.name), current.pair.byClient.penalty(current.client)]);
}

/** A successful sign-in clears the name's count (not the client's: one known password must not reset guessing at others). */
export async function recordLoginSuccess(req: IncomingMessage, name: string): Promise<void> {
  const current = attempt(req, name);
  if (!current) return;
  await current.pair.byName.delete(current.name);
}
