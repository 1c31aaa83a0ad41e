/**
 * Sessions that end (GitHub issue #38): signing out, removing an editor and re-adding it end every
 * cookie issued before (the editor's session version in Neo4j, checked on each write and by
 * /api/auth/me), and a session ends SESSION_MAX_HOURS after sign-in however often it is used.
 */
import { unsealData } from 'iron-session';
import type { NextApiHandler } from 'next';
import { closeDriver } from '@/graph/db/driver';
import { addEditor, editorSessionVersion, removeEditor } from '@/graph/auth/editors';
import { editorRoute } from '@/graph/auth/guard';
import { SESSION_COOKIE, type SessionData } from '@/graph/auth/session';
import login from '@/pages/api/auth/login';
import logout from '@/pages/api/auth/logout';
import me from '@/pages/api/auth/me';
import { callRoute } from '@/tests/support/callRoute';
import { editorHeaders, SAME_SITE_HEADERS, sessionCookieFrom, TEST_SESSION_SECRET } from '@/tests/support/editors';

let ran = 0;
const guarded: NextApiHandler = editorRoute({
  POST: async (_req, _res, editor) => {
    ran += 1;
    return { wroteAs: editor.name };
  },
});

type Answer = { status: number; headers: Record<string, string | string[]>; body: { error?: { code: string; message: string }; editor?: unknown } };
const setCookies = (answer: Answer) => [answer.headers['set-cookie'] ?? []].flat();
const write = (cookie: string): Promise<Answer> => callRoute(guarded, { method: 'POST', body: {}, headers: { ...SAME_SITE_HEADERS, cookie } });
const whoAmI = async (cookie: string) => ((await callRoute(me, { headers: { ...SAME_SITE_HEADERS, cookie } })) as Answer).body.editor;

async function signIn(name: string, password: string): Promise<string> {
  const answer: Answer = await callRoute(login, { method: 'POST', body: { name, password }, headers: { ...SAME_SITE_HEADERS } });
  expect(answer.status).toBe(200);
  return sessionCookieFrom(setCookies(answer))!;
}

const EDITOR = { name: 'session-ana', password: 'session-ana-password' };
const saved = process.env.SESSION_MAX_HOURS;

describe('sessions end on sign-out, removal and re-adding, and after SESSION_MAX_HOURS', () => {
  beforeEach(async () => {
    ran = 0;
    await removeEditor(EDITOR.name);
    await addEditor(EDITOR.name, EDITOR.password);
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.SESSION_MAX_HOURS;
    else process.env.SESSION_MAX_HOURS = saved;
  });
  afterAll(async () => {
    await removeEditor(EDITOR.name);
    await closeDriver();
  });

  it('refuses a cookie from before sign-out (401), in every browser the editor used, and /api/auth/me says nobody', async () => {
    const here = await signIn(EDITOR.name, EDITOR.password);
    const elsewhere = await signIn(EDITOR.name, EDITOR.password);
    expect((await write(here)).status).toBe(200);
    expect(await whoAmI(here)).toEqual({ name: EDITOR.name });

    expect((await callRoute(logout, { method: 'POST', headers: { ...SAME_SITE_HEADERS, cookie: here } })).status).toBe(200);
    for (const cookie of [here, elsewhere]) {
      const answer = await write(cookie);
      expect(answer.status).toBe(401);
      expect(answer.body.error?.code).toBe('Unauthenticated');
      expect(answer.body.error?.message).toMatch(/session has ended/);
      expect(await whoAmI(cookie)).toBeNull();
    }
    expect(ran).toBe(1);
    // Signing in again works, and the stale cookie cannot sign the new session out.
    const fresh = await signIn(EDITOR.name, EDITOR.password);
    await callRoute(logout, { method: 'POST', headers: { ...SAME_SITE_HEADERS, cookie: here } });
    expect((await write(fresh)).status).toBe(200);
  });

  it('refuses a cookie from before the editor was removed and added again with a new password (401)', async () => {
    const before = await signIn(EDITOR.name, EDITOR.password);
    const versionBefore = await editorSessionVersion(EDITOR.name);
    expect((await write(before)).status).toBe(200);
    await removeEditor(EDITOR.name);
    await addEditor(EDITOR.name, 'a-brand-new-password');
    expect(await editorSessionVersion(EDITOR.name)).not.toBe(versionBefore);
    const answer = await write(before);
    expect(answer.status).toBe(401);
    expect(await whoAmI(before)).toBeNull();
    expect((await write(await signIn(EDITOR.name, 'a-brand-new-password'))).status).toBe(200);
    expect(ran).toBe(2);
  });

  it('ends a session SESSION_MAX_HOURS after sign-in, however recently used; re-sealing keeps the sign-in time', async () => {
    process.env.SESSION_MAX_HOURS = '1';
    const hour = 3_600_000;
    const tooOld = await editorHeaders(EDITOR.name, { issuedAt: Date.now() - hour - 60_000, seenAt: Date.now() - 1000 });
    const answer = await write(tooOld.cookie!);
    expect(answer.status).toBe(401);
    expect(answer.body.error?.message).toMatch(/expired/);
    expect(await whoAmI(tooOld.cookie!)).toBeNull();

    // Nearly an hour old and in use: it still works, and the cookie it gets back keeps the old sign-in time
    // and lives only the few minutes left, not another idle period.
    const issuedAt = Date.now() - hour + 5 * 60_000;
    const nearlyOld = await editorHeaders(EDITOR.name, { issuedAt, seenAt: Date.now() - 1000 });
    const used = await write(nearlyOld.cookie!);
    expect(used.status).toBe(200);
    const line = setCookies(used).find((value) => value.startsWith(`${SESSION_COOKIE}=`))!;
    const maxAge = Number(/Max-Age=(\d+)/i.exec(line)?.[1]);
    expect(maxAge).toBeGreaterThan(4 * 60);
    expect(maxAge).toBeLessThanOrEqual(5 * 60);
    const resealed = sessionCookieFrom([line])!.slice(SESSION_COOKIE.length + 1);
    const data = await unsealData<SessionData>(resealed, { password: process.env.SESSION_SECRET ?? TEST_SESSION_SECRET });
    expect(data.issuedAt).toBe(issuedAt);
    expect(data.seenAt).toBeGreaterThan(issuedAt);
  });
});
