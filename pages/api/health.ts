/** GET /api/health: whether the app runs and Neo4j answers (503 when it does not). */
import { route } from '@/graph/http/route';
import { health } from '@/graph/http/health';

// No body is read here; with Next's parser off, a stray malformed one cannot draw its plain-text 400.
export const config = { api: { bodyParser: false } };

export default route({ GET: () => health() });
