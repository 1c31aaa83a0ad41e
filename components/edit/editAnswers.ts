/**
 * What the write endpoints answer, as the browser checks it. graph/edit/editTypes.ts declares
 * EditResult as an interface (the server builds it), so the schemas live here, checking the parts
 * the forms read; a 409's `details.current` is what is there now, for the conflict notice.
 */
import { z } from 'zod';
import type { EditResult } from '@/graph/edit/editTypes';
import type { ApiRequestError } from '@/components/apiClient';

/** Every write answers the change it recorded and the thing as it is now (null after a delete). */
export const EditAnswer = z.object({
  change: z.object({ id: z.string(), action: z.string(), summary: z.string() }),
  value: z.unknown(),
});
export type EditAnswer = z.infer<typeof EditAnswer>;

/** A create's answer: the new actor's or topic's id is what the stance form goes on with. */
export const CreatedAnswer = EditAnswer.extend({ value: z.object({ id: z.string() }) });

// Keeps the client's view in step with the server's: a renamed field fails the type check here.
const _sameShape: (answer: EditResult<unknown>) => EditAnswer = (answer) => answer;
void _sameShape;

const ConflictDetails = z.object({ current: z.record(z.string(), z.unknown()).nullable() });

/** For a 409 EditConflict: the thing as it is now (null when it is gone), undefined for any other failure. */
export function conflictCurrent(error: ApiRequestError): Record<string, unknown> | null | undefined {
  if (error.status !== 409) return undefined;
  const details = ConflictDetails.safeParse(error.details);
  return details.success ? details.data.current : undefined;
}

/** The fields whose value differs between what the form was made against and what is there now. */
export function changedFields(then: Record<string, unknown>, now: Record<string, unknown> | null | undefined, fields: readonly string[]): { field: string; then: string; now: string }[] {
  if (!now) return [];
  const text = (v: unknown) => (v === null || v === undefined ? '(none)' : Array.isArray(v) ? v.join(', ') : String(v));
  return fields.filter((f) => text(then[f]) !== text(now[f])).map((field) => ({ field, then: text(then[field]), now: text(now[field]) }));
}
