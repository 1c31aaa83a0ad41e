/** GET /api/actors?q=&kind=&limit=: actors and topics by name or alias, best match first. */
import { route, parse } from '@/graph/http';
import { searchActors } from '@/graph/actors';
import { ActorSearchQuery, type ActorSearchResponse } from '@/graph/apiTypes';

export default route({
  GET: async (req): Promise<ActorSearchResponse> => ({ actors: await searchActors(parse(ActorSearchQuery, req.query, 'query string')) }),
});
