/**
 * POST /api/cypher {query, params?}: runs the query read-only (see graph/console/cypher.ts for the safety
 * checks), within the client's rate limit and the console's bound on queries running at once.
 */
import { getEnv } from '@/graph/db/driver';
import { cypherBodyMaxBytes } from '@/graph/db/env';
import { route, parseBody } from '@/graph/http/route';
import { runCypher } from '@/graph/console/cypher';
import { enforceRateLimit } from '@/graph/http/rateLimit';
import { withConsoleSlot } from '@/graph/console/concurrency';
import { hideLegacySnapshotIds } from '@/graph/snapshots/store';
import { CypherRequest, type CypherResponse } from '@/graph/apiTypes';

// graph/http/rawBody.ts reads the body, so malformed and oversized ones get the API's error shape.
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
