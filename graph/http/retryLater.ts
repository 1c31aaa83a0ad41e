/**
 * An ApiError the client may retry after a while (429 too many requests, 503 busy): route()
 * answers it with a `Retry-After` header, and the same number goes into `details` for scripts.
 */
import { ApiError } from '@/graph/http/errors';

export class RetryLaterError extends ApiError {
  constructor(
    status: 429 | 503,
    code: string,
    message: string,
    /** Whole seconds, as the Retry-After header takes them; at least 1. */
    readonly retryAfterSeconds: number,
  ) {
    super(status, code, message, { retryAfterSeconds });
  }
}

/** Milliseconds to the whole seconds of a Retry-After header, rounded up and never 0. */
export function retryAfterSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}
