/** GET /api/auth/me: {editor: {name} | null, editing}: who is signed in, and whether this server allows editing at all. */
import { getEnv } from '@/graph/db/env';
import type { AuthState } from '@/graph/auth/authTypes';
import { currentEditor } from '@/graph/auth/guard';
import { route } from '@/graph/http/route';

// No body is read here; with Next's parser off, a stray malformed one cannot draw its plain-text 400.
export const config = { api: { bodyParser: false } };

export default route({
  GET: async (req, res): Promise<AuthState> => {
    // Personal: never cached by a browser or proxy.
    res.setHeader('Cache-Control', 'no-store');
    return { editor: await currentEditor(req, res), editing: getEnv().EDITING === 'on' };
  },
});
