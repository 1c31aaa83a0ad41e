/**
 * The answers an edit gives when it cannot be made, in the API's one error shape (graph/http/errors.ts):
 * 400 naming the field, 404 for a thing that is not there, 409 when the graph has moved on since
 * the editor read it (with what is there now, so the form can show it).
 */
import { ApiError } from '@/graph/http/errors';

/** 409: the edit was made against a version that is no longer current; `current` is what is there now. */
export function editConflict(message: string, current: unknown): ApiError {
  return new ApiError(409, 'EditConflict', message, { current });
}

/** 400 naming one field of the request, worded like a zod failure (`Bad stance: evidence.quote: …`). */
export function badField(where: string, field: string, problem: string): ApiError {
  const issue = `${field}: ${problem}`;
  return new ApiError(400, 'BadRequest', `Bad ${where}: ${issue}`, { issues: [issue] });
}

export function notFound(what: string): ApiError {
  return new ApiError(404, 'NotFound', `There is no ${what}.`);
}

/** 409: a stance's actor or topic is gone (deleted, or merged into another, since the form was filled). */
export function endpointGone(field: string, what: 'actor' | 'topic', id: string): ApiError {
  return new ApiError(409, 'EditConflict', `The ${what} "${id}" does not exist (any more): it was deleted or merged into another since.`, { field, current: null });
}
