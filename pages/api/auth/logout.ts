/** POST /api/auth/logout: clears the session cookie; {editor: null}. */
import { signOut } from '@/graph/auth/signIn';
import { route } from '@/graph/http/route';

// No body is read here; with Next's parser off, a stray malformed one cannot draw its plain-text 400.
export const config = { api: { bodyParser: false } };

export default route({ POST: (req, res) => signOut(req, res) });
