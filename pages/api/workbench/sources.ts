/** GET /api/workbench/sources?dataset=a,b&limit=: the sources, newest first, with stored text size and quotes cited (read-only). */
import { knownDatasets } from '@/graph/datasets/listing';
import { listSources } from '@/graph/workbench/sources';
import { SourceListQuery, type SourceList } from '@/graph/workbench/workbenchTypes';
import { parse, route } from '@/graph/http/route';

// No body is read here; with Next's parser off, a stray malformed one cannot draw its plain-text 400.
export const config = { api: { bodyParser: false } };

export default route({
  GET: async (req): Promise<SourceList> => {
    const query = await knownDatasets(parse(SourceListQuery, req.query, 'query string'));
    return listSources(query.dataset ?? [], query.limit);
  },
});
