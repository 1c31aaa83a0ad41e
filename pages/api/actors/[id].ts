/** GET /api/actors/[id]: one actor or topic with all its stances, grouped by polarity. */
import { route, parse } from '@/graph/http';
import { getActor } from '@/graph/actors';
import { ActorIdQuery, type ActorDetailResponse } from '@/graph/apiTypes';

// No body is read here; with Next's parser off, a stray malformed one cannot draw its plain-text 400.
export const config = { api: { bodyParser: false } };

export default route({
  GET: (req): Promise<ActorDetailResponse> => getActor(parse(ActorIdQuery, req.query, 'actor id').id),
});
