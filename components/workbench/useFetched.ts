/** GETs a JSON answer for a page, checked with its schema: loading, ready or error (in plain words), and `reload` after a write. */
import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import { fetchErrorMessage, getJson } from '@/components/apiClient';

export type Fetched<T> = { status: 'loading' } | { status: 'error'; error: string } | { status: 'ready'; data: T };

export function useFetched<S extends z.ZodType>(url: string | null, Schema: S): Fetched<z.infer<S>> & { reload: () => void } {
  const [state, setState] = useState<Fetched<z.infer<S>>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (url === null) return;
    const controller = new AbortController();
    getJson(url, Schema, { signal: controller.signal })
      .then((data) => setState({ status: 'ready', data }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error: fetchErrorMessage(error) });
      });
    return () => controller.abort();
  }, [url, round, Schema]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { ...state, reload };
}
