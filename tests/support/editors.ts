/**
 * Editors for tests: the integration and e2e setups set TEST_SESSION_SECRET and a cheap scrypt cost
 * (PASSWORD_SCRYPT_LOG_N=10) and create TEST_EDITOR. In-process route tests (tests/support/callRoute.ts)
 * sign requests with `editorHeaders(name)`; tests against a served app use `signIn(baseUrl, …)`.
 */
import { sealData } from 'iron-session';
import { getEnv } from '@/graph/db/env';
import { addEditor, editorExists, editorSessionVersion, removeEditor } from '@/graph/auth/editors';
import { SESSION_COOKIE, sessionOptions } from '@/graph/auth/session';

/** 32+ characters, as the server demands while EDITING is on. Test-only, never a real secret. */
export const TEST_SESSION_SECRET = 'test-only-session-secret-0123456789-abcdefghij';
export const TEST_SCRYPT_LOG_N = '10';
export const TEST_EDITOR = { name: 'test-editor', password: 'test-editor-password' } as const;

/** The host in-process requests claim to be addressed to, and the matching Origin. */
export const TEST_HOST = 'localhost';
export const TEST_ORIGIN = `http://${TEST_HOST}`;

/** Sets the env an editing-enabled app needs (call before the app or a route reads its env). */
export function setTestEditingEnv(env: NodeJS.ProcessEnv = process.env): void {
  env.SESSION_SECRET ??= TEST_SESSION_SECRET;
  env.PASSWORD_SCRYPT_LOG_N ??= TEST_SCRYPT_LOG_N;
}

/** Creates the editor with this password, replacing an earlier one of the same name. */
export async function createTestEditor(name: string = TEST_EDITOR.name, password: string = TEST_EDITOR.password): Promise<void> {
  if (await editorExists(name)) await removeEditor(name);
  await addEditor(name, password);
}

export interface SessionCookieOptions {
  /** The last use (idle expiry); default now. */
  seenAt?: number;
  /** The sign-in (absolute lifetime); default `seenAt`. */
  issuedAt?: number;
  /** The editor's session version; default the current one in Neo4j, as a sign-in now would get. */
  version?: string;
}

/** `stance_graph_session=<seal>` as the server would set it for `name`; `seenAt` and `issuedAt` age the session. */
export async function sessionCookie(name: string, options: SessionCookieOptions = {}): Promise<string> {
  const { password, ttl } = sessionOptions(getEnv(), false);
  const seenAt = options.seenAt ?? Date.now();
  const version = options.version ?? (await editorSessionVersion(name)) ?? 'no-such-editor';
  const data = { editor: name, seenAt, issuedAt: options.issuedAt ?? seenAt, version };
  const seal = await sealData(data, { password, ...(ttl === undefined ? {} : { ttl }) });
  return `${SESSION_COOKIE}=${seal}`;
}

/** Headers for a same-site request by a signed-in editor, for callRoute(). */
export async function editorHeaders(name: string = TEST_EDITOR.name, options: SessionCookieOptions = {}): Promise<Record<string, string>> {
  return { cookie: await sessionCookie(name, options), origin: TEST_ORIGIN, host: TEST_HOST };
}

/** Headers for a same-site request with no session (anonymous), for callRoute(). */
export const SAME_SITE_HEADERS: Readonly<Record<string, string>> = { origin: TEST_ORIGIN, host: TEST_HOST };

/** The `name=value` part of a Set-Cookie for the session, or null when there is none. */
export function sessionCookieFrom(setCookie: readonly string[]): string | null {
  const line = setCookie.find((value) => value.startsWith(`${SESSION_COOKIE}=`));
  const pair = line?.split(';')[0];
  return pair && pair !== `${SESSION_COOKIE}=` ? pair : null;
}

/** Signs in through POST /api/auth/login of a served app; the Cookie header to send afterwards. */
export async function signIn(baseUrl: string, name: string = TEST_EDITOR.name, password: string = TEST_EDITOR.password): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: new URL(baseUrl).origin },
    body: JSON.stringify({ name, password }),
  });
  if (response.status !== 200) throw new Error(`Sign-in as ${name} failed: ${response.status} ${await response.text()}`);
  const cookie = sessionCookieFrom(response.headers.getSetCookie());
  if (!cookie) throw new Error('Sign-in answered 200 but set no session cookie');
  return cookie;
}
