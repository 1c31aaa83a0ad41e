/**
 * Editors' sign-in and the write guard against the real Neo4j: the login, logout and me routes,
 * and a small guarded route defined here (wrapped with editorRoute) that counts the calls that got
 * through, so each refusal is shown to have run nothing.
 */
import { sealData } from 'iron-session';
import type { NextApiHandler } from 'next';
import { closeDriver } from '@/graph/db/driver';
import { addEditor, removeEditor } from '@/graph/auth/editors';
import { verifyPassword } from '@/graph/auth/password';
import { editorRoute } from '@/graph/auth/guard';
import { SESSION_COOKIE } from '@/graph/auth/session';
import cypherRoute from '@/pages/api/cypher';
import login from '@/pages/api/auth/login';
import logout from '@/pages/api/auth/logout';
import me from '@/pages/api/auth/me';
import { callRoute, type RouteCall } from '@/tests/support/callRoute';
import { editorHeaders, SAME_SITE_HEADERS, sessionCookie, sessionCookieFrom, TEST_EDITOR, TEST_HOST } from '@/tests/support/editors';

let ran: string[] = [];
const guarded: NextApiHandler = editorRoute({
  POST: async (_req, _res, editor) => {
    ran.push(editor.name);
    return { wroteAs: editor.name };
  },
  GET: async (_req, _res, editor) => ({ readAs: editor.name }),
});

function setCookies(headers: Record<string, string | string[]>): string[] {
  return [headers['set-cookie'] ?? []].flat();
}

async function post(handler: NextApiHandler, headers: Record<string, string>, body: unknown = {}, extra: Partial<RouteCall> = {}) {
  return callRoute<{ error?: { code: string; message: string } } & Record<string, unknown>>(handler, { method: 'POST', body, headers, ...extra });
}

const saved = { ...process.env };
function restoreEnv(...names: string[]) {
  for (const name of names) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
}

