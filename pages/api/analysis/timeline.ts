/**
 * GET /api/analysis/timeline?kinds=&polarity=&actorKinds=&certainty=&from=&to=&dataset=&rule=&steps=:
 * the data's date range and, for each date the stances in force change (at most `steps`), the
 * stances in force, the triangle balance and the sizes of the two camps.
 */
import { route, parse } from '@/graph/http/route';
import { knownDatasets } from '@/graph/datasets/listing';
import { timelineView } from '@/graph/analysis/timeline';
import { TimelineQuery, type TimelineResponse } from '@/graph/analysis/analysisTypes';

// No body is read here; with Next's parser off, a stray malformed one cannot draw its plain-text 400.
export const config = { api: { bodyParser: false } };

export default route({
  GET: async (req): Promise<TimelineResponse> => timelineView(await knownDatasets(parse(TimelineQuery, req.query, 'query string'))),
});
