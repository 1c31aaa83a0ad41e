/**
 * Cross-site request refusal for the write routes: the request's Origin (or, when a browser sends
 * none, its Referer) must be the scheme and host the request came to. SameSite=Lax already keeps
 * the cookie off most cross-site requests; this also stops sibling sites and old browsers.
 */
import type { IncomingMessage } from 'node:http';
import { requestIsHttps } from '@/graph/auth/session';

export type OriginVerdict = 'same' | 'cross' | 'absent';

function firstHeader(value: string | string[] | undefined): string | undefined {
  const first = [value ?? []].flat()[0]?.split(',')[0]?.trim();
  return first === '' ? undefined : first;
}

/** The origin this request was addressed to: `http(s)://host[:port]` as the client saw it. */
export function requestOrigin(req: IncomingMessage, trustProxy: number): string | null {
  // Behind trusted proxies the Host may be rewritten; they pass the original in X-Forwarded-Host.
  const host = (trustProxy > 0 ? firstHeader(req.headers['x-forwarded-host']) : undefined) ?? firstHeader(req.headers.host);
  if (!host) return null;
  const scheme = requestIsHttps(req, trustProxy) ? 'https' : 'http';
  try {
    return new URL(`${scheme}://${host}`).origin;
  } catch {
    return null;
  }
}

/** Pure: whether the browser's Origin / Referer names `expected` (an origin such as http://host:3000). */
export function judgeOrigin(origin: string | undefined, referer: string | undefined, expected: string | null): OriginVerdict {
  const claimed = origin ?? referer;
  if (claimed === undefined) return 'absent';
  if (expected === null || claimed === 'null') return 'cross';
  try {
    return new URL(claimed).origin === expected ? 'same' : 'cross';
  } catch {
    return 'cross';
  }
}

export function originVerdict(req: IncomingMessage, trustProxy: number): OriginVerdict {
  return judgeOrigin(firstHeader(req.headers.origin), firstHeader(req.headers.referer), requestOrigin(req, trustProxy));
}
