import {
  afterMerge,
  ask,
  change,
  clearFilters,
  connectWith,
  expand,
  explorerReducer,
  focusOn,
  hide,
  loadMore,
  select,
  showHidden,
  toggleAnalysis,
  undo,
  UNDO_DEPTH,
  wholeGraph,
  type ExplorerAction,
  type ExplorerState,
  type UndoStep,
} from '@/components/explorer/explorerActions';
import { MAX_VIEW_ACTORS } from '@/graph/views/viewTypes';
import { DEFAULT_VIEW, type ViewState } from '@/components/explorer/viewState';

const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });
const state = (patch: Partial<ViewState>, stack: UndoStep[] = []): ExplorerState => ({ view: view(patch), undo: stack });

/** Runs actions one after the other as the page does: each lands in the URL before the next. */
function run(start: ExplorerState, ...actions: ExplorerAction[]): ExplorerState {
  return actions.reduce<ExplorerState>((s, action) => {
    const t = explorerReducer(s, action);
    return { view: t.patch ? { ...s.view, ...t.patch } : s.view, undo: t.undo };
  }, start);
}

const maduro = state({ focus: ['nicolas-maduro'], ask: 'backers', selected: { group: 'nodes', key: 'russia' } });

describe('components/explorer/explorerActions', () => {
  describe('expand', () => {
    it('adds the actors to the view, keeping the question, and remembers the view before', () => {
      const t = explorerReducer(state({ focus: ['nicolas-maduro'], ask: 'backers', expanded: ['cuba'] }), expand(['russia', 'cuba']));
      expect(t.patch).toEqual({ expanded: ['cuba', 'russia'] });
      expect(t.mode).toBe('push');
      expect(t.undo).toEqual([{ focus: ['nicolas-maduro'], expanded: ['cuba'], hidden: [], ask: 'backers', selected: undefined }]);
    });

    it('makes the actors the focus when there is none, dropping any question', () => {
      expect(explorerReducer(state({ ask: 'backers' }), expand(['russia'])).patch).toEqual({ focus: ['russia'], ask: undefined });
    });

    it('does nothing without actors to expand', () => {
      const before = [{ focus: ['cuba'], expanded: [], hidden: [], ask: undefined, selected: undefined }];
      const t = explorerReducer(state({ focus: ['nicolas-maduro'] }, before), expand([]));
      expect(t.patch).toBeNull();
      expect(t.undo).toBe(before);
    });
  });

  it('hides the actors, drops the selection, and Show hidden brings them back, each undoable', () => {
    const hidden = run(maduro, hide(['cuba', 'russia']), hide(['russia', 'iran']));
    expect(hidden.view.hidden).toEqual(['cuba', 'russia', 'iran']);
    expect(hidden.view.selected).toBeUndefined();
    expect(hidden.undo.map((s) => s.hidden)).toEqual([[], ['cuba', 'russia']]);
    const shown = explorerReducer(hidden, showHidden());
    expect(shown.patch).toEqual({ hidden: [] });
    expect(shown.undo).toHaveLength(3);
  });

  describe('undo', () => {
    it('puts back the expand and hide fields in reverse order and leaves later filters alone', () => {
      const moved = run(maduro, expand(['cuba']), hide(['russia']), change({ kinds: ['SUPPORTS'], layout: 'concentric' }));
      const once = run(moved, undo());
      expect(once.view).toEqual({ ...moved.view, hidden: [], selected: { group: 'nodes', key: 'russia' } });
      expect(once.view.kinds).toEqual(['SUPPORTS']);
      expect(once.view.layout).toBe('concentric');
      const twice = run(once, undo());
      expect(twice.view).toEqual({ ...maduro.view, kinds: ['SUPPORTS'], layout: 'concentric' });
      expect(twice.undo).toEqual([]);
    });

    it('does nothing with nothing to undo', () => {
      const t = explorerReducer(maduro, undo());
      expect(t.patch).toBeNull();
      expect(t.undo).toEqual([]);
    });

    it(`keeps only the last ${UNDO_DEPTH} steps`, () => {
      const many = run(state({ focus: ['a'] }), ...Array.from({ length: UNDO_DEPTH + 5 }, (_, i) => expand([`actor-${i}`])));
      expect(many.undo).toHaveLength(UNDO_DEPTH);
      // The oldest kept is the view before the sixth expand: the first five fell off.
      expect(many.undo[0]?.expanded).toEqual(['actor-0', 'actor-1', 'actor-2', 'actor-3', 'actor-4']);
    });
  });

  describe('a new focus', () => {
    const explored = run(maduro, expand(['cuba']), hide(['iran']));

    it('focuses a picked actor, selects it, and starts a new Undo history', () => {
      const t = explorerReducer(explored, focusOn('juan-guaido'));
      expect(t.patch).toEqual({ focus: ['juan-guaido'], ask: undefined, expanded: [], hidden: [], selected: { group: 'nodes', key: 'juan-guaido' } });
      expect(t.undo).toEqual([]);
      expect(t.mode).toBe('push');
    });

    it('goes back to the whole graph with nothing focused, hidden or selected', () => {
      const t = explorerReducer(explored, wholeGraph());
      expect(run(explored, wholeGraph()).view).toEqual({ ...DEFAULT_VIEW, focus: [], ask: undefined, selected: undefined });
      expect(t.undo).toEqual([]);
    });

    it('asks how the focus and a picked actor are connected, but not with itself or without a focus', () => {
      const t = explorerReducer(explored, connectWith('cuba'));
      expect(t.patch).toEqual({ focus: ['nicolas-maduro', 'cuba'], ask: 'paths', expanded: [] });
      expect(t.undo).toEqual([]);
      const self = explorerReducer(explored, connectWith('nicolas-maduro'));
      expect(self.patch).toBeNull();
      expect(self.undo).toBe(explored.undo);
      expect(explorerReducer(state({}), connectWith('cuba')).patch).toBeNull();
    });
  });

  it('asks a question about the focus alone, keeping Undo', () => {
    const expanded = run(state({ focus: ['nicolas-maduro'] }), expand(['cuba']));
    const t = explorerReducer(expanded, ask('opponents'));
    expect(t.patch).toEqual({ ask: 'opponents', expanded: [] });
    expect(t.undo).toBe(expanded.undo);
    expect(explorerReducer(expanded, ask(undefined)).patch).toEqual({ ask: undefined, expanded: [] });
  });

  it('follows the survivor of a merge wherever the view named the merged actor, replacing the history entry', () => {
    const before = state({ focus: ['maduro', 'cuba'], expanded: ['maduro', 'nicolas-maduro'], hidden: ['maduro', 'iran'] });
    const t = explorerReducer(before, afterMerge('maduro', 'nicolas-maduro'));
    expect(t.patch).toEqual({ focus: ['nicolas-maduro', 'cuba'], expanded: ['nicolas-maduro'], hidden: ['iran'], selected: { group: 'nodes', key: 'nicolas-maduro' } });
    expect(t.mode).toBe('replace');
  });

  it('replaces the history entry on selection', () => {
    expect(explorerReducer(maduro, select({ group: 'edges', key: 's-1' }))).toEqual({ undo: [], patch: { selected: { group: 'edges', key: 's-1' } }, mode: 'replace' });
    expect(explorerReducer(maduro, select(undefined)).patch).toEqual({ selected: undefined });
  });

  it('toggles the Analysis panel', () => {
    expect(explorerReducer(state({}), toggleAnalysis()).patch).toEqual({ analysis: true });
    expect(explorerReducer(state({ analysis: true }), toggleAnalysis()).patch).toEqual({ analysis: false });
  });

  it('doubles the limit on Load more, up to the maximum', () => {
    expect(explorerReducer(state({ limit: 300 }), loadMore()).patch).toEqual({ limit: 600 });
    expect(explorerReducer(state({ limit: MAX_VIEW_ACTORS - 1 }), loadMore()).patch).toEqual({ limit: MAX_VIEW_ACTORS });
  });

  it('clears every stance filter but keeps focus and layout', () => {
    const filtered = state({ focus: ['cuba'], layout: 'concentric', kinds: ['SUPPORTS'], polarity: [1], actorKinds: ['state'], certainty: ['reported'], dataset: ['venezuela-2019'], from: '2019-01-01', to: '2019-02-01' });
    expect(run(filtered, clearFilters()).view).toEqual(view({ focus: ['cuba'], layout: 'concentric' }));
  });

  it('passes any other change through with its navigation mode, without touching Undo', () => {
    const stack = run(maduro, expand(['cuba'])).undo;
    expect(explorerReducer({ view: maduro.view, undo: stack }, change({ k: 3 }, 'replace'))).toEqual({ undo: stack, patch: { k: 3 }, mode: 'replace' });
    expect(explorerReducer(maduro, change({ layout: 'circle' })).mode).toBe('push');
  });
});
