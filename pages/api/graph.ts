/** GET /api/graph?focus=&depth=&kinds=&polarity=&actorKinds=&certainty=&from=&to=&limit=: a neighbourhood as cytoscape elements. */
import { route, parse } from '@/graph/http';
import { neighbourhood } from '@/graph/neighbourhood';
import { GraphQuery, type GraphResponse } from '@/graph/apiTypes';

// No body is read here; with Next's parser off, a stray malformed one cannot draw its plain-text 400.
export const config = { api: { bodyParser: false } };

export default route({
  GET: (req): Promise<GraphResponse> => neighbourhood(parse(GraphQuery, req.query, 'query string')),
});
