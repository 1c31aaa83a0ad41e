/** GET /api/actors/[id]?limit=&offset=: one actor or topic with a page of its stances (grouped by polarity) and its counts. */
import { route, parse } from '@/graph/http/route';
import { getActor } from '@/graph/views/actors';
import { ActorIdQuery, type ActorDetailResponse } from '@/graph/views/viewTypes';

// No body is read here; with Next's parser off, a stray malformed one cannot draw its plain-text 400.
export const config = { api: { bodyParser: false } };

export default route({
  GET: (req): Promise<ActorDetailResponse> => getActor(parse(ActorIdQuery, req.query, 'query string')),
});
