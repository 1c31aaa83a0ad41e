/**
 * The editor's session: an iron-session 8 cookie (sealed: encrypted and signed with SESSION_SECRET),
 * `HttpOnly`, `SameSite=Lax`, `Secure` when the request came over HTTPS. It holds only
 * `{editor, seenAt}`; the idle expiry is enforced from `seenAt` and the cookie is re-sealed on each
 * authenticated request, so an active editor stays signed in and an idle one is signed out.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { getIronSession, type IronSession, type SessionOptions } from 'iron-session';
import { getEnv } from '@/graph/db/driver';
import { editingConfigProblem, type Env } from '@/graph/db/env';
import { ApiError } from '@/graph/http/errors';

export const SESSION_COOKIE = 'stance_graph_session';

export interface SessionData {
  editor?: string;
  /** Epoch milliseconds of the last authenticated request. */
  seenAt?: number;
}

/**
 * Whether the request reached us over HTTPS. Behind proxies (TRUST_PROXY > 0) the TLS ends at the
 * proxy, which says so in X-Forwarded-Proto; without trusted proxies that header is anyone's to
 * write, so only the socket counts.
 */
export function requestIsHttps(req: IncomingMessage, trustProxy: number): boolean {
  const forwarded = req.headers['x-forwarded-proto'];
  if (trustProxy > 0 && forwarded !== undefined) {
    const first = [forwarded].flat().join(',').split(',')[0]?.trim().toLowerCase();
    return first === 'https';
  }
  return (req.socket as TLSSocket | undefined)?.encrypted === true;
}

export function idleMilliseconds(env: Env): number {
  return env.SESSION_IDLE_MINUTES * 60_000;
}

export function sessionOptions(env: Env, secure: boolean): SessionOptions {
  const problem = editingConfigProblem(env);
  // Unreachable when the server started through instrumentation.ts; a 500 without the secret's details otherwise.
  if (problem || !env.SESSION_SECRET) throw new ApiError(500, 'EditingMisconfigured', 'Editing is not configured on this server (see the server log).');
  const idleSeconds = env.SESSION_IDLE_MINUTES * 60;
  return {
    cookieName: SESSION_COOKIE,
    password: env.SESSION_SECRET,
    // The seal itself expires a minute after the cookie, as a second line behind `seenAt`.
    ttl: idleSeconds + 60,
    cookieOptions: { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: idleSeconds },
  };
}

export async function getSession(req: IncomingMessage, res: ServerResponse): Promise<IronSession<SessionData>> {
  const env = getEnv();
  return getIronSession<SessionData>(req, res, sessionOptions(env, requestIsHttps(req, env.TRUST_PROXY)));
}

/** What a request's cookie says about who is signed in, before the editor is looked up in Neo4j. */
export type SessionState = { kind: 'none' } | { kind: 'expired' } | { kind: 'editor'; name: string };

/** Pure: a decoded session judged against the idle limit at `now`. */
export function sessionState(data: SessionData, now: number, idleMs: number): SessionState {
  if (typeof data.editor !== 'string' || data.editor === '' || typeof data.seenAt !== 'number') return { kind: 'none' };
  // A seenAt in the future is not one this server wrote (clock skew aside): treat it as expired.
  if (now - data.seenAt > idleMs || data.seenAt - now > 60_000) return { kind: 'expired' };
  return { kind: 'editor', name: data.editor };
}

/**
 * A Set-Cookie that deletes the session cookie; written by hand so signing out works even where
 * no secret is configured (EDITING=off).
 */
export function clearSessionCookie(req: IncomingMessage, res: ServerResponse): void {
  const secure = requestIsHttps(req, getEnv().TRUST_PROXY);
  res.setHeader('Set-Cookie', `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`);
}
