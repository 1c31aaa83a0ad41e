/** PATCH /api/edit/actors/<id> `{version, name?, kind?, aliases?, description?}`; 409 with the current values on a stale version. */
import { editActor } from '@/graph/edit/actors';
import { ActorPatch, EDIT_BODY_MAX_BYTES, ThingId } from '@/graph/edit/editTypes';
import { editorRoute } from '@/graph/auth/guard';
import { parse, parseBody } from '@/graph/http/route';

export const config = { api: { bodyParser: false } };

export default editorRoute({
  PATCH: async (req, _res, editor) => {
    const { id } = parse(ThingId, req.query, 'address');
    return editActor(id, await parseBody(req, ActorPatch, EDIT_BODY_MAX_BYTES, 'actor'), editor.name);
  },
});
