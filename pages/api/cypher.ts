/**
 * POST /api/cypher {query, params?}: runs the query read-only (see graph/console/cypher.ts for the safety
 * checks), within the client's rate limit and the console's bound on queries running at once.
 */
import { cypherBodyMaxBytes, getEnv } from '@/graph/db/env';
import { route, parseBody } from '@/graph/http/route';
import { runCypher } from '@/graph/console/cypher';
import { enforceRateLimit } from '@/graph/http/rateLimit';
import { withConsoleSlot } from '@/graph/console/concurrency';
import { CypherRequest, type CypherResponse } from '@/graph/console/consoleTypes';

// graph/http/rawBody.ts reads the body, so malformed and oversized ones get the API's error shape.
export const config = { api: { bodyParser: false } };

export default route({
  POST: async (req): Promise<CypherResponse> => {
    await enforceRateLimit(req, 'cypher');
    const request = await parseBody(req, CypherRequest, cypherBodyMaxBytes(getEnv()));
    return withConsoleSlot(() => runCypher(request));
  },
});
