/**
 * Calls an edit endpoint (PATCH/DELETE/POST under /api/edit, same origin so the browser sends the
 * session cookie and Origin). A failure throws an EditFailed carrying the status and, for a 409,
 * what is there now (`details.current`), so a form can say what changed and offer to reload.
 */
import { errorFromBody, fetchErrorMessage } from '@/components/apiClient';
import { refreshEditor } from '@/components/auth/useEditor';

export class EditFailed extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** For a 409 EditConflict: the thing as it is now (null when it is gone). */
    readonly current?: Record<string, unknown> | null,
  ) {
    super(message);
  }
}

export async function sendEdit<T>(method: 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
  } catch (error) {
    throw new EditFailed(fetchErrorMessage(error), 0);
  }
  if (response.ok) return (await response.json()) as T;
  const error = errorFromBody(await response.json().catch(() => null), response);
  // Signed out or expired meanwhile: the shared sign-in state follows, so write controls disappear.
  if (response.status === 401) void refreshEditor();
  const details = error.details as { current?: unknown } | undefined;
  const current = response.status === 409 && details && typeof details === 'object' && 'current' in details ? (details.current as Record<string, unknown> | null) : undefined;
  throw new EditFailed(error.message, response.status, current);
}

/** The fields whose value differs between what the form was made against and what is there now. */
export function changedFields(then: Record<string, unknown>, now: Record<string, unknown> | null | undefined, fields: readonly string[]): { field: string; then: string; now: string }[] {
  if (!now) return [];
  const text = (v: unknown) => (v === null || v === undefined ? '(none)' : Array.isArray(v) ? v.join(', ') : String(v));
  return fields.filter((f) => text(then[f]) !== text(now[f])).map((field) => ({ field, then: text(then[field]), now: text(now[field]) }));
}
