/** POST /api/edit/topics `{dataset, name, description?}`: a new topic for stances to point at. */
import { EDIT_BODY_MAX_BYTES, TopicCreate } from '@/graph/edit/editTypes';
import { editorRoute } from '@/graph/auth/guard';
import { createTopic } from '@/graph/edit/topics';
import { parseBody } from '@/graph/http/route';

export const config = { api: { bodyParser: false } };

export default editorRoute({
  POST: async (req, res, editor) => {
    res.status(201).json(await createTopic(await parseBody(req, TopicCreate, EDIT_BODY_MAX_BYTES, 'topic'), editor.name));
  },
});
