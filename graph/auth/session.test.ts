import type { IncomingMessage } from 'node:http';
import { parseEnv } from '@/graph/db/env';
import { cookieLifetimeSeconds, requestIsHttps, SESSION_COOKIE, sessionLimits, sessionOptions, sessionState } from '@/graph/auth/session';

const secret = 'x'.repeat(40);

describe('graph/auth/session', () => {
  const idleMs = 60 * 60_000;
  const limits = { idleMs, maxMs: 12 * 3_600_000 };
  const now = 1_700_000_000_000;
  const live = { editor: 'ana', version: 'v1', issuedAt: now - 2 * idleMs, seenAt: now - 1000 };

  it('judges a session by its last use against the idle limit', () => {
    expect(sessionState({}, now, limits)).toEqual({ kind: 'none' });
    expect(sessionState({ editor: 'ana' }, now, limits)).toEqual({ kind: 'none' });
    expect(sessionState({ ...live, seenAt: now - idleMs + 1000 }, now, limits)).toEqual({ kind: 'editor', name: 'ana', version: 'v1', issuedAt: live.issuedAt });
    expect(sessionState({ ...live, seenAt: now - idleMs - 1 }, now, limits)).toEqual({ kind: 'expired' });
    expect(sessionState({ ...live, seenAt: now + 10 * 60_000 }, now, limits)).toEqual({ kind: 'expired' });
  });

  it('ends a session SESSION_MAX_HOURS after sign-in however recently it was used', () => {
    expect(sessionState({ ...live, issuedAt: now - limits.maxMs + 1000, seenAt: now - 1000 }, now, limits).kind).toBe('editor');
    expect(sessionState({ ...live, issuedAt: now - limits.maxMs - 1, seenAt: now - 1000 }, now, limits)).toEqual({ kind: 'expired' });
    expect(sessionState({ ...live, issuedAt: now + 10 * 60_000, seenAt: now }, now, limits)).toEqual({ kind: 'expired' });
    expect(sessionLimits(parseEnv({ SESSION_MAX_HOURS: '2', SESSION_IDLE_MINUTES: '30' }))).toEqual({ idleMs: 30 * 60_000, maxMs: 2 * 3_600_000 });
    expect(parseEnv({}).SESSION_MAX_HOURS).toBe(12);
    expect(() => parseEnv({ SESSION_MAX_HOURS: '0' })).toThrow(/SESSION_MAX_HOURS/);
  });

  it('treats a cookie without a session version or sign-in time (sealed before they existed) as no session', () => {
    const noVersion = { ...live, version: undefined };
    const noIssuedAt = { ...live, issuedAt: undefined };
    expect(sessionState(noVersion, now, limits)).toEqual({ kind: 'none' });
    expect(sessionState({ ...live, version: '' }, now, limits)).toEqual({ kind: 'none' });
    expect(sessionState(noIssuedAt, now, limits)).toEqual({ kind: 'none' });
  });

  it('lets a re-sealed cookie live the idle time, but never past the absolute lifetime', () => {
    expect(cookieLifetimeSeconds(now, now, limits)).toBe(3600);
    expect(cookieLifetimeSeconds(now - limits.maxMs + 600_000, now, limits)).toBe(600);
    expect(cookieLifetimeSeconds(now - limits.maxMs - 5000, now, limits)).toBe(1);
    const options = sessionOptions(parseEnv({ SESSION_SECRET: secret }), false, 600);
    expect(options.cookieOptions?.maxAge).toBe(600);
    expect(options.ttl).toBe(660);
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
