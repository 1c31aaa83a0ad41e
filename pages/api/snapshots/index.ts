/** POST /api/snapshots creates a snapshot (413 above SNAPSHOT_MAX_BYTES); GET lists recent ones. */
import { z } from 'zod';
import { getEnv } from '@/graph/driver';
import { parse, route } from '@/graph/http';
import { readJsonBody } from '@/graph/rawBody';
import { createSnapshot, listSnapshots, SnapshotInput } from '@/graph/snapshots';

// We read the raw body ourselves so the size cap (and its 413 message) is ours, not Next's.
export const config = { api: { bodyParser: false } };

const ListQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) });

export default route({
  POST: async (req, res) => {
    const body = await readJsonBody(req, getEnv().SNAPSHOT_MAX_BYTES);
    const created = await createSnapshot(parse(SnapshotInput, body, 'snapshot'));
    res.status(201).json(created);
  },
  GET: async (req) => listSnapshots(parse(ListQuery, req.query, 'query').limit),
});
