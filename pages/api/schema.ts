/** GET /api/schema: labels and relationship types with counts, and property keys. */
import { route } from '@/graph/http';
import { schemaInfo } from '@/graph/schemaInfo';
import type { SchemaResponse } from '@/graph/apiTypes';

export default route({ GET: (): Promise<SchemaResponse> => schemaInfo() });
