/** GET /api/snapshots/[id] reads a snapshot and whether the live data changed; DELETE with its token removes it. */
import type { NextApiRequest } from 'next';
import { deleteSnapshot, getSnapshot } from '@/graph/snapshots/store';
import { route } from '@/graph/http/route';

function idOf(req: NextApiRequest): string {
  return String(req.query.id ?? '');
}

/** The token from `Authorization: Bearer <token>` or `X-Delete-Token: <token>`. */
function deleteToken(req: NextApiRequest): string | undefined {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
  const header = req.headers['x-delete-token'];
  return bearer ?? (typeof header === 'string' && header.trim() !== '' ? header.trim() : undefined);
}

// No body is read here; with Next's parser off, a stray malformed one cannot draw its plain-text 400.
export const config = { api: { bodyParser: false } };

export default route({
  GET: (req) => getSnapshot(idOf(req)),
  DELETE: (req) => deleteSnapshot(idOf(req), deleteToken(req)),
});
