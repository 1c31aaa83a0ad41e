/** GET /api/paths?from=&to=&max=&kinds=&polarity=&actorKinds=&certainty=&fromDate=&toDate=&dataset=: the shortest chains of stances between two actors, with their signs. */
import { route, parse } from '@/graph/http/route';
import { knownDatasets } from '@/graph/datasets/listing';
import { shortestPaths } from '@/graph/views/paths';
import { PathsQuery, type PathsResponse } from '@/graph/views/viewTypes';

// No body is read here; with Next's parser off, a stray malformed one cannot draw its plain-text 400.
export const config = { api: { bodyParser: false } };

export default route({
  GET: async (req): Promise<PathsResponse> => shortestPaths(await knownDatasets(parse(PathsQuery, req.query, 'query string'))),
});
