/**
 * GET /api/analysis?kinds=&polarity=&actorKinds=&certainty=&from=&to=&at=&dataset=&measures=&k=&alpha=&rule=&limit=:
 * the signed-network analysis of the stances in view (balance, camps, brokers, triangles, congruence).
 */
import { route, parse } from '@/graph/http/route';
import { knownDatasets } from '@/graph/datasets/listing';
import { analyseView } from '@/graph/analysis/view';
import { AnalysisQuery, type AnalysisResponse } from '@/graph/analysis/analysisTypes';

// No body is read here; with Next's parser off, a stray malformed one cannot draw its plain-text 400.
export const config = { api: { bodyParser: false } };

export default route({
  GET: async (req): Promise<AnalysisResponse> => analyseView(await knownDatasets(parse(AnalysisQuery, req.query, 'query string'))),
});
