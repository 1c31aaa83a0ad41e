/** GET /api/sources[?dataset=a,b]: what the sources cover (count, publishers, dates), not the sources themselves. */
import { route, parse } from '@/graph/http/route';
import { sourceCoverage } from '@/graph/views/sourceCoverage';
import { SourceCoverageQuery, type SourceCoverage } from '@/graph/views/sourceTypes';

// No body is read here; with Next's parser off, a stray malformed one cannot draw its plain-text 400.
export const config = { api: { bodyParser: false } };

export default route({
  GET: (req): Promise<SourceCoverage> => sourceCoverage(parse(SourceCoverageQuery, req.query, 'sources query').dataset ?? []),
});
