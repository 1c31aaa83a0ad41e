/** GET /api/graph?focus=&depth=&kinds=&polarity=&actorKinds=&certainty=&from=&to=&dataset=&limit=: a neighbourhood as cytoscape elements. */
import { route, parse } from '@/graph/http/route';
import { knownDatasets } from '@/graph/datasets/listing';
import { neighbourhood } from '@/graph/views/neighbourhood';
import { GraphQuery, type GraphResponse } from '@/graph/views/viewTypes';

// No body is read here; with Next's parser off, a stray malformed one cannot draw its plain-text 400.
export const config = { api: { bodyParser: false } };

export default route({
  GET: async (req): Promise<GraphResponse> => neighbourhood(await knownDatasets(parse(GraphQuery, req.query, 'query string'))),
});
