/**
 * The edit API's routes called in-process as a signed-in editor (tests/support/editors.ts), and
 * the audit trail read back through GET /api/changes, for the edit-* integration tests.
 */
import type { NextApiHandler } from 'next';
import changesRoute from '@/pages/api/changes/index';
import revertRoute from '@/pages/api/changes/[id]/revert';
import type { Change, ChangeList } from '@/graph/edit/changeTypes';
import { callRoute, type RouteAnswer, type RouteCall } from '@/tests/support/callRoute';
import { editorHeaders } from '@/tests/support/editors';

/** Calls `route` as the test editor, same-site. */
export async function asEditor<T = unknown>(route: NextApiHandler, call: RouteCall): Promise<RouteAnswer<T>> {
  return callRoute<T>(route, { ...call, headers: { ...(await editorHeaders()), ...call.headers } });
}

/** The newest change (GET /api/changes?limit=1). */
export async function latestChange(): Promise<Change> {
  const answer = await callRoute<ChangeList>(changesRoute, { query: { limit: '1' } });
  const change = answer.body.changes[0];
  if (!change) throw new Error('no change recorded');
  return change;
}

/** POST /api/changes/<id>/revert as the test editor. */
export async function revert(id: string): Promise<RouteAnswer<{ change: Change } & { error?: { code: string; message: string; details?: unknown } }>> {
  return asEditor(revertRoute, { method: 'POST', query: { id } });
}
