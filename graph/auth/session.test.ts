import type { IncomingMessage } from 'node:http';
import { parseEnv } from '@/graph/db/env';
import { requestIsHttps, SESSION_COOKIE, sessionOptions, sessionState } from '@/graph/auth/session';

const secret = 'x'.repeat(40);

describe('graph/auth/session', () => {
  it('judges a session by its last use against the idle limit', () => {
    const idle = 60 * 60_000;
    const now = 1_700_000_000_000;
    expect(sessionState({}, now, idle)).toEqual({ kind: 'none' });
    expect(sessionState({ editor: 'ana' }, now, idle)).toEqual({ kind: 'none' });
    expect(sessionState({ editor: 'ana', seenAt: now - idle + 1000 }, now, idle)).toEqual({ kind: 'editor', name: 'ana' });
    expect(sessionState({ editor: 'ana', seenAt: now - idle - 1 }, now, idle)).toEqual({ kind: 'expired' });
    expect(sessionState({ editor: 'ana', seenAt: now + 10 * 60_000 }, now, idle)).toEqual({ kind: 'expired' });
  });

  it('sets an HttpOnly, SameSite=Lax cookie, Secure only over HTTPS, living as long as the idle limit', () => {
    const env = parseEnv({ SESSION_SECRET: secret, SESSION_IDLE_MINUTES: '30' });
    const options = sessionOptions(env, true);
    expect(options.cookieName).toBe(SESSION_COOKIE);
    expect(options.cookieOptions).toMatchObject({ httpOnly: true, sameSite: 'lax', secure: true, path: '/', maxAge: 1800 });
    expect(sessionOptions(env, false).cookieOptions?.secure).toBe(false);
  });

  it('refuses to build sessions without a usable secret, without revealing it', () => {
    expect(() => sessionOptions(parseEnv({}), false)).toThrow(/not configured/);
    expect(() => sessionOptions(parseEnv({ SESSION_SECRET: 'short' }), false)).toThrow(expect.objectContaining({ status: 500, code: 'EditingMisconfigured' }));
  });

  it('trusts X-Forwarded-Proto only behind trusted proxies, else the socket', () => {
    const plain = { headers: { 'x-forwarded-proto': 'https' }, socket: { encrypted: false } } as unknown as IncomingMessage;
    expect(requestIsHttps(plain, 0)).toBe(false);
    expect(requestIsHttps(plain, 1)).toBe(true);
    const tls = { headers: {}, socket: { encrypted: true } } as unknown as IncomingMessage;
    expect(requestIsHttps(tls, 0)).toBe(true);
    const noSocket = { headers: {} } as unknown as IncomingMessage;
    expect(requestIsHttps(noSocket, 0)).toBe(false);
  });
});
