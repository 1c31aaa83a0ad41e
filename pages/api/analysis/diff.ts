/** GET /api/analysis/diff?from=&to=&kinds=&...: how the network moved between two dates. */
import { route, parse } from '@/graph/http/route';
import { knownDatasets } from '@/graph/datasets/listing';
import { diffView } from '@/graph/analysis/view';
import { DiffQuery, type DiffResponse } from '@/graph/analysis/analysisTypes';

// No body is read here; with Next's parser off, a stray malformed one cannot draw its plain-text 400.
export const config = { api: { bodyParser: false } };

export default route({
  GET: async (req): Promise<DiffResponse> => diffView(await knownDatasets(parse(DiffQuery, req.query, 'query string'))),
});
