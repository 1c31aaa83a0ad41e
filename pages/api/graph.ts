/** GET /api/graph?focus=&depth=&kinds=&polarity=&actorKinds=&certainty=&from=&to=&limit=: a neighbourhood as cytoscape elements. */
import { route, parse } from '@/graph/http';
import { neighbourhood } from '@/graph/neighbourhood';
import { GraphQuery, type GraphResponse } from '@/graph/apiTypes';

export default route({
  GET: (req): Promise<GraphResponse> => neighbourhood(parse(GraphQuery, req.query, 'query string')),
});
