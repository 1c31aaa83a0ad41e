/** Busy, error and 409 state of one edit action (save, delete, merge), shared by the edit forms. */
import { useCallback, useState } from 'react';
import { EditFailed } from '@/components/edit/sendEdit';

export interface EditActionState {
  busy: boolean;
  error: string | null;
  /** Set after a 409: the message, and the thing as it is now (null: gone). */
  conflict: { message: string; current: Record<string, unknown> | null } | null;
}

const IDLE: EditActionState = { busy: false, error: null, conflict: null };

export function useEditAction() {
  const [state, setState] = useState<EditActionState>(IDLE);
  /** Runs `work`; true when it succeeded. */
  const run = useCallback(async (work: () => Promise<unknown>): Promise<boolean> => {
    setState({ busy: true, error: null, conflict: null });
    try {
      await work();
      setState(IDLE);
      return true;
    } catch (error) {
      if (error instanceof EditFailed && error.status === 409) setState({ busy: false, error: null, conflict: { message: error.message, current: error.current ?? null } });
      else setState({ busy: false, error: error instanceof Error ? error.message : String(error), conflict: null });
      return false;
    }
  }, []);
  const reset = useCallback(() => setState(IDLE), []);
  return { ...state, run, reset };
}
