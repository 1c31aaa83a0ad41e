/**
 * POST /api/edit/sources: stores an article (pasted text, or an uploaded page as html) as a source
 * of a data set or of a new one, for a signed-in editor; 413 above SOURCE_MAX_BYTES. Answers {id}.
 */
import { getEnv } from '@/graph/db/env';
import { editorRoute } from '@/graph/auth/guard';
import { createSource } from '@/graph/workbench/sources';
import { SourceCreateBody, type SourceCreated } from '@/graph/workbench/workbenchTypes';
import { parseBody } from '@/graph/http/route';

export const config = { api: { bodyParser: false } };

/** JSON spends up to 6 bytes on a character (`\u0000`); the article's own size is checked after parsing. */
const bodyMaxBytes = () => getEnv().SOURCE_MAX_BYTES * 6 + 64 * 1024;

export default editorRoute({
  POST: async (req, _res, editor): Promise<SourceCreated> => createSource(await parseBody(req, SourceCreateBody, bodyMaxBytes(), 'request body'), editor),
});
