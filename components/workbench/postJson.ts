/** POSTs JSON to an edit endpoint (same origin, so the browser sends Origin and the session cookie), throwing the API's plain message on failure. */
import { apiErrorMessage } from '@/components/apiClient';

/** A refused write: the API's message, and its status (401 means the session is gone). */
export class WriteError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

export async function postJson<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), credentials: 'same-origin' });
  if (!response.ok) throw new WriteError(await apiErrorMessage(response), response.status);
  return (await response.json()) as T;
}
