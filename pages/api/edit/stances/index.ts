/**
 * POST /api/edit/stances: a signed-in editor's stance with its quote, or the quote added to the
 * stance of the same data set, from, to and kind (graph/edit/stances.ts); 201 with the change and
 * the stance. 400 when the quote is not at its offsets in the source text, 409 when the actor or
 * topic is gone.
 */
import { createStance } from '@/graph/edit/stances';
import { EDIT_BODY_MAX_BYTES, StanceCreate } from '@/graph/edit/editTypes';
import { editorRoute } from '@/graph/auth/guard';
import { parseBody } from '@/graph/http/route';

export const config = { api: { bodyParser: false } };

export default editorRoute({
  POST: async (req, res, editor) => {
    const result = await createStance(await parseBody(req, StanceCreate, EDIT_BODY_MAX_BYTES, 'stance'), editor.name);
    res.status(result.change.action === 'stance.create' ? 201 : 200).json(result);
  },
});
