/**
 * Signing in and out (POST /api/auth/login, /api/auth/logout). A failed sign-in is answered only
 * after SIGN_IN_FAILURE_MS from the start, whether the name exists or the password was wrong, so
 * neither the answer nor its timing tells which. Each attempt is counted before its password is
 * checked (graph/auth/loginThrottle.ts) and hashed within a few slots (graph/auth/hashSlots.ts).
 * Signing out ends every session of the editor (a new session version, graph/auth/editors.ts).
 */
import type { NextApiRequest, NextApiResponse } from 'next';
import { z } from 'zod';
import { getEnv } from '@/graph/db/env';
import { endEditorSessions, startEditorSession, verifyEditor } from '@/graph/auth/editors';
import { assertEditingOn, assertSameOrigin, type EditorSession } from '@/graph/auth/guard';
import { beginLoginAttempt } from '@/graph/auth/loginThrottle';
import { PASSWORD_MAX_LENGTH } from '@/graph/auth/password';
import { clearSessionCookie, cookieLifetimeSeconds, getSession, requestIsHttps, sessionLimits, sessionOptions, sessionState } from '@/graph/auth/session';
import { ApiError } from '@/graph/http/errors';
import { parseBody } from '@/graph/http/route';
import { RetryLaterError } from '@/graph/http/retryLater';

/** Slower than any password check, so every failure takes the same time. */
export const SIGN_IN_FAILURE_MS = 500;

export const SignInInput = z.object({
  name: z.string().min(1).max(200),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const badCredentials = () => new ApiError(401, 'BadCredentials', 'Wrong editor name or password.');

export async function signIn(req: NextApiRequest, res: NextApiResponse): Promise<{ editor: EditorSession }> {
  const started = Date.now();
  assertEditingOn();
  assertSameOrigin(req);
  const { name, password } = await parseBody(req, SignInInput, 16_384, 'sign-in');
  const attempt = await beginLoginAttempt(req, name);
  try {
    let matches: boolean;
    try {
      matches = await verifyEditor(name, password);
    } catch (error) {
      // 503 Busy: the password was not checked, so the attempt is not held against anyone.
      if (error instanceof RetryLaterError) await attempt.notChecked();
      throw error;
    }
    // The attempt keeps its place until the answer, so the in-progress bound also bounds the rate.
    const version = matches ? await startEditorSession(name) : null;
    if (version === null) {
      await sleep(Math.max(0, started + SIGN_IN_FAILURE_MS - Date.now()));
      throw badCredentials();
    }
    await attempt.succeeded();
    const env = getEnv();
    const now = Date.now();
    const session = await getSession(req, res);
    session.updateConfig(sessionOptions(env, requestIsHttps(req, env.TRUST_PROXY), cookieLifetimeSeconds(now, now, sessionLimits(env))));
    session.editor = name;
    session.version = version;
    session.issuedAt = now;
    session.seenAt = now;
    await session.save();
    return { editor: { name } };
  } finally {
    attempt.release();
  }
}

/** Clears the cookie and, when it was a live session, ends every session of its editor. */
export async function signOut(req: NextApiRequest, res: NextApiResponse): Promise<{ editor: null }> {
  // A cross-site page must not be able to sign an editor out either.
  assertSameOrigin(req);
  // With editing off there may be no secret to read the cookie with; clearing it is all there is to do.
  if (getEnv().EDITING === 'on') {
    const state = sessionState(await getSession(req, res), Date.now(), sessionLimits(getEnv()));
    if (state.kind === 'editor') await endEditorSessions(state.name, state.version);
  }
  clearSessionCookie(req, res);
  return { editor: null };
}
