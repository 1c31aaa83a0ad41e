/** POST /api/auth/login {name, password}: 200 {editor} and the session cookie; 401 BadCredentials (slowly), 429 after repeated failures. */
import { signIn } from '@/graph/auth/signIn';
import { route } from '@/graph/http/route';

// graph/http/rawBody.ts reads the body, so a malformed one gets the API's error shape, not Next's plain text.
export const config = { api: { bodyParser: false } };

export default route({ POST: (req, res) => signIn(req, res) });
