/**
 * The explorer's view and how it changes. The view lives in the URL (viewState.ts): every change
 * is a shallow navigation, so reload, a copied address, back and forward all give the same view.
 * Changes are dispatched as actions (explorerActions.ts); the Undo stack, the one piece of state
 * outside the URL, is kept here.
 */
import Router, { useRouter } from 'next/router';
import { useCallback, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { fromQuery, toQuery, type ParsedView, type ViewState } from '@/components/explorer/viewState';
import { navigationQueue } from '@/components/explorer/navigationQueue';
import { explorerReducer, type ExplorerAction, type Transition, type UndoStep } from '@/components/explorer/explorerActions';

const noSubscription = () => () => {};

export interface ExplorerView {
  /** The view and the URL parameters that were ignored; null until the router is ready in the browser. */
  parsed: ParsedView | null;
  view: ViewState | null;
  /** "Open in explorer" from the Cypher console (/query): its result is the view while ?handoff=1 is in the address. */
  handoffActive: boolean;
  /** The address shown, for the end-to-end tests to tell a stale "ready" from the view asked for. */
  asPath: string;
  /** Applies an action to the view shown; answers what it changed (nothing before the view is known). */
  dispatch: (action: ExplorerAction) => Transition | null;
  canUndo: boolean;
  reloadPage: () => void;
}

export function useExplorerView(): ExplorerView {
  const router = useRouter();
  // False while rendering on the server and hydrating, so the first client render matches the HTML.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const parsed = useMemo(() => (hydrated && router.isReady ? fromQuery(router.query) : null), [hydrated, router.isReady, router.query]);
  const view = parsed?.view ?? null;
  const handoffActive = router.query.handoff === '1';

  // One navigation at a time, each built on the view the one before asked for (navigationQueue.ts).
  const [queue] = useState(() =>
    navigationQueue<{ next: ViewState; handoff: boolean }>(({ next, handoff: keep }, mode) =>
      Router[mode]({ pathname: Router.pathname, query: { ...toQuery(next), ...(keep ? { handoff: '1' } : {}) } }, undefined, { shallow: true, scroll: false }),
    ),
  );
  // A ref, so two actions before the next render each see the other's step; the state re-renders Undo's button.
  const undo = useRef<readonly UndoStep[]>([]);
  const [canUndo, setCanUndo] = useState(false);

  const dispatch = useCallback(
    (action: ExplorerAction): Transition | null => {
      if (!view) return null;
      const transition = explorerReducer({ view, undo: undo.current }, action);
      undo.current = transition.undo;
      setCanUndo(transition.undo.length > 0);
      if (!transition.patch) return transition;
      // Built on the view last asked for, not the one shown: a change made before the last one has landed keeps it.
      const next = { ...queue.latest({ next: view, handoff: handoffActive }).next, ...transition.patch };
      // A console hand-off stays until the view moves its focus (search, expand).
      const keep = handoffActive && next.focus.join() === view.focus.join();
      void queue.go({ next, handoff: keep }, transition.mode);
      return transition;
    },
    [view, queue, handoffActive],
  );

  return { parsed, view, handoffActive, asPath: router.asPath, dispatch, canUndo, reloadPage: () => router.reload() };
}
