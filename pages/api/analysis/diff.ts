/** GET /api/analysis/diff?from=&to=&kinds=&...: how the network moved between two dates. */
import { route, parse } from '@/graph/http';
import { diffView } from '@/graph/analysisView';
import { DiffQuery, type DiffResponse } from '@/graph/analysisTypes';

export default route({
  GET: (req): Promise<DiffResponse> => diffView(parse(DiffQuery, req.query, 'query string')),
});
