/**
 * POST /api/cypher {query, params?}: runs the query read-only (see graph/cypher.ts for the safety
 * checks), within the client's rate limit and the console's bound on queries running at once.
 */
import { getEnv } from '@/graph/driver';
import { cypherBodyMaxBytes } from '@/graph/env';
import { route, parseBody } from '@/graph/http';
import { runCypher } from '@/graph/cypher';
import { enforceRateLimit } from '@/graph/rateLimit';
import { withConsoleSlot } from '@/graph/concurrency';
import { hideLegacySnapshotIds } from '@/graph/snapshots';
import { CypherRequest, type CypherResponse } from '@/graph/apiTypes';

// graph/rawBody.ts reads the body, so malformed and oversized ones get the API's error shape.
export const config = { api: { bodyParser: false } };

export default route({
  POST: async (req): Promise<CypherResponse> => {
    await enforceRateLimit(req, 'cypher');
    const request = await parseBody(req, CypherRequest, cypherBodyMaxBytes(getEnv()));
    // Snapshot ids are capabilities: old snapshots that still hold theirs are migrated before any console read.
    await hideLegacySnapshotIds();
    return withConsoleSlot(() => runCypher(request));
  },
});
