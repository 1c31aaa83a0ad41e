/**
 * The security headers of every answer the app gives, pages and API alike (issue #38, item 7),
 * in one place. Pure: `proxy.ts` applies `securityHeaders()` to every request with a fresh nonce,
 * `pages/_document.tsx` stamps that nonce on the scripts Next writes into the page.
 *
 * Why a nonce: a Turbopack production build of the Pages Router writes one inline, executable
 * <script> into every page (it seeds the chunk loader's queue, `getInlineBootstrapScript` in
 * next/dist/pages/_document.js). `__NEXT_DATA__` is `type="application/json"` and never runs. So
 * `script-src 'self'` alone would block the app; `'unsafe-inline'` would let any injected script
 * run. A per-request nonce lets exactly Next's script run, which means every page is rendered per
 * request (`pages/_app.tsx` turns off static optimisation for that reason).
 *
 * The one deliberate exception is `EMBED_PREFIX`: pages under /embed/ (issue #39) are meant to be
 * framed by other sites. Every other path refuses to be framed.
 */

/** Pages under this path may be framed by any site; nothing else may. */
export const EMBED_PREFIX = '/embed';

/** Whether `pathname` (no query) is an embeddable page: `/embed` itself or anything under `/embed/`. */
export function isEmbeddablePath(pathname: string): boolean {
  return pathname === EMBED_PREFIX || pathname.startsWith(`${EMBED_PREFIX}/`);
}

export interface PolicyOptions {
  /** The request's nonce (base64), allowed to run inline scripts. */
  nonce: string;
  /** `next dev`: React Refresh evaluates code, so 'unsafe-eval' is added there and only there. */
  dev?: boolean;
}

/** The Content-Security-Policy of the answer for `pathname`. */
export function contentSecurityPolicy(pathname: string, { nonce, dev = false }: PolicyOptions): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    // Own files plus Next's one inline bootstrap script, by nonce. No eval in production.
    ['script-src', "'self'", `'nonce-${nonce}'`, ...(dev ? ["'unsafe-eval'"] : [])],
    // 'unsafe-inline' for styles only: React writes `style="…"` attributes into server-rendered
    // markup (and Next's error pages an inline <style>), and CodeMirror (the console's editor)
    // injects its theme as <style> elements at run time. A nonce here would switch
    // 'unsafe-inline' off and break both; injected CSS cannot run code.
    ['style-src', "'self'", "'unsafe-inline'"],
    // data: and blob: for the explorer's PNG/SVG exports (cytoscape's png() and downloadBlob's
    // object URLs) and cytoscape's own images; nothing is loaded from other sites.
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    // Only the app's own API. ('self' also covers the dev server's same-host websocket.)
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', isEmbeddablePath(pathname) ? '*' : "'none'"],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/**
 * Every security header of the answer for `pathname`, CSP included.
 * - X-Content-Type-Options: nosniff: a JSON answer or an uploaded file is never run as script/CSS.
 * - Referrer-Policy: strict-origin-when-cross-origin: other sites (a source's article opened from
 *   the evidence panel) learn the app's origin, never a path or query (a console query, a snapshot
 *   id). Not `no-referrer`: under it browsers send `Origin: null` on the app's own POSTs, which the
 *   write routes' cross-site check (graph/auth/origin.ts) refuses.
 * - X-Frame-Options: DENY for browsers that predate CSP's frame-ancestors; absent on embeds (it
 *   has no "any site" value).
 * - Permissions-Policy: the app uses no camera, microphone, location, payment or USB; nor may
 *   anything it loads. Only features every current Chromium knows (an unknown one logs an error).
 */
export interface SecurityHeaders {
  'Content-Security-Policy': string;
  [name: string]: string;
}

export function securityHeaders(pathname: string, options: PolicyOptions): SecurityHeaders {
  return {
    'Content-Security-Policy': contentSecurityPolicy(pathname, options),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    ...(isEmbeddablePath(pathname) ? {} : { 'X-Frame-Options': 'DENY' }),
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}

/** A fresh nonce: 128 random bits, base64 (Web Crypto, so it runs in Node and the edge runtime). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** The nonce a policy allows scripts by (script-src, else default-src), as Next itself reads it. */
export function nonceFromPolicy(policy: string | string[] | undefined): string | undefined {
  if (typeof policy !== 'string') return undefined;
  const directives = policy.split(';').map((directive) => directive.trim().split(/\s+/));
  const scripts = directives.find(([name]) => name === 'script-src') ?? directives.find(([name]) => name === 'default-src');
  for (const source of scripts?.slice(1) ?? []) {
    const match = /^'nonce-([A-Za-z0-9+/_-]+={0,2})'$/.exec(source);
    if (match) return match[1];
  }
  return undefined;
}