describe('editor sign-in and the write guard (graph/auth/guard)', () => {
  beforeEach(() => {
    ran = [];
  });
  afterEach(() => restoreEnv('EDITING', 'RATE_LIMIT_LOGIN_FAILURES', 'RATE_LIMIT_EDITS_PER_MINUTE', 'SESSION_IDLE_MINUTES', 'TRUST_PROXY'));
  afterAll(() => closeDriver());

  it('stores a hash the public Cypher console can read but not use: it is keyed with the server secret', async () => {
    const answer = await callRoute<{ rows: { hash: string }[] }>(cypherRoute, { method: 'POST', body: { query: 'MATCH (e:Editor {name: $name}) RETURN e.passwordHash AS hash', params: { name: TEST_EDITOR.name } } });
    expect(answer.status).toBe(200);
    const hash = answer.body.rows[0]?.hash ?? '';
    expect(hash).toMatch(/^scrypt\$/);
    expect(hash).not.toContain(TEST_EDITOR.password);
    // Whoever reads it needs the app's secret as well as the password to check a guess.
    expect(await verifyPassword(TEST_EDITOR.password, hash, process.env.SESSION_SECRET ?? '')).toBe(true);
    expect(await verifyPassword(TEST_EDITOR.password, hash, 'a guessed secret that is not the right one')).toBe(false);
  });

  it('lets a signed-in editor through, with their name, and re-seals the cookie', async () => {
    const answer = await post(guarded, await editorHeaders());
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ wroteAs: TEST_EDITOR.name });
    expect(ran).toEqual([TEST_EDITOR.name]);
    const cookie = setCookies(answer.headers).find((line) => line.startsWith(`${SESSION_COOKIE}=`));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // plain HTTP here
  });

  it('marks the cookie Secure when the request came over HTTPS through a trusted proxy, and checks Origin against https', async () => {
    process.env.TRUST_PROXY = '1';
    const { cookie } = await editorHeaders();
    const viaProxy = { cookie: cookie!, host: TEST_HOST, 'x-forwarded-proto': 'https', origin: `https://${TEST_HOST}` };
    const answer = await post(guarded, viaProxy);
    expect(answer.status).toBe(200);
    expect(setCookies(answer.headers).find((line) => line.startsWith(`${SESSION_COOKIE}=`))).toMatch(/; Secure/i);
    // The page was served over https, so an http Origin is another site.
    expect((await post(guarded, { ...viaProxy, origin: `http://${TEST_HOST}` })).status).toBe(403);
    // Without trusted proxies the header is anyone's to write: no Secure, and the https Origin does not match.
    process.env.TRUST_PROXY = '0';
    expect((await post(guarded, viaProxy)).status).toBe(403);
  });

  it('answers 401 Unauthenticated without a session', async () => {
    const answer = await post(guarded, { ...SAME_SITE_HEADERS });
    expect(answer.status).toBe(401);
    expect(answer.body.error?.code).toBe('Unauthenticated');
    expect(ran).toEqual([]);
  });

  it('answers 401 for a session idle longer than SESSION_IDLE_MINUTES, and clears the cookie', async () => {
    process.env.SESSION_IDLE_MINUTES = '5';
    const answer = await post(guarded, await editorHeaders(TEST_EDITOR.name, { seenAt: Date.now() - 6 * 60_000 }));
    expect(answer.status).toBe(401);
    expect(answer.body.error?.message).toMatch(/expired/);
    expect(setCookies(answer.headers).some((line) => line.startsWith(`${SESSION_COOKIE}=;`) && /Max-Age=0/i.test(line))).toBe(true);
    expect(ran).toEqual([]);
    // Just inside the limit still works.
    expect((await post(guarded, await editorHeaders(TEST_EDITOR.name, { seenAt: Date.now() - 4 * 60_000 }))).status).toBe(200);
  });

  it('answers 401 for a forged or tampered cookie', async () => {
    const good = await sessionCookie(TEST_EDITOR.name);
    const value = good.slice(SESSION_COOKIE.length + 1);
    const flipped = `${value.slice(0, 40)}${value[40] === 'A' ? 'B' : 'A'}${value.slice(41)}`;
    const forgedWithOtherSecret = await sealData({ editor: TEST_EDITOR.name, seenAt: Date.now() }, { password: 'an-attackers-own-secret-of-32-characters!' });
    for (const cookie of [`${SESSION_COOKIE}=${flipped}`, `${SESSION_COOKIE}=${forgedWithOtherSecret}`, `${SESSION_COOKIE}={"editor":"test-editor"}`]) {
      const answer = await post(guarded, { ...SAME_SITE_HEADERS, cookie });
      expect(answer.status).toBe(401);
      expect(answer.body.error?.code).toBe('Unauthenticated');
    }
    expect(ran).toEqual([]);
  });

  it('answers 403 CrossSite for another Origin, a foreign Referer, or a write naming neither', async () => {
    const headers = await editorHeaders();
    const cases: Record<string, string>[] = [
      { ...headers, origin: 'http://evil.example' },
      { ...headers, origin: `https://${TEST_HOST}` },
      { cookie: headers.cookie!, host: TEST_HOST, referer: 'http://evil.example/page' },
      { cookie: headers.cookie!, host: TEST_HOST },
    ];
    for (const h of cases) {
      const answer = await post(guarded, h);
      expect(answer.status).toBe(403);
      expect(answer.body.error?.code).toBe('CrossSite');
    }
    // Same-site Referer (a browser that sent no Origin) is accepted.
    expect((await post(guarded, { cookie: headers.cookie!, host: TEST_HOST, referer: `http://${TEST_HOST}/sources/new` })).status).toBe(200);
    expect(ran).toEqual([TEST_EDITOR.name]);
  });

  it('answers 401 to the cookie of an editor removed since', async () => {
    await addEditor('short-lived', 'short-lived-password');
    const headers = await editorHeaders('short-lived');
    expect((await post(guarded, headers)).status).toBe(200);
    await removeEditor('short-lived');
    const answer = await post(guarded, headers);
    expect(answer.status).toBe(401);
    expect(answer.body.error?.message).toMatch(/no longer exists/);
    expect(ran).toEqual(['short-lived']);
  });

  it('answers 403 EditingDisabled when EDITING=off, before looking at the session', async () => {
    process.env.EDITING = 'off';
    const answer = await post(guarded, await editorHeaders());
    expect(answer.status).toBe(403);
    expect(answer.body.error?.code).toBe('EditingDisabled');
    const meAnswer = await callRoute<{ editor: unknown; editing: boolean }>(me, { headers: await editorHeaders() });
    expect(meAnswer.body).toEqual({ editor: null, editing: false });
    const loginAnswer = await post(login, { ...SAME_SITE_HEADERS }, TEST_EDITOR);
    expect(loginAnswer.status).toBe(403);
    expect(ran).toEqual([]);
  });

  it('limits writes per editor per minute (429 with Retry-After)', async () => {
    process.env.RATE_LIMIT_EDITS_PER_MINUTE = '2';
    const headers = await editorHeaders();
    expect((await post(guarded, headers)).status).toBe(200);
    expect((await post(guarded, headers)).status).toBe(200);
    const answer = await post(guarded, headers);
    expect(answer.status).toBe(429);
    expect(Number(answer.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(answer.body.error?.message).toMatch(/per editor/);
    expect(ran).toHaveLength(2);
  });

  it('lets a GET through without Origin (browsers send none on same-site GETs) but not a cross-site one', async () => {
    const { cookie } = await editorHeaders();
    expect((await callRoute(guarded, { headers: { cookie: cookie!, host: TEST_HOST } })).status).toBe(200);
    expect((await callRoute(guarded, { headers: { cookie: cookie!, host: TEST_HOST, origin: 'http://evil.example' } })).status).toBe(403);
  });

  describe('POST /api/auth/login, GET /api/auth/me, POST /api/auth/logout', () => {
    it('signs in with the right password: 200, the editor, and a session cookie that works', async () => {
      const answer = await post(login, { ...SAME_SITE_HEADERS }, TEST_EDITOR);
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ editor: { name: TEST_EDITOR.name } });
      const cookie = sessionCookieFrom(setCookies(answer.headers));
      expect(cookie).not.toBeNull();
      const meAnswer = await callRoute(me, { headers: { cookie: cookie!, host: TEST_HOST } });
      expect(meAnswer.body).toEqual({ editor: { name: TEST_EDITOR.name }, editing: true });
      expect((await post(guarded, { ...SAME_SITE_HEADERS, cookie: cookie! })).status).toBe(200);
    });

    it('answers a wrong password and an unknown name alike: 401 BadCredentials after ~500 ms, no cookie', async () => {
      const answers = [];
      for (const body of [{ name: TEST_EDITOR.name, password: 'not-the-password' }, { name: 'nobody-of-that-name', password: 'whatever-password' }]) {
        const started = Date.now();
        const answer = await post(login, { ...SAME_SITE_HEADERS }, body);
        expect(Date.now() - started).toBeGreaterThanOrEqual(450);
        expect(answer.status).toBe(401);
        expect(sessionCookieFrom(setCookies(answer.headers))).toBeNull();
        answers.push(answer.body);
      }
      expect(answers[0]).toEqual(answers[1]);
      expect(answers[0]).toEqual({ error: { code: 'BadCredentials', message: expect.not.stringMatching(/name does not|unknown|no such|wrong password/i) } });
    });

    it('refuses a cross-site or Origin-less sign-in (403) and a malformed body (400)', async () => {
      expect((await post(login, { origin: 'http://evil.example', host: TEST_HOST }, TEST_EDITOR)).status).toBe(403);
      expect((await post(login, { host: TEST_HOST }, TEST_EDITOR)).status).toBe(403);
      const bad = await post(login, { ...SAME_SITE_HEADERS }, { name: TEST_EDITOR.name });
      expect(bad.status).toBe(400);
      expect(bad.body.error?.message).toMatch(/password/);
    });

    it('tells an anonymous visitor editing is on and nobody is signed in', async () => {
      expect((await callRoute(me, { headers: { host: TEST_HOST } })).body).toEqual({ editor: null, editing: true });
    });

    it('signs out: the cookie is cleared and me says nobody', async () => {
      const headers = await editorHeaders();
      const answer = await post(logout, headers);
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ editor: null });
      expect(setCookies(answer.headers).some((line) => line.startsWith(`${SESSION_COOKIE}=;`) && /Max-Age=0/i.test(line))).toBe(true);
      expect((await post(logout, { host: TEST_HOST, origin: 'http://evil.example' })).status).toBe(403);
    });

    it('rate limits repeated failures of a name from one client with 429 and Retry-After, before checking the password', async () => {
      process.env.RATE_LIMIT_LOGIN_FAILURES = '3';
      await addEditor('guessed', 'the-real-password');
      try {
        for (let i = 0; i < 3; i++) expect((await post(login, { ...SAME_SITE_HEADERS }, { name: 'guessed', password: `guess-${i}` })).status).toBe(401);
        // Even the right password is refused now from this client: the name is locked here for a while.
        const locked = await post(login, { ...SAME_SITE_HEADERS }, { name: 'guessed', password: 'the-real-password' });
        expect(locked.status).toBe(429);
        expect(locked.body.error?.code).toBe('TooManyRequests');
        expect(Number(locked.headers['retry-after'])).toBeGreaterThan(60);
        // Other names from the same client are not (that budget, RATE_LIMIT_LOGIN_CLIENT_FAILURES, is larger);
        // other clients of this name neither (tests/integration/auth-guessing.test.ts).
        expect((await post(login, { ...SAME_SITE_HEADERS }, TEST_EDITOR)).status).toBe(200);
      } finally {
        await removeEditor('guessed');
      }
    });
  });
});
