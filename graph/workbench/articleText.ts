/**
 * An uploaded or pasted article turned into the plain text a source stores, the text every quote's
 * offsets point into. HTML goes through html-to-text (a maintained converter that parses the
 * markup and never runs it): scripts, styles, navigation, forms and images are dropped, links keep
 * their words without their addresses, and paragraphs come out separated by one blank line.
 */
import { convert, type HtmlToTextOptions } from 'html-to-text';

/** Parts of a page that are never the article. */
const DROPPED = ['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'iframe', 'object', 'embed', 'svg', 'canvas', 'img', 'picture', 'video', 'audio', 'figure > img', 'head'];

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

const OPTIONS: HtmlToTextOptions = {
  // Line breaks only where the article has them: offsets must not depend on a wrap width.
  wordwrap: false,
  selectors: [
    ...DROPPED.map((selector) => ({ selector, format: 'skip' })),
    { selector: 'a', options: { ignoreHref: true } },
    ...HEADINGS.map((selector) => ({ selector, options: { uppercase: false } })),
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
  ],
  limits: { maxInputLength: 50_000_000 },
};

/**
 * Line endings as "\n", no trailing spaces on a line, paragraphs separated by exactly one blank
 * line, no blank lines at either end. Applied to pasted text too, so both read alike.
 */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    // Control characters other than tab and line break carry nothing readable.
    .replace(/\p{Cc}/gu, (char) => (char === '\n' || char === '\t' ? char : ''))
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}

/** The readable text of an HTML page or fragment. */
export function htmlToArticleText(html: string): string {
  return tidyText(convert(html, OPTIONS));
}

/** The text to store: HTML converted, plain text tidied. */
export function articleText(input: { text: string } | { html: string }): string {
  return 'html' in input ? htmlToArticleText(input.html) : tidyText(input.text);
}
