/** GET /api/sources/[id]/workbench: the source's text with actor and topic mentions, cue sentences and the stances quoting it (read-only). */
import { sourceWorkbench } from '@/graph/workbench/workbench';
import { WorkbenchQuery, type Workbench } from '@/graph/workbench/workbenchTypes';
import { parse, route } from '@/graph/http/route';

// No body is read here; with Next's parser off, a stray malformed one cannot draw its plain-text 400.
export const config = { api: { bodyParser: false } };

export default route({
  GET: (req): Promise<Workbench> => sourceWorkbench(parse(WorkbenchQuery, req.query, 'source').id),
});
