/** GET /api/sources/[id]?start=&end=: the paragraph of the source's stored text around a quote (read-only, capped). */
import { route, parse } from '@/graph/http/route';
import { paragraphAround } from '@/graph/views/sourceText';
import { SourceParagraphQuery, type SourceParagraph } from '@/graph/views/sourceTypes';

// No body is read here; with Next's parser off, a stray malformed one cannot draw its plain-text 400.
export const config = { api: { bodyParser: false } };

export default route({
  GET: (req): Promise<SourceParagraph> => {
    const { id, start, end } = parse(SourceParagraphQuery, req.query, 'source query');
    return paragraphAround(id, start, end);
  },
});
