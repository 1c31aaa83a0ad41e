/** GET /api/actors?q=&kind=&dataset=&limit=: actors and topics by name or alias, best match first. */
import { route, parse } from '@/graph/http/route';
import { knownDatasets } from '@/graph/datasets/listing';
import { searchActors } from '@/graph/views/actors';
import { ActorSearchQuery, type ActorSearchResponse } from '@/graph/views/viewTypes';

// No body is read here; with Next's parser off, a stray malformed one cannot draw its plain-text 400.
export const config = { api: { bodyParser: false } };

export default route({
  GET: async (req): Promise<ActorSearchResponse> => ({ actors: await searchActors(await knownDatasets(parse(ActorSearchQuery, req.query, 'query string'))) }),
});
