/**
 * The gate in front of every browser write. `editorRoute` wraps `route()` (graph/http/route.ts) and, for
 * each request, checks in this order:
 *   1. editing is on (EDITING)                       else 403 EditingDisabled
 *   2. the request comes from this site (Origin)     else 403 CrossSite
 *   3. a valid session: not idle past SESSION_IDLE_MINUTES, not older than SESSION_MAX_HOURS, of an
 *      editor who still exists and whose session version is still the cookie's   else 401 Unauthenticated
 *   4. the editor's write budget (RATE_LIMIT_EDITS_PER_MINUTE)    else 429 TooManyRequests
 * and then calls the handler with the editor. Nothing is read or written before all four pass.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextApiHandler, NextApiRequest, NextApiResponse } from 'next';
import { getEnv } from '@/graph/db/env';
import { editorSessionVersion } from '@/graph/auth/editors';
import { originVerdict } from '@/graph/auth/origin';
import { cookieLifetimeSeconds, getSession, requestIsHttps, sessionLimits, sessionOptions, sessionState } from '@/graph/auth/session';
import { ApiError } from '@/graph/http/errors';
import { route } from '@/graph/http/route';
import { enforceRateLimit } from '@/graph/http/rateLimit';

export interface EditorSession {
  name: string;
}

type EditorMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';
export type EditorHandler = (req: NextApiRequest, res: NextApiResponse, editor: EditorSession) => Promise<unknown>;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** 403 EditingDisabled when EDITING=off. */
export function assertEditingOn(): void {
  if (getEnv().EDITING === 'off') throw new ApiError(403, 'EditingDisabled', 'Editing is turned off on this server (EDITING=off); the app is read-only.');
}

/**
 * 403 CrossSite unless the request's Origin (or Referer) is this site. A write must name one
 * (browsers always send Origin on POST, PATCH and DELETE); a GET without either is let through.
 */
export function assertSameOrigin(req: IncomingMessage): void {
  const verdict = originVerdict(req, getEnv().TRUST_PROXY);
  if (verdict === 'same' || (verdict === 'absent' && SAFE_METHODS.has(req.method ?? 'GET'))) return;
  throw new ApiError(
    403,
    'CrossSite',
    verdict === 'absent'
      ? 'This request names no Origin or Referer, so it cannot be shown to come from this site; it was refused.'
      : 'This request comes from another site; changes are accepted only from pages of this site.',
  );
}

type Refusal = 'none' | 'expired' | 'removed' | 'revoked';
type Resolved = { editor: EditorSession } | { editor: null; reason: Refusal };

async function resolveEditor(req: IncomingMessage, res: ServerResponse): Promise<Resolved> {
  const env = getEnv();
  const now = Date.now();
  const limits = sessionLimits(env);
  const session = await getSession(req, res);
  const state = sessionState(session, now, limits);
  if (state.kind !== 'editor') {
    if (state.kind === 'expired') session.destroy();
    return { editor: null, reason: state.kind };
  }
  // One read per request: the editor still exists and has not signed out (or been re-added) since.
  const version = await editorSessionVersion(state.name);
  if (version !== state.version) {
    session.destroy();
    return { editor: null, reason: version === null ? 'removed' : 'revoked' };
  }
  // Re-sealed on each authenticated request: the idle clock restarts, the sign-in time stays, and
  // the cookie lives no longer than the session may.
  session.seenAt = now;
  session.updateConfig(sessionOptions(env, requestIsHttps(req, env.TRUST_PROXY), cookieLifetimeSeconds(state.issuedAt, now, limits)));
  await session.save();
  return { editor: { name: state.name } };
}

/** The signed-in editor, or null (editing off, no cookie, expired, forged, signed out, or the editor was removed). */
export async function currentEditor(req: IncomingMessage, res: ServerResponse): Promise<EditorSession | null> {
  if (getEnv().EDITING === 'off') return null;
  return (await resolveEditor(req, res)).editor;
}

const UNAUTHENTICATED: Record<Refusal, string> = {
  none: 'Sign in as an editor to make changes.',
  expired: 'Your session has expired; sign in again to make changes.',
  removed: 'This editor account no longer exists; sign in as another editor.',
  revoked: 'This session has ended (signed out, or the editor was set up again); sign in again to make changes.',
};

/** Wraps `route()` so each handler runs only for a signed-in editor on a same-site request. */
export function editorRoute(handlers: Partial<Record<EditorMethod, EditorHandler>>): NextApiHandler {
  const guarded = Object.fromEntries(
    Object.entries(handlers).map(([method, handler]) => [
      method,
      async (req: NextApiRequest, res: NextApiResponse) => {
        assertEditingOn();
        assertSameOrigin(req);
        const resolved = await resolveEditor(req, res);
        if (!resolved.editor) throw new ApiError(401, 'Unauthenticated', UNAUTHENTICATED[resolved.reason]);
        await enforceRateLimit(req, 'edits', resolved.editor.name);
        return handler(req, res, resolved.editor);
      },
    ]),
  ) as Partial<Record<EditorMethod, (req: NextApiRequest, res: NextApiResponse) => Promise<unknown>>>;
  return route(guarded);
}
