/**
 * The database's labels, relationship types and property keys (GET /api/schema), for the editor's
 * autocompletion. Failing to read them only costs completion, so the failure is a warning to show,
 * not an error that stops the console.
 */
import { useEffect, useState } from 'react';
import { SchemaResponse } from '@/graph/console/consoleTypes';
import { fetchErrorMessage, getJson } from '@/components/apiClient';

export type SchemaState = { status: 'loading' } | { status: 'loaded'; schema: SchemaResponse } | { status: 'failed'; problem: string };

export function useSchema(): SchemaState {
  const [state, setState] = useState<SchemaState>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    getJson('/api/schema', SchemaResponse, { signal: controller.signal })
      .then((schema) => setState({ status: 'loaded', schema }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'failed', problem: `Autocompletion of labels and types is unavailable (${fetchErrorMessage(error)})` });
      });
    return () => controller.abort();
  }, []);
  return state;
}
