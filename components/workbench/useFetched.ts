/** GETs a JSON answer for a page: loading, ready or error (in plain words), and `reload` after a write. */
import { useCallback, useEffect, useState } from 'react';
import { fetchErrorMessage, getJson } from '@/components/apiClient';

export type Fetched<T> = { status: 'loading' } | { status: 'error'; error: string } | { status: 'ready'; data: T };

export function useFetched<T>(url: string | null): Fetched<T> & { reload: () => void } {
  const [state, setState] = useState<Fetched<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (url === null) return;
    const controller = new AbortController();
    getJson<T>(url, controller.signal)
      .then((data) => setState({ status: 'ready', data }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error: fetchErrorMessage(error) });
      });
    return () => controller.abort();
  }, [url, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { ...state, reload };
}
