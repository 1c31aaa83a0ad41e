/** POST /api/cypher {query, params?}: runs the query read-only; see graph/cypher.ts for the safety checks. */
import { route, parse } from '@/graph/http';
import { runCypher } from '@/graph/cypher';
import { CypherRequest, type CypherResponse } from '@/graph/apiTypes';

export default route({
  POST: (req): Promise<CypherResponse> => runCypher(parse(CypherRequest, req.body, 'request body')),
});
