/** GET /api/changes?editor=&dataset=&actor=&before=<id>&limit=: the audit trail, newest first, a page at a time. Public, like the graph. */
import { listChanges } from '@/graph/edit/audit';
import { ChangeQuery } from '@/graph/edit/changeTypes';
import { parse, route } from '@/graph/http/route';

export const config = { api: { bodyParser: false } };

export default route({
  GET: async (req) => listChanges(parse(ChangeQuery, req.query, 'query')),
});
