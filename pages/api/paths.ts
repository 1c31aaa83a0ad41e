/** GET /api/paths?from=&to=&max=: the shortest chains of stances between two actors, with their signs. */
import { route, parse } from '@/graph/http';
import { shortestPaths } from '@/graph/paths';
import { PathsQuery, type PathsResponse } from '@/graph/apiTypes';

export default route({
  GET: (req): Promise<PathsResponse> => shortestPaths(parse(PathsQuery, req.query, 'query string')),
});
