/**
 * POST /api/changes/<id>/revert: a signed-in editor undoes a change, recorded as a change of its
 * own; 409 when it was reverted already, cannot be, or what it touched has changed since.
 */
import { z } from 'zod';
import { revert } from '@/graph/edit/revert';
import { editorRoute } from '@/graph/auth/guard';
import { parse } from '@/graph/http/route';

export const config = { api: { bodyParser: false } };

const Id = z.object({ id: z.string().trim().min(1).max(100) });

export default editorRoute({
  POST: async (req, _res, editor) => ({ change: await revert(parse(Id, req.query, 'address').id, editor.name) }),
});
