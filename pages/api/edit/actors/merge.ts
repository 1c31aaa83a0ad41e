/** POST /api/edit/actors/merge `{from, into, fromVersion, intoVersion}`: every stance, alias and quote of `from` moves to `into` (graph/edit/merge.ts). */
import { ActorMerge, EDIT_BODY_MAX_BYTES } from '@/graph/edit/editTypes';
import { editorRoute } from '@/graph/auth/guard';
import { mergeActors } from '@/graph/edit/merge';
import { parseBody } from '@/graph/http/route';

export const config = { api: { bodyParser: false } };

export default editorRoute({
  POST: async (req, _res, editor) => mergeActors(await parseBody(req, ActorMerge, EDIT_BODY_MAX_BYTES, 'merge'), editor.name),
});
