/**
 * Next's proxy (formerly middleware), run before every request: gives each answer, pages, API
 * and files alike, the security headers of graph/http/securityHeaders.ts with a fresh nonce. The
 * nonce also goes onto the request's Content-Security-Policy header, where pages/_document.tsx
 * (and Next itself) read it to stamp Next's inline script.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { newNonce, securityHeaders } from '@/graph/http/securityHeaders';

export function proxy(request: NextRequest): NextResponse {
  const headers = securityHeaders(request.nextUrl.pathname, { nonce: newNonce(), dev: process.env.NODE_ENV === 'development' });
  const requestHeaders = new Headers(request.headers);
  // Replaces whatever the client sent under that name: only this request's nonce is ever used.
  requestHeaders.set('content-security-policy', headers['Content-Security-Policy']);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
