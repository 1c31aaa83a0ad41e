/** GET /api/changes?editor=&dataset=&actor=&before=<id>&limit=: the audit trail, newest first, a page at a time. Public, like the graph. */
import { listChanges } from '@/graph/edit/audit';
import { ChangeQuery } from '@/graph/edit/changeSchema';
import { parse, route } from '@/graph/http';

export const config = { api: { bodyParser: false } };

export default route({
  GET: async (req) => listChanges(parse(ChangeQuery, req.query, 'query')),
});
