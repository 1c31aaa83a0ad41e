import { contentSecurityPolicy, isEmbeddablePath, newNonce, nonceFromPolicy, securityHeaders } from '@/graph/http/securityHeaders';

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const));

describe('securityHeaders', () => {
  it('gives a page a strict policy: own files, the nonce for scripts, nothing framing it', () => {
    const policy = directives(contentSecurityPolicy('/', { nonce: 'abc123==' }));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-abc123=='"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('font-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it("adds 'unsafe-eval' in development only", () => {
    expect(contentSecurityPolicy('/', { nonce: 'n', dev: true })).toContain("script-src 'self' 'nonce-n' 'unsafe-eval';");
    expect(contentSecurityPolicy('/', { nonce: 'n' })).not.toContain('unsafe-eval');
  });

  it('sets nosniff, the referrer policy, X-Frame-Options and a permissions policy on every answer', () => {
    for (const path of ['/', '/query', '/api/health', '/api/nope', '/s/abc', '/_next/static/chunks/a.js']) {
      const headers = securityHeaders(path, { nonce: 'n' });
      expect(headers).toMatchObject({
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'X-Frame-Options': 'DENY',
        'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
      });
      expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    }
  });

  it('lets any site frame /embed and pages under /embed/, and nothing else', () => {
    for (const path of ['/embed', '/embed/', '/embed/abc', '/embed/s/abc']) {
      expect(isEmbeddablePath(path)).toBe(true);
      const headers = securityHeaders(path, { nonce: 'n' });
      expect(headers['Content-Security-Policy']).toContain('frame-ancestors *');
      expect(headers).not.toHaveProperty('X-Frame-Options');
      // Everything else about the policy stays as strict.
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
      expect(headers['Content-Security-Policy']).toContain("script-src 'self' 'nonce-n'");
    }
    for (const path of ['/', '/embedded', '/embeds/x', '/s/embed', '/api/embed', '/EMBED/x', '/query']) {
      expect(isEmbeddablePath(path)).toBe(false);
      expect(securityHeaders(path, { nonce: 'n' })['X-Frame-Options']).toBe('DENY');
      expect(contentSecurityPolicy(path, { nonce: 'n' })).toContain("frame-ancestors 'none'");
    }
  });

  it('makes a fresh 128-bit base64 nonce each time, which reads back from the policy', () => {
    const a = newNonce();
    const b = newNonce();
    expect(a).not.toBe(b);
    expect(Buffer.from(a, 'base64')).toHaveLength(16);
    expect(nonceFromPolicy(contentSecurityPolicy('/', { nonce: a }))).toBe(a);
  });

  it('reads a nonce only from script-src (else default-src), and only a well-formed one', () => {
    expect(nonceFromPolicy("default-src 'self' 'nonce-xyz'")).toBe('xyz');
    expect(nonceFromPolicy("style-src 'nonce-style'; script-src 'self' 'nonce-script'")).toBe('script');
    expect(nonceFromPolicy("script-src 'self' 'nonce-a\"b'")).toBeUndefined();
    expect(nonceFromPolicy("script-src 'self'")).toBeUndefined();
    expect(nonceFromPolicy(undefined)).toBeUndefined();
    expect(nonceFromPolicy(['a', 'b'])).toBeUndefined();
  });
});
