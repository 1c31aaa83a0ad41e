import type { IncomingMessage } from 'node:http';
import { clientKey, enforceRateLimit, normaliseAddress } from '@/graph/http/rateLimit';
import { RetryLaterError } from '@/graph/http/retryLater';

function request(remoteAddress: string | undefined, forwardedFor?: string): IncomingMessage {
  return { socket: { remoteAddress }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } } as unknown as IncomingMessage;
}

describe('graph/http/rateLimit', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const name of ['RATE_LIMIT_SNAPSHOTS_PER_MINUTE', 'RATE_LIMIT_CYPHER_PER_MINUTE', 'RATE_LIMIT_EDITS_PER_MINUTE', 'TRUST_PROXY']) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  it('keys IPv4 as is, IPv4-mapped IPv6 as IPv4, and IPv6 by its /64 network', () => {
    expect(normaliseAddress('203.0.113.9')).toBe('203.0.113.9');
    expect(normaliseAddress('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(normaliseAddress('2001:db8:0:12:aaaa:bbbb:cccc:1')).toBe('2001:db8:0:12::/64');
    expect(normaliseAddress('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(normaliseAddress('2001:DB8:0:12::99')).toBe(normaliseAddress('2001:db8:0:12:ffff::1'));
    expect(normaliseAddress('::1')).toBe('0:0:0:0::/64');
    expect(normaliseAddress('[2001:db8::1]')).toBe('2001:db8:0:0::/64');
  });

  it('ignores X-Forwarded-For unless proxies are trusted, then takes the entry the outermost trusted proxy added', () => {
    expect(clientKey('10.0.0.2', '198.51.100.7', 0)).toBe('10.0.0.2');
    expect(clientKey('10.0.0.2', 'spoofed, 198.51.100.7', 1)).toBe('198.51.100.7');
    expect(clientKey('10.0.0.2', 'spoofed, 198.51.100.7, 10.0.0.9', 2)).toBe('198.51.100.7');
    expect(clientKey('10.0.0.2', ['spoofed', '198.51.100.7'], 1)).toBe('198.51.100.7');
    // Fewer entries than trusted hops: the leftmost is all there is.
    expect(clientKey('10.0.0.2', '198.51.100.7', 3)).toBe('198.51.100.7');
    expect(clientKey('10.0.0.2', undefined, 1)).toBe('10.0.0.2');
    expect(clientKey(undefined, undefined, 0)).toBe('unknown');
  });

  it('lets a client make its budget of requests a minute, then answers 429 with Retry-After, other clients unaffected', async () => {
    process.env.RATE_LIMIT_SNAPSHOTS_PER_MINUTE = '3';
    const client = request('192.0.2.1');
    for (let i = 0; i < 3; i++) await enforceRateLimit(client, 'snapshots');
    const refusal = await enforceRateLimit(client, 'snapshots').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(RetryLaterError);
    const error = refusal as RetryLaterError;
    expect(error.status).toBe(429);
    expect(error.code).toBe('TooManyRequests');
    expect(error.message).toMatch(/limit is 3 a minute/);
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(error.toBody().error.details).toEqual({ retryAfterSeconds: error.retryAfterSeconds });
    await expect(enforceRateLimit(request('192.0.2.2'), 'snapshots')).resolves.toBeUndefined();
    // The console has a budget of its own.
    await expect(enforceRateLimit(client, 'cypher')).resolves.toBeUndefined();
  });

  it('counts a forwarded client only when TRUST_PROXY says so', async () => {
    process.env.RATE_LIMIT_CYPHER_PER_MINUTE = '1';
    process.env.TRUST_PROXY = '1';
    await enforceRateLimit(request('10.0.0.1', '198.51.100.1'), 'cypher');
    // Same proxy, another client behind it: a budget of its own.
    await expect(enforceRateLimit(request('10.0.0.1', '198.51.100.2'), 'cypher')).resolves.toBeUndefined();
    await expect(enforceRateLimit(request('10.0.0.1', '198.51.100.1'), 'cypher')).rejects.toMatchObject({ status: 429 });
    process.env.TRUST_PROXY = '0';
    // Untrusted: the header is ignored, so a rotating header cannot buy fresh budgets.
    await enforceRateLimit(request('10.0.0.7', 'a'), 'cypher');
    await expect(enforceRateLimit(request('10.0.0.7', 'b'), 'cypher')).rejects.toMatchObject({ status: 429 });
  });

  it('counts edits per editor name, wherever they come from', async () => {
    process.env.RATE_LIMIT_EDITS_PER_MINUTE = '2';
    await enforceRateLimit(request('192.0.2.60'), 'edits', 'ana');
    await enforceRateLimit(request('192.0.2.61'), 'edits', 'ana');
    await expect(enforceRateLimit(request('192.0.2.62'), 'edits', 'ana')).rejects.toMatchObject({ status: 429, message: expect.stringMatching(/2 a minute per editor/) });
    // Another editor on the same address has a budget of their own.
    await expect(enforceRateLimit(request('192.0.2.60'), 'edits', 'bea')).resolves.toBeUndefined();
  });

  it('does not count at all when the limit is 0', async () => {
    process.env.RATE_LIMIT_SNAPSHOTS_PER_MINUTE = '0';
    for (let i = 0; i < 50; i++) await expect(enforceRateLimit(request('192.0.2.50'), 'snapshots')).resolves.toBeUndefined();
  });
});
