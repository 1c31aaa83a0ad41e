/**
 * The explorer's view transitions (expand, hide, undo, refocus, a question, after a merge, …) as
 * action creators and one pure reducer, kept beside the page that dispatches them. The view itself
 * lives in the URL (viewState.ts), so the reducer does not return a new view: it returns the
 * fields to change, how to navigate to them (push, or replace for changes Back should skip), and
 * the Undo stack, which is the only explorer state kept outside the URL.
 */
import { MAX_VIEW_ACTORS } from '@/graph/views/viewTypes';
import { NO_FILTERS, type Question, type SelectedRef, type ViewState } from '@/components/explorer/viewState';
import type { NavigationMode } from '@/components/explorer/navigationQueue';

/**
 * What Undo puts back: only the fields an expand or a hide changes, so a filter or layout chosen
 * since stays as it is.
 */
export type UndoStep = Pick<ViewState, 'focus' | 'expanded' | 'hidden' | 'ask' | 'selected'>;

/** Undo steps kept: older ones are dropped, so a long exploration does not grow without end. */
export const UNDO_DEPTH = 20;

export interface ExplorerState {
  /** The view on screen: what a transition reads (a change still on its way is applied on top by the caller). */
  view: ViewState;
  undo: readonly UndoStep[];
}

export interface Transition {
  undo: readonly UndoStep[];
  /** The view fields to change; null when the action changes nothing (the URL stays as it is). */
  patch: Partial<ViewState> | null;
  mode: NavigationMode;
}

export const expand = (keys: readonly string[]) => ({ type: 'expand', keys }) as const;
export const hide = (keys: readonly string[]) => ({ type: 'hide', keys }) as const;
export const showHidden = () => ({ type: 'showHidden' }) as const;
export const undo = () => ({ type: 'undo' }) as const;
/** Focus one actor (picked in the search box): a new exploration. */
export const focusOn = (actor: string) => ({ type: 'focusOn', actor }) as const;
export const wholeGraph = () => ({ type: 'wholeGraph' }) as const;
/** "How are A and B connected?" with B picked in the question's own search box. */
export const connectWith = (actor: string) => ({ type: 'connectWith', actor }) as const;
/** A one-click question about the focus, or none (the question's button pressed again). */
export const ask = (question: Question | undefined) => ({ type: 'ask', question }) as const;
/** `merged` was merged into `survivor` and no longer exists. */
export const afterMerge = (merged: string, survivor: string) => ({ type: 'afterMerge', merged, survivor }) as const;
export const select = (selected: SelectedRef | undefined) => ({ type: 'select', selected }) as const;
export const toggleAnalysis = () => ({ type: 'toggleAnalysis' }) as const;
export const loadMore = () => ({ type: 'loadMore' }) as const;
export const clearFilters = () => ({ type: 'clearFilters' }) as const;
/** Any other change of the view (filters, layout, steps, the analysis' settings): not undoable. */
export const change = (patch: Partial<ViewState>, mode: NavigationMode = 'push') => ({ type: 'change', patch, mode }) as const;

export type ExplorerAction = ReturnType<
  | typeof expand
  | typeof hide
  | typeof showHidden
  | typeof undo
  | typeof focusOn
  | typeof wholeGraph
  | typeof connectWith
  | typeof ask
  | typeof afterMerge
  | typeof select
  | typeof toggleAnalysis
  | typeof loadMore
  | typeof clearFilters
  | typeof change
>;

/** The Undo stack with the shown view's undoable fields on top. */
function remember({ view, undo: stack }: ExplorerState): UndoStep[] {
  const step: UndoStep = { focus: view.focus, expanded: view.expanded, hidden: view.hidden, ask: view.ask, selected: view.selected };
  return [...stack.slice(-(UNDO_DEPTH - 1)), step];
}

const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];

export function explorerReducer(state: ExplorerState, action: ExplorerAction): Transition {
  const { view } = state;
  const keep = (patch: Partial<ViewState> | null, mode: NavigationMode = 'push'): Transition => ({ undo: state.undo, patch, mode });
  // A new focus starts a new exploration: Undo would otherwise jump back into the previous one.
  const refocus = (patch: Partial<ViewState>): Transition => ({ undo: [], patch, mode: 'push' });
  switch (action.type) {
    case 'expand':
      if (action.keys.length === 0) return keep(null);
      // With no focus yet, the expanded actors become it; otherwise they are added to the view,
      // question and all: its sentence still holds, and Undo takes the expansion back.
      return { undo: remember(state), patch: view.focus.length === 0 ? { focus: [...action.keys], ask: undefined } : { expanded: union(view.expanded, action.keys) }, mode: 'push' };
    case 'hide':
      // A hidden actor cannot stay selected: its details would describe something not drawn.
      return { undo: remember(state), patch: { hidden: union(view.hidden, action.keys), selected: undefined }, mode: 'push' };
    case 'showHidden':
      return { undo: remember(state), patch: { hidden: [] }, mode: 'push' };
    case 'undo': {
      const previous = state.undo[state.undo.length - 1];
      return { undo: state.undo.slice(0, -1), patch: previous ? { ...previous } : null, mode: 'push' };
    }
    case 'focusOn':
      return refocus({ focus: [action.actor], ask: undefined, expanded: [], hidden: [], selected: { group: 'nodes', key: action.actor } });
    case 'wholeGraph':
      return refocus({ focus: [], ask: undefined, expanded: [], hidden: [], selected: undefined });
    case 'connectWith': {
      const [first] = view.focus;
      // Connecting an actor with itself asks nothing.
      if (!first || action.actor === first) return keep(null);
      return refocus({ focus: [first, action.actor], ask: 'paths', expanded: [] });
    }
    case 'ask':
      // A question is about its focus alone: what was expanded before belongs to the last answer.
      return keep({ ask: action.question, expanded: [] });
    case 'afterMerge': {
      // The merged actor is gone: the view follows the survivor wherever it named the merged one.
      // Replace, not push: Back to a view naming an actor that no longer exists would show nothing.
      const swap = (keys: readonly string[]) => [...new Set(keys.map((k) => (k === action.merged ? action.survivor : k)))];
      const patch = { focus: swap(view.focus), expanded: swap(view.expanded), hidden: view.hidden.filter((k) => k !== action.merged), selected: { group: 'nodes' as const, key: action.survivor } };
      return keep(patch, 'replace');
    }
    case 'select':
      // Selecting is not worth a history entry each: Back goes to the previous view, not the previous click.
      return keep({ selected: action.selected }, 'replace');
    case 'toggleAnalysis':
      return keep({ analysis: !view.analysis });
    case 'loadMore':
      return keep({ limit: Math.min(MAX_VIEW_ACTORS, view.limit * 2) });
    case 'clearFilters':
      return keep({ ...NO_FILTERS });
    case 'change':
      return keep(action.patch, action.mode);
  }
}
