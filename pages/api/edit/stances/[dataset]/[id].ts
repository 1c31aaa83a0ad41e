/**
 * PATCH /api/edit/stances/<dataset>/<id> `{version, ...fields}` edits a stance; DELETE with
 * `?version=n` deletes it. 409 with the current values when the version is not the current one.
 */
import { deleteStance, editStance } from '@/graph/edit/stances';
import { EDIT_BODY_MAX_BYTES, StanceDeleteQuery, StanceKey, StancePatch } from '@/graph/edit/editTypes';
import { editorRoute } from '@/graph/auth/guard';
import { parse, parseBody } from '@/graph/http/route';

export const config = { api: { bodyParser: false } };

export default editorRoute({
  PATCH: async (req, _res, editor) => {
    const { dataset, id } = parse(StanceKey, req.query, 'address');
    return editStance(dataset, id, await parseBody(req, StancePatch, EDIT_BODY_MAX_BYTES, 'stance'), editor.name);
  },
  DELETE: async (req, _res, editor) => {
    const { dataset, id, version } = parse(StanceDeleteQuery, req.query, 'query');
    return deleteStance(dataset, id, version, editor.name);
  },
});
