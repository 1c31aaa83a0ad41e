/** GET /api/health: whether the app runs and Neo4j answers (503 when it does not). */
import { route } from '@/graph/http';
import { health } from '@/graph/health';

export default route({ GET: () => health() });
