/** GET /api/schema: labels and relationship types with counts, and property keys. */
import { route } from '@/graph/http/route';
import { schemaInfo } from '@/graph/console/schemaInfo';
import type { SchemaResponse } from '@/graph/console/consoleTypes';

// No body is read here; with Next's parser off, a stray malformed one cannot draw its plain-text 400.
export const config = { api: { bodyParser: false } };

export default route({ GET: (): Promise<SchemaResponse> => schemaInfo() });
