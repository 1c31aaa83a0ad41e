/**
 * The paragraph around a quote, read from its source's stored text (`/api/sources/[id]`), so the
 * evidence panel can show a quote in context. Never the whole text: at most
 * PARAGRAPH_MAX_CHARS, a window around the quote when the paragraph is longer.
 */
import { transactions } from '@/graph/db/driver';
import { ApiError } from '@/graph/http/errors';
import { PARAGRAPH_MAX_CHARS, type SourceParagraph } from '@/graph/views/sourceTypes';

const { read } = transactions('view');

/** Moves a cut off the second half of a surrogate pair, so no character is split in two. */
function whole(text: string, at: number, direction: -1 | 1): number {
  const code = text.charCodeAt(at);
  return at > 0 && at < text.length && code >= 0xdc00 && code <= 0xdfff ? at + direction : at;
}

/**
 * The paragraph (the lines between line breaks) that holds `text.slice(start, end)`, with the
 * quote's place in it; cut to `max` characters around the quote when longer (a quote longer than
 * `max` keeps its beginning).
 */
export function paragraphOf(text: string, start: number, end: number, max = PARAGRAPH_MAX_CHARS): Omit<SourceParagraph, 'sourceId'> {
  let from = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  let to = lineEnd < 0 ? text.length : lineEnd;
  if (to - from > max) {
    const room = max - (end - start);
    if (room <= 0) {
      from = start;
      to = start + max;
    } else {
      const before = Math.min(start - from, Math.floor(room / 2));
      const after = Math.min(to - end, room - before);
      from = start - Math.min(start - from, room - after);
      to = end + after;
    }
  }
  from = whole(text, from, 1);
  to = whole(text, to, -1);
  const paragraph = text.slice(from, to);
  return {
    paragraph,
    start: start - from,
    end: Math.min(end, to) - from,
    cutBefore: from > 0 && text[from - 1] !== '\n',
    cutAfter: to < text.length && text[to] !== '\n',
  };
}

/** The paragraph around `start..end` in source `sourceId`'s stored text; 404 without the source or its text, 400 for offsets outside it. */
export async function paragraphAround(sourceId: string, start: number, end: number): Promise<SourceParagraph> {
  const text = await read(async (tx) => {
    const record = (await tx.run('MATCH (s:Source {id: $id}) RETURN s.text AS text', { id: sourceId })).records[0];
    if (!record) throw new ApiError(404, 'NotFound', `No source "${sourceId}" is loaded.`);
    const value: unknown = record.get('text');
    if (typeof value !== 'string' || value.length === 0) throw new ApiError(404, 'NoText', `The text of source "${sourceId}" is not stored, so its quotes cannot be shown in context.`);
    return value;
  });
  if (end > text.length) throw new ApiError(400, 'BadRequest', `The quote offsets ${start}-${end} fall outside the text of source "${sourceId}" (${text.length} characters).`);
  return { sourceId, ...paragraphOf(text, start, end) };
}
