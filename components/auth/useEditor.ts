/**
 * Who is signed in (GET /api/auth/me), shared by every component of the page: the header's
 * EditorBar and a page's write controls see one state, so signing out hides the controls at once.
 */
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { z } from 'zod';
import { fetchErrorMessage, getJson, send } from '@/components/apiClient';
import { AuthState, SignedInEditor } from '@/graph/auth/authTypes';

/** What POST /api/auth/login and /logout answer (graph/auth/signIn.ts). */
const SignedIn = z.object({ editor: SignedInEditor });
const SignedOut = z.object({ editor: z.null() });

export interface EditorState {
  /** The signed-in editor, or null (also while loading). */
  editor: SignedInEditor | null;
  /** Whether the server allows editing at all. */
  editing: boolean;
  loading: boolean;
  /** Why the sign-in state could not be read, or null. */
  error: string | null;
}

const INITIAL: EditorState = { editor: null, editing: false, loading: true, error: null };
let state: EditorState = INITIAL;
let requested = false;
const listeners = new Set<() => void>();

function setState(next: EditorState): void {
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Reads /api/auth/me again (after sign-in, sign-out, or a 401 from a write). */
export async function refreshEditor(): Promise<void> {
  try {
    const body = await getJson('/api/auth/me', AuthState);
    setState({ editor: body.editor, editing: body.editing, loading: false, error: null });
  } catch (error) {
    setState({ ...state, editor: null, loading: false, error: fetchErrorMessage(error) });
  }
}

/** POST /api/auth/login; throws an Error with the server's message (wrong password, too many tries). */
export async function signIn(name: string, password: string): Promise<SignedInEditor> {
  const body = await send('POST', '/api/auth/login', { name, password }, SignedIn);
  setState({ editor: body.editor, editing: true, loading: false, error: null });
  return body.editor;
}

/** POST /api/auth/logout; the shared state says nobody afterwards. */
export async function signOut(): Promise<void> {
  await send('POST', '/api/auth/logout', undefined, SignedOut);
  setState({ ...state, editor: null, loading: false, error: null });
}

export function useEditor(): EditorState & { refresh: () => Promise<void> } {
  const current = useSyncExternalStore(subscribe, () => state, () => INITIAL);
  useEffect(() => {
    // One request per page load, whichever component asks first.
    if (!requested) {
      requested = true;
      void refreshEditor();
    }
  }, []);
  const refresh = useCallback(() => refreshEditor(), []);
  return { ...current, refresh };
}
