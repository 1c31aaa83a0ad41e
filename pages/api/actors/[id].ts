/** GET /api/actors/[id]: one actor or topic with all its stances, grouped by polarity. */
import { route, parse } from '@/graph/http';
import { getActor } from '@/graph/actors';
import { ActorIdQuery, type ActorDetailResponse } from '@/graph/apiTypes';

export default route({
  GET: (req): Promise<ActorDetailResponse> => getActor(parse(ActorIdQuery, req.query, 'actor id').id),
});
