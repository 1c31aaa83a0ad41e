/**
 * The HTML shell of every page. `lang` tells screen readers (and hyphenation, translation) which
 * language the text is in: every user-facing text is English. The icon is the same on every page.
 */
import { Head, Html, Main, NextScript } from 'next/document';

export default function Document() {
  return (
    <Html lang="en">
      <Head>
        {/* Drawn by scripts/favicon.ts; public/favicon.ico is the same icon for clients that ask for it by name. */}
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      </Head>
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
