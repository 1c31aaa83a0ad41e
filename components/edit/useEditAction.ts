/** Busy, error and 409 state of one edit action (save, delete, merge), shared by the edit forms. */
import { useCallback, useState } from 'react';
import { ApiRequestError, fetchErrorMessage } from '@/components/apiClient';
import { refreshEditor } from '@/components/auth/useEditor';
import { conflictCurrent } from '@/components/edit/editAnswers';

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
      // Signed out or expired meanwhile: the shared sign-in state follows, so write controls disappear.
      if (error instanceof ApiRequestError && error.status === 401) void refreshEditor();
      if (error instanceof ApiRequestError && error.status === 409) setState({ busy: false, error: null, conflict: { message: error.message, current: conflictCurrent(error) ?? null } });
      else setState({ busy: false, error: fetchErrorMessage(error), conflict: null });
      return false;
    }
  }, []);
  const reset = useCallback(() => setState(IDLE), []);
  return { ...state, run, reset };
}
