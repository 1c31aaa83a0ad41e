/**
 * The source text cut into runs that share the same marks (an actor mention, a cue sentence, an
 * existing stance's quote, the editor's selection), so the page can render each run as one span
 * of plain React text with classes, and map a browser selection back to offsets: each run knows
 * where it starts in the stored text. Pure, so it is unit tested.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** The id of the actor or topic mentioned here, if any. */
  mention: string | null;
  /** Whether this is inside a sentence with a stance cue word, and inside the cue word itself. */
  cue: boolean;
  cueWord: boolean;
  /** Indices (into `quotes`) of existing stance quotes that cover this run. */
  quotes: number[];
  selected: boolean;
}

export interface Marks {
  mentions: readonly (Span & { id: string })[];
  cues: readonly (Span & { cueStart: number; cueEnd: number })[];
  quotes: readonly { start: number | null; end: number | null }[];
  selection: Span | null;
}

const inside = (at: number, span: Span) => at >= span.start && at < span.end;

/** Runs covering the whole text, split wherever any mark starts or ends. */
export function segmentText(text: string, marks: Marks): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  const add = (s: { start: number | null; end: number | null }) => {
    if (s.start === null || s.end === null) return;
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  };
  marks.mentions.forEach(add);
  marks.cues.forEach((c) => {
    add(c);
    add({ start: c.cueStart, end: c.cueEnd });
  });
  marks.quotes.forEach(add);
  if (marks.selection) add(marks.selection);
  const points = [...cuts].sort((a, b) => a - b);
  const quoteSpans = marks.quotes.map((q) => (q.start === null || q.end === null ? null : { start: q.start, end: q.end }));
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? start;
    if (end <= start) continue;
    segments.push({
      start,
      end,
      mention: marks.mentions.find((m) => inside(start, m))?.id ?? null,
      cue: marks.cues.some((c) => inside(start, c)),
      cueWord: marks.cues.some((c) => inside(start, { start: c.cueStart, end: c.cueEnd })),
      quotes: quoteSpans.flatMap((q, index) => (q && inside(start, q) ? [index] : [])),
      selected: marks.selection !== null && inside(start, marks.selection),
    });
  }
  return segments;
}

/** The sentence (cue sentence, else the line) around `at`, for prefilling the form. */
export function sentenceAround(text: string, cues: readonly Span[], at: Span): Span {
  const cue = cues.find((c) => c.start <= at.start && at.end <= c.end);
  if (cue) return { start: cue.start, end: cue.end };
  const from = Math.max(text.lastIndexOf('\n', at.start - 1) + 1, 0);
  const lineEnd = text.indexOf('\n', at.end);
  return { start: from, end: lineEnd < 0 ? text.length : lineEnd };
}

/**
 * Who to prefill the form with: the actors and topics mentioned in the selection, in order, else
 * those in its sentence. `from` is the first actor; `to` the next different actor or topic.
 */
export function prefill(
  mentions: readonly (Span & { id: string })[],
  isActor: (id: string) => boolean,
  selection: Span,
  sentence: Span,
): { from: string | null; to: string | null } {
  const within = (span: Span) => mentions.filter((m) => m.start < span.end && span.start < m.end).map((m) => m.id);
  const ids = [...new Set([...within(selection), ...within(sentence)])];
  const from = ids.find(isActor) ?? null;
  return { from, to: ids.find((id) => id !== from) ?? null };
}

/**
 * The offset in the stored text of a point of a DOM selection inside the rendered text: runs carry
 * `data-start`; a point inside a run's text node adds its offset, a point between elements takes
 * the start of the run after it (or the end of the one before).
 */
export function offsetOfPoint(container: Node, node: Node, offset: number, textLength: number): number | null {
  if (!container.contains(node)) return null;
  const attr = (el: Element | null | undefined): number | null => {
    const value = el?.getAttribute('data-start');
    return value === null || value === undefined ? null : Number(value);
  };
  const runOf = (n: Node): Element | null => (n.nodeType === 1 ? (n as Element) : n.parentElement)?.closest('[data-start]') ?? null;
  if (node.nodeType === 3) {
    const start = attr(runOf(node));
    return start === null ? null : start + offset;
  }
  const element = node as Element;
  const after = element.childNodes[offset];
  if (after) {
    const run = after.nodeType === 1 ? ((after as Element).matches('[data-start]') ? (after as Element) : (after as Element).querySelector('[data-start]')) : runOf(after);
    const start = attr(run);
    if (start !== null) return start;
  }
  // Past the last child: the end of the run this element is in, or of the whole text.
  const run = runOf(element);
  const start = attr(run);
  return start === null || !run ? textLength : start + (run.textContent ?? '').length;
}

/** The span without white space at either end (a quote is stored trimmed, and must equal the text at its offsets). */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return { start, end };
}
