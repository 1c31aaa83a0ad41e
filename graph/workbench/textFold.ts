/**
 * Folding text for matching while keeping the way back to the original: every folded character
 * remembers where it came from, so a match found in folded text is answered as offsets into the
 * ORIGINAL text (JavaScript string indices, as quotes store them). Folding may change the length
 * ("e" + combining acute is two characters, "é" one; both fold to "e"), which is why offsets are
 * mapped and never computed from the folded string alone. Pure: no Neo4j, usable in the browser.
 */

export interface FoldOptions {
  /** Drop accents (NFD, combining marks removed) and lower-case: "Guaidó" and "GUAIDO" fold alike. */
  loose: boolean;
}

export interface Folded {
  /** The folded text. */
  text: string;
  /** `starts[i]` is the index in the original text of the character folded into `text[i]`. */
  starts: number[];
  /** The original text's length, the end of a match that runs to the end of the folded text. */
  length: number;
}

/** Typographic variants typed differently from how they are stored (curly vs straight quotes, dashes). */
const PUNCTUATION: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u00b4': "'", '`': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '...',
};

const MARK = /\p{M}/gu;
const SPACE = /\s/u;

/** The folded form of one code point (possibly empty, possibly several characters). */
function foldChar(char: string, options: FoldOptions): string {
  const plain = PUNCTUATION[char];
  if (plain !== undefined) return plain;
  if (!options.loose) return char;
  // Lower-casing can bring marks back ("İ" -> "i" + combining dot), hence the second strip.
  return char.normalize('NFD').replace(MARK, '').toLowerCase().normalize('NFD').replace(MARK, '');
}

/**
 * Folds `text`: runs of white space become one space, typographic quotes and dashes their ASCII
 * forms, and with `loose` accents go and letters are lower-cased.
 */
export function fold(text: string, options: FoldOptions = { loose: true }): Folded {
  let out = '';
  const starts: number[] = [];
  let inSpace = false;
  let index = 0;
  for (const char of text) {
    if (SPACE.test(char)) {
      if (!inSpace) {
        out += ' ';
        starts.push(index);
      }
      inSpace = true;
    } else {
      inSpace = false;
      const folded = foldChar(char, options);
      out += folded;
      for (let i = 0; i < folded.length; i++) starts.push(index);
    }
    index += char.length;
  }
  return { text: out, starts, length: text.length };
}

/**
 * Original offsets of the folded span `from..to`. The end is where the next folded character
 * starts, so marks dropped after the last matched letter ("o" + combining acute) stay inside.
 */
export function originalSpan(folded: Folded, from: number, to: number): { start: number; end: number } {
  const start = folded.starts[from] ?? folded.length;
  const end = to < folded.starts.length ? (folded.starts[to] ?? folded.length) : folded.length;
  return { start, end };
}

/** Folds a name or quote given on its own: trimmed as well. */
export function foldNeedle(text: string, options: FoldOptions = { loose: true }): string {
  return fold(text.trim(), options).text.trim();
}

/**
 * Where `quote` sits in the stored `text`, as offsets into `text` (so `text.slice(start, end)` is
 * what the stored text says there), or null. Tried strictest first: the exact words; then with
 * quotes, dashes and white space folded (a quote typed with straight quotes, found in a text with
 * curly ones); then also ignoring case and accents. The first occurrence wins.
 */
export function locateQuote(text: string, quote: string): { start: number; end: number } | null {
  const wanted = quote.trim();
  if (wanted.length === 0) return null;
  const exact = text.indexOf(wanted);
  if (exact >= 0) return { start: exact, end: exact + wanted.length };
  for (const loose of [false, true]) {
    const haystack = fold(text, { loose });
    const needle = foldNeedle(wanted, { loose });
    if (needle.length === 0) continue;
    const at = haystack.text.indexOf(needle);
    if (at >= 0) return originalSpan(haystack, at, at + needle.length);
  }
  return null;
}
