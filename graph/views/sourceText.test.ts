import { paragraphOf } from '@/graph/views/sourceText';

describe('graph/views/sourceText', () => {
  const text = 'Title\n\nFirst paragraph here.\nThe quote sits here, in the middle.\nLast line';

  it('finds the line-delimited paragraph around a quote and the quote’s place in it', () => {
    const start = text.indexOf('quote sits');
    const p = paragraphOf(text, start, start + 'quote sits'.length);
    expect(p.paragraph).toBe('The quote sits here, in the middle.');
    expect(p.paragraph.slice(p.start, p.end)).toBe('quote sits');
    expect(p).toMatchObject({ cutBefore: false, cutAfter: false });
  });

  it('keeps a quote that spans lines whole, from the start of its first line to the end of its last', () => {
    const start = text.indexOf('here.');
    const end = text.indexOf('The quote') + 'The quote'.length;
    const p = paragraphOf(text, start, end);
    expect(p.paragraph).toBe('First paragraph here.\nThe quote sits here, in the middle.');
    expect(p.paragraph.slice(p.start, p.end)).toBe(text.slice(start, end));
  });

  it('cuts a long paragraph to a window of at most `max` characters centred on the quote', () => {
    const long = `${'a'.repeat(500)}QUOTE${'b'.repeat(500)}`;
    const p = paragraphOf(long, 500, 505, 105);
    expect(p.paragraph).toBe(`${'a'.repeat(50)}QUOTE${'b'.repeat(50)}`);
    expect(p.paragraph.slice(p.start, p.end)).toBe('QUOTE');
    expect(p).toMatchObject({ cutBefore: true, cutAfter: true });
    // Near an end of the paragraph the unused room goes to the other side.
    const early = paragraphOf(long, 2, 7, 105);
    expect(early.paragraph).toHaveLength(105);
    expect(early.start).toBe(2);
    expect(early.cutBefore).toBe(false);
  });

  it('keeps the beginning of a quote longer than `max`, and never splits a character in two', () => {
    const p = paragraphOf('x'.repeat(300), 10, 290, 100);
    expect(p.paragraph).toHaveLength(100);
    expect([p.start, p.end]).toEqual([0, 100]);
    const emoji = `${'😀'.repeat(60)}QUOTE${'😀'.repeat(60)}`;
    const q = paragraphOf(emoji, 120, 125, 20);
    expect(q.paragraph).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    expect(q.paragraph.slice(q.start, q.end)).toBe('QUOTE');
  });
});
