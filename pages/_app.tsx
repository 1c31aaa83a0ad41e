import NextApp, { type AppContext, type AppProps } from 'next/app';
import { z } from 'zod';
import '@/styles/globals.css';

// zod compiles object parsers with `new Function` when it may, probing first with `Function("")`.
// The Content-Security-Policy has no 'unsafe-eval' (graph/http/securityHeaders.ts), so in the
// browser that probe is refused and reported as a violation: tell zod up front not to try.
if (typeof window !== 'undefined') z.config({ jitless: true });

export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}

// Renders every page per request instead of once at build time: each answer's Content-Security-
// Policy carries a fresh nonce (proxy.ts), and only a page rendered for that request can stamp it
// on Next's inline script (graph/http/securityHeaders.ts explains why there is one).
App.getInitialProps = (context: AppContext) => NextApp.getInitialProps(context);
