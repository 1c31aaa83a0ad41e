/**
 * Per-client request budgets for the routes anonymous users can use to load the server:
 * POST /api/snapshots (writes up to SNAPSHOT_MAX_BYTES each), POST /api/cypher (runs queries) and
 * GET /api/datasets/[id]/export (reads a whole data set); and editors' writes, per editor.
 * Counting is rate-limiter-flexible's RateLimiterMemory: a fixed one-minute window per client,
 * kept in this process's memory (each app process counts on its own; a restart forgets).
 */
import type { IncomingMessage } from 'node:http';
import { isIPv6 } from 'node:net';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { getEnv } from '@/graph/db/env';
import type { Env } from '@/graph/db/env';
import { RetryLaterError, retryAfterSeconds } from '@/graph/http/retryLater';

export type LimitedAction = 'snapshots' | 'cypher' | 'exports' | 'edits';

const BUDGET: Record<LimitedAction, { perMinute: (env: Env) => number; what: string; per: string }> = {
  snapshots: { perMinute: (env) => env.RATE_LIMIT_SNAPSHOTS_PER_MINUTE, what: 'snapshots', per: 'client' },
  cypher: { perMinute: (env) => env.RATE_LIMIT_CYPHER_PER_MINUTE, what: 'console queries', per: 'client' },
  exports: { perMinute: (env) => env.RATE_LIMIT_EXPORTS_PER_MINUTE, what: 'data set downloads', per: 'client' },
  // Counted per signed-in editor (graph/auth/guard.ts passes the name), wherever they write from.
  edits: { perMinute: (env) => env.RATE_LIMIT_EDITS_PER_MINUTE, what: 'edits', per: 'editor' },
};

// One limiter per action and budget: a changed budget (tests change env) starts a fresh count.
const limiters = new Map<string, RateLimiterMemory>();

function limiterFor(action: LimitedAction, points: number): RateLimiterMemory {
  const key = `${action}:${points}`;
  let limiter = limiters.get(key);
  if (!limiter) {
    limiter = new RateLimiterMemory({ keyPrefix: action, points, duration: 60 });
    limiters.set(key, limiter);
  }
  return limiter;
}

/**
 * Expands an IPv6 address to its first four groups (the /64 network): one host usually owns a
 * whole /64, so keying on the full address would let it rotate through 2^64 fresh budgets.
 */
function ipv6Network(address: string): string {
  const [head = '', tail = ''] = address.toLowerCase().split('%')[0]!.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === '' ? [] : tail.split(':');
  const groups = address.includes('::') ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/** The address a limit is counted against: IPv4 as is (also when mapped into IPv6), IPv6 by its /64. */
export function normaliseAddress(address: string): string {
  const trimmed = address.trim().replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed)?.[1];
  if (mapped) return mapped;
  return isIPv6(trimmed) ? ipv6Network(trimmed) : trimmed;
}

/**
 * Who is asking. With `trustedProxies` 0 the socket's address, and X-Forwarded-For is ignored
 * (any client can write it). With n proxies in front, each appends the address it saw, so the
 * n-th entry from the right is the one the outermost trusted proxy saw; entries further left are
 * the client's own claims.
 */
export function clientKey(remoteAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedProxies: number): string {
  if (trustedProxies > 0 && forwardedFor !== undefined) {
    const hops = [forwardedFor].flat().join(',').split(',').map((a) => a.trim()).filter((a) => a !== '');
    const seen = hops[hops.length - trustedProxies] ?? hops[0];
    if (seen) return normaliseAddress(seen);
  }
  // Requests made in-process (tests, benchmarks) have no socket; they share one budget.
  return remoteAddress ? normaliseAddress(remoteAddress) : 'unknown';
}

/**
 * Counts one request against the budget for `action`: the client's, or `key`'s when given (the
 * editor's name for edits); a 429 with Retry-After when it is spent.
 */
export async function enforceRateLimit(req: IncomingMessage, action: LimitedAction, key?: string): Promise<void> {
  const env = getEnv();
  const { perMinute, what, per } = BUDGET[action];
  const points = perMinute(env);
  if (points === 0) return;
  const counted = key ?? clientKey(req.socket?.remoteAddress, req.headers['x-forwarded-for'], env.TRUST_PROXY);
  try {
    await limiterFor(action, points).consume(counted);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const seconds = retryAfterSeconds(rejection.msBeforeNext);
    throw new RetryLaterError(429, 'TooManyRequests', `Too many ${what}: the limit is ${points} a minute per ${per}. Try again in ${seconds} s.`, seconds);
  }
}
