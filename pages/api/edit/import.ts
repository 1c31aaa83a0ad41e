/**
 * POST /api/edit/import?format=&name=&dataset=&title=&confirm=0|1: a data file (YAML/JSON,
 * spreadsheet, DNA database, GDELT export) as the raw request body, at most IMPORT_MAX_BYTES.
 * `confirm=0` answers what the load would do with nothing written; `confirm=1` loads it and records
 * one `import` change. A bad file gets 400 with the errors `npm run seed` gives, nothing written.
 */
import { getEnv } from '@/graph/db/env';
import { loadUpload, previewUpload } from '@/graph/edit/browserImport';
import { editorRoute } from '@/graph/auth/guard';
import { ImportQuery, type ImportDone, type ImportPreview } from '@/graph/edit/importTypes';
import { discardUpload, receiveUpload, uploadFormat, uploadName } from '@/graph/edit/importUpload';
import { parse } from '@/graph/http/route';
import type { Format } from '@/graph/model/importFormats';

// The body is the file itself, streamed to disk (graph/edit/importUpload.ts), never parsed by Next.
export const config = { api: { bodyParser: false } };

export default editorRoute({
  POST: async (req, _res, editor): Promise<ImportPreview | ImportDone> => {
    let query: ImportQuery;
    let format: Format;
    try {
      query = parse(ImportQuery, req.query, 'query');
      format = uploadFormat(query.format, query.name);
    } catch (error) {
      req.resume(); // drain the file, so the client reads the 400 rather than a reset connection
      throw error;
    }
    const upload = await receiveUpload(req, uploadName(query.name, format), getEnv().IMPORT_MAX_BYTES);
    try {
      const request = { format, ...(query.dataset ? { dataset: query.dataset } : {}), ...(query.title ? { title: query.title } : {}) };
      return query.confirm === '1' ? await loadUpload(upload, request, editor) : await previewUpload(upload, request);
    } finally {
      await discardUpload(upload);
    }
  },
});
