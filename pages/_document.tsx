/**
 * The HTML shell of every page. `lang` tells screen readers (and hyphenation, translation) which
 * language the text is in: every user-facing text is English. The icon is the same on every page.
 * The scripts Next writes carry the request's CSP nonce (set by proxy.ts, graph/http/securityHeaders.ts).
 */
import Document, { Head, Html, Main, NextScript, type DocumentContext, type DocumentInitialProps } from 'next/document';
import { nonceFromPolicy } from '@/graph/http/securityHeaders';

interface Props extends DocumentInitialProps {
  nonce?: string;
}

export default class AppDocument extends Document<Props> {
  static async getInitialProps(ctx: DocumentContext): Promise<Props> {
    const initialProps = await Document.getInitialProps(ctx);
    return { ...initialProps, nonce: nonceFromPolicy(ctx.req?.headers['content-security-policy']) };
  }

  render() {
    const { nonce } = this.props;
    return (
      <Html lang="en">
        <Head nonce={nonce}>
          {/* Drawn by scripts/favicon.ts; public/favicon.ico is the same icon for clients that ask for it by name. */}
          <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        </Head>
        <body>
          <Main />
          <NextScript nonce={nonce} />
        </body>
      </Html>
    );
  }
}
