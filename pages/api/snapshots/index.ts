/** POST /api/snapshots creates a snapshot (413 above SNAPSHOT_MAX_BYTES, 429 over the client's rate limit, 507 when storage is full); GET lists recent ones. */
import { z } from 'zod';
import { getEnv } from '@/graph/db/env';
import { parse, parseBody, route } from '@/graph/http/route';
import { enforceRateLimit } from '@/graph/http/rateLimit';
import { createSnapshot, listSnapshots, SnapshotInput } from '@/graph/snapshots/store';

// graph/http/rawBody.ts reads the body, so the size cap and malformed JSON get the API's error shape, not Next's plain text.
export const config = { api: { bodyParser: false } };

const ListQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) });

export default route({
  POST: async (req, res) => {
    // Counted before the body is read, so a client over its budget cannot make us read megabytes.
    await enforceRateLimit(req, 'snapshots');
    const created = await createSnapshot(await parseBody(req, SnapshotInput, getEnv().SNAPSHOT_MAX_BYTES, 'snapshot'));
    res.status(201).json(created);
  },
  GET: async (req) => listSnapshots(parse(ListQuery, req.query, 'query').limit),
});
