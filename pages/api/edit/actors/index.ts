/** POST /api/edit/actors `{dataset, name, kind, aliases?, description?}`: a new actor (id slugged from the name, unique); 409 DuplicateName when the name is known. */
import { createActor } from '@/graph/edit/actors';
import { ActorCreate, EDIT_BODY_MAX_BYTES } from '@/graph/edit/editTypes';
import { editorRoute } from '@/graph/auth/guard';
import { parseBody } from '@/graph/http/route';

export const config = { api: { bodyParser: false } };

export default editorRoute({
  POST: async (req, res, editor) => {
    res.status(201).json(await createActor(await parseBody(req, ActorCreate, EDIT_BODY_MAX_BYTES, 'actor'), editor.name));
  },
});
