/**
 * The editor's session: an iron-session 8 cookie (sealed: encrypted and signed with SESSION_SECRET),
 * `HttpOnly`, `SameSite=Lax`, `Secure` when the request came over HTTPS. It holds only
 * `{editor, version, issuedAt, seenAt}`:
 * - `seenAt` enforces the idle expiry; the cookie is re-sealed on each authenticated request, so an
 *   active editor stays signed in and an idle one is signed out;
 * - `issuedAt` (the sign-in) is copied, never renewed, by each re-seal: a session ends
 *   SESSION_MAX_HOURS after it however busy, so a stolen cookie cannot be kept alive;
 * - `version` is the editor's session version at sign-in (graph/auth/editors.ts), checked against
 *   Neo4j on every write, so signing out, removing the editor or re-adding it ends every session.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { getIronSession, type IronSession, type SessionOptions } from 'iron-session';
import { getEnv, editingConfigProblem, type Env } from '@/graph/db/env';
import { ApiError } from '@/graph/http/errors';

export const SESSION_COOKIE = 'stance_graph_session';

export interface SessionData {
  editor?: string;
  /** Epoch milliseconds of the last authenticated request. */
  seenAt?: number;
  /** Epoch milliseconds of the sign-in; re-sealing keeps it. */
  issuedAt?: number;
  /** The editor's `sessionVersion` in Neo4j when they signed in. */
  version?: string;
}

/** How long a session may sit unused, and how long it may live at all. */
export interface SessionLimits {
  idleMs: number;
  maxMs: number;
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

export function sessionLimits(env: Env): SessionLimits {
  return { idleMs: env.SESSION_IDLE_MINUTES * 60_000, maxMs: env.SESSION_MAX_HOURS * 3_600_000 };
}

/**
 * Options for sealing the cookie. `lifetimeSeconds` (default: the idle time) is how long the cookie
 * and its seal live from now: a re-seal near the end of the absolute lifetime passes what is left.
 */
export function sessionOptions(env: Env, secure: boolean, lifetimeSeconds: number = env.SESSION_IDLE_MINUTES * 60): SessionOptions {
  const problem = editingConfigProblem(env);
  // Unreachable when the server started through instrumentation.ts; a 500 without the secret's details otherwise.
  if (problem || !env.SESSION_SECRET) throw new ApiError(500, 'EditingMisconfigured', 'Editing is not configured on this server (see the server log).');
  const seconds = Math.max(1, Math.ceil(lifetimeSeconds));
  return {
    cookieName: SESSION_COOKIE,
    password: env.SESSION_SECRET,
    // The seal itself expires a minute after the cookie, as a second line behind `seenAt` and `issuedAt`.
    ttl: seconds + 60,
    cookieOptions: { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: seconds },
  };
}

/** Pure: seconds the cookie should live after a (re-)seal at `now`: the idle time, cut to what is left of the absolute lifetime. */
export function cookieLifetimeSeconds(issuedAt: number, now: number, limits: SessionLimits): number {
  return Math.max(1, Math.ceil(Math.min(limits.idleMs, issuedAt + limits.maxMs - now) / 1000));
}

export async function getSession(req: IncomingMessage, res: ServerResponse): Promise<IronSession<SessionData>> {
  const env = getEnv();
  return getIronSession<SessionData>(req, res, sessionOptions(env, requestIsHttps(req, env.TRUST_PROXY)));
}

/** What a request's cookie says about who is signed in, before the editor is looked up in Neo4j. */
export type SessionState = { kind: 'none' } | { kind: 'expired' } | { kind: 'editor'; name: string; version: string; issuedAt: number };

/**
 * Pure: a decoded session judged at `now` against the idle limit (from `seenAt`) and the absolute
 * lifetime (from `issuedAt`). A cookie without a version or sign-in time (sealed before they
 * existed) counts as no session: its editor signs in again.
 */
export function sessionState(data: SessionData, now: number, limits: SessionLimits): SessionState {
  const { editor, seenAt, issuedAt, version } = data;
  if (typeof editor !== 'string' || editor === '' || typeof seenAt !== 'number' || typeof issuedAt !== 'number' || typeof version !== 'string' || version === '') return { kind: 'none' };
  // Times in the future are not ones this server wrote (clock skew aside): treat them as expired.
  const future = (at: number) => at - now > 60_000;
  if (now - seenAt > limits.idleMs || now - issuedAt > limits.maxMs || future(seenAt) || future(issuedAt) || seenAt < issuedAt - 60_000) return { kind: 'expired' };
  return { kind: 'editor', name: editor, version, issuedAt };
}

/**
 * A Set-Cookie that deletes the session cookie; written by hand so signing out works even where
 * no secret is configured (EDITING=off).
 */
export function clearSessionCookie(req: IncomingMessage, res: ServerResponse): void {
  const secure = requestIsHttps(req, getEnv().TRUST_PROXY);
  res.setHeader('Set-Cookie', `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`);
}
