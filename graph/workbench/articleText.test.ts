import { articleText, htmlToArticleText, tidyText } from '@/graph/workbench/articleText';

describe('graph/workbench/articleText', () => {
  describe('htmlToArticleText', () => {
    it('keeps the paragraphs, separated by one blank line, and drops page furniture', () => {
      const html = `<!doctype html><html><head><title>Page title</title><style>p { color: red }</style></head>
        <body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
        <header>Site header</header>
        <article><h1>Guaidó sworn in</h1>
          <p>The <a href="https://example.org/us">United States</a> recognised   Juan Guaidó.</p>
          <p>Russia &amp; China backed Nicol&aacute;s Maduro.</p>
        </article>
        <aside>Most read</aside><footer>© Wire</footer></body></html>`;
      expect(htmlToArticleText(html)).toBe(
        'Guaidó sworn in\n\nThe United States recognised Juan Guaidó.\n\nRussia & China backed Nicolás Maduro.',
      );
    });

    it('never lets script, style or event-handler markup through', () => {
      const html = `<p>Before</p><script>window.__xss = 1; document.write('<b>owned</b>')</script>
        <p>Text <img src=x onerror=window.__xss=1> after <svg onload="alert(1)"><text>svg</text></svg></p>
        <iframe src="javascript:alert(1)"></iframe><style>body{display:none}</style>`;
      const text = htmlToArticleText(html);
      expect(text).toBe('Before\n\nText after');
      expect(text).not.toMatch(/<|__xss|alert|owned|onerror/);
    });

    it('keeps markup written as text (entities) as literal characters, to be shown as text', () => {
      const text = htmlToArticleText('<p>He typed &lt;img src=x onerror=window.__xss=1&gt; in the form.</p>');
      expect(text).toBe('He typed <img src=x onerror=window.__xss=1> in the form.');
    });

    it('turns line breaks into lines and does not wrap long paragraphs', () => {
      const long = 'word '.repeat(100).trim();
      expect(htmlToArticleText(`<p>one<br>two</p><p>${long}</p>`)).toBe(`one\ntwo\n\n${long}`);
    });
  });

  describe('tidyText', () => {
    it('normalises line endings, trailing spaces, blank lines and control characters', () => {
      expect(tidyText('\r\n\r\nOne \t\r\nTwo\u0000\u0007\r\n\r\n\r\n\r\nThree\tfour\n\n')).toBe('One\nTwo\n\nThree\tfour');
    });
  });

  describe('articleText', () => {
    it('converts html and tidies text', () => {
      expect(articleText({ html: '<p>A</p><p>B</p>' })).toBe('A\n\nB');
      expect(articleText({ text: '<p>A</p>\r\n' })).toBe('<p>A</p>');
    });
  });
});
