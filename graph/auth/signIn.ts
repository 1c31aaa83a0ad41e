/**
 * Signing in and out (POST /api/auth/login, /api/auth/logout). A failed sign-in is answered only
 * after SIGN_IN_FAILURE_MS from the start, whether the name exists or the password was wrong, so
 * neither the answer nor its timing tells which; failures are counted by graph/auth/loginThrottle.ts.
 */
import type { NextApiRequest, NextApiResponse } from 'next';
import { z } from 'zod';
import { verifyEditor } from '@/graph/auth/editors';
import { assertEditingOn, assertSameOrigin, type EditorSession } from '@/graph/auth/guard';
import { checkLoginAllowed, recordLoginFailure, recordLoginSuccess } from '@/graph/auth/loginThrottle';
import { PASSWORD_MAX_LENGTH } from '@/graph/auth/password';
import { clearSessionCookie, getSession } from '@/graph/auth/session';
import { ApiError } from '@/graph/http/errors';
import { parseBody } from '@/graph/http/route';

/** Slower than any password check, so every failure takes the same time. */
export const SIGN_IN_FAILURE_MS = 500;

export const SignInInput = z.object({
  name: z.string().min(1).max(200),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function signIn(req: NextApiRequest, res: NextApiResponse): Promise<{ editor: EditorSession }> {
  const started = Date.now();
  assertEditingOn();
  assertSameOrigin(req);
  const { name, password } = await parseBody(req, SignInInput, 16_384, 'sign-in');
  await checkLoginAllowed(req, name);
  if (!(await verifyEditor(name, password))) {
    await recordLoginFailure(req, name);
    await sleep(Math.max(0, started + SIGN_IN_FAILURE_MS - Date.now()));
    throw new ApiError(401, 'BadCredentials', 'Wrong editor name or password.');
  }
  await recordLoginSuccess(req, name);
  const session = await getSession(req, res);
  session.editor = name;
  session.seenAt = Date.now();
  await session.save();
  return { editor: { name } };
}

export async function signOut(req: NextApiRequest, res: NextApiResponse): Promise<{ editor: null }> {
  // A cross-site page must not be able to sign an editor out either.
  assertSameOrigin(req);
  clearSessionCookie(req, res);
  return { editor: null };
}
