/**
 * The /changes page's state: the list for the current filters (newest first, a page at a time),
 * "Load more", and reverting a change as the signed-in editor. A revert reloads the list, so the
 * revert itself appears on top and the reverted change says so.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { z } from 'zod';
import { ApiRequestError, fetchErrorMessage, getJson, send } from '@/components/apiClient';
import { refreshEditor } from '@/components/auth/useEditor';
import { changesUrl, type ChangeFilters } from '@/components/changes/changesQuery';
import { Change, ChangeList } from '@/graph/edit/changeTypes';

/** What POST /api/changes/<id>/revert answers: the revert, recorded as a change of its own. */
const Reverted = z.object({ change: Change });

export interface ChangesState {
  status: 'loading' | 'ready' | 'error';
  changes: Change[];
  /** Cursor of the next page, or null on the last. */
  next: string | null;
  error: string | null;
  loadingMore: boolean;
  /** Why "Load more" failed, shown under the list. */
  moreError: string | null;
  /** The change being reverted, if any. */
  reverting: string | null;
  /** Why a revert was refused, by change id. */
  revertErrors: Record<string, string>;
  /** Said to screen readers after a revert. */
  announcement: string;
}

const INITIAL: ChangesState = { status: 'loading', changes: [], next: null, error: null, loadingMore: false, moreError: null, reverting: null, revertErrors: {}, announcement: '' };

export function useChanges(filters: ChangeFilters, ready = true) {
  const [state, setState] = useState<ChangesState>(INITIAL);
  const generation = useRef(0);
  const { editor, dataset, actor } = filters;

  const load = useCallback(async (keep?: Partial<ChangesState>) => {
    const mine = ++generation.current;
    setState((s) => ({ ...s, status: s.changes.length > 0 && keep ? s.status : 'loading', error: null }));
    try {
      const body = await getJson(changesUrl({ editor, dataset, actor }), ChangeList);
      if (mine === generation.current) setState((s) => ({ ...s, ...keep, status: 'ready', changes: body.changes, next: body.next, error: null, moreError: null }));
    } catch (error) {
      if (mine === generation.current) setState((s) => ({ ...s, ...keep, status: 'error', changes: [], next: null, error: fetchErrorMessage(error) }));
    }
  }, [editor, dataset, actor]);

  useEffect(() => {
    if (ready) void load();
  }, [load, ready]);

  const loadMore = useCallback(async () => {
    const cursor = state.next;
    if (!cursor) return;
    const mine = generation.current;
    setState((s) => ({ ...s, loadingMore: true, moreError: null }));
    try {
      const body = await getJson(changesUrl({ editor, dataset, actor }, cursor), ChangeList);
      if (mine === generation.current) setState((s) => ({ ...s, loadingMore: false, changes: [...s.changes, ...body.changes], next: body.next }));
    } catch (error) {
      if (mine === generation.current) setState((s) => ({ ...s, loadingMore: false, moreError: fetchErrorMessage(error) }));
    }
  }, [state.next, editor, dataset, actor]);

  const revert = useCallback(async (change: Change) => {
    setState((s) => ({ ...s, reverting: change.id, announcement: '', revertErrors: { ...s.revertErrors, [change.id]: '' } }));
    try {
      await send('POST', `/api/changes/${encodeURIComponent(change.id)}/revert`, undefined, Reverted);
    } catch (error) {
      // Signed out or expired meanwhile: the header and the buttons follow.
      if (error instanceof ApiRequestError && error.status === 401) void refreshEditor();
      setState((s) => ({ ...s, reverting: null, revertErrors: { ...s.revertErrors, [change.id]: fetchErrorMessage(error) } }));
      return;
    }
    await load({ reverting: null, announcement: `Reverted: ${change.summary}` });
  }, [load]);

  return { ...state, loadMore, revert, reload: load };
}
