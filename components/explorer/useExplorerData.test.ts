import { CHAIN_LIMIT, expansionParams, graphParams, pathsParams, requestOf, stanceFilterParams } from '@/components/explorer/useExplorerData';
import { DEFAULT_VIEW, ViewState } from '@/components/explorer/viewState';

const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });

describe('components/explorer/useExplorerData', () => {
  const filtered = view({ focus: ['russia', 'united-states'], kinds: ['SUPPORTS', 'COURTS'], polarity: [1, 0], actorKinds: ['state'], certainty: ['reported'], from: '2019-01-01', to: '2019-02-28' });

  it('sends the same filters to /api/paths as to /api/graph, dates as fromDate/toDate', () => {
    const paths = Object.fromEntries(pathsParams({ ...filtered, ask: 'paths' }));
    expect(paths).toEqual({
      from: 'russia',
      to: 'united-states',
      max: '3',
      chains: 'all',
      limit: String(CHAIN_LIMIT),
      kinds: 'SUPPORTS,COURTS',
      polarity: '1,0',
      actorKinds: 'state',
      certainty: 'reported',
      fromDate: '2019-01-01',
      toDate: '2019-02-28',
    });
    const graph = Object.fromEntries(graphParams(filtered));
    for (const key of ['kinds', 'polarity', 'actorKinds', 'certainty'] as const) expect(graph[key]).toBe(paths[key]);
    expect([graph.from, graph.to]).toEqual([paths.fromDate, paths.toDate]);
  });

  it('asks for every chain of up to the view\'s steps', () => {
    expect(pathsParams(view({ focus: ['russia', 'cuba'], ask: 'paths', steps: 4 })).get('max')).toBe('4');
    expect(pathsParams(view({ focus: ['russia', 'cuba'], ask: 'paths', steps: 2 })).get('max')).toBe('2');
  });

  it('sends no filter parameters when none is set', () => {
    expect([...pathsParams(view({ focus: ['russia', 'cuba'], ask: 'paths' })).keys()]).toEqual(['from', 'to', 'max', 'chains', 'limit']);
  });

  it('narrows polarity to the question asked, unless the filter excludes it', () => {
    expect(graphParams(view({ focus: ['nicolas-maduro'], ask: 'opponents' })).get('polarity')).toBe('-1');
    expect(graphParams(view({ focus: ['nicolas-maduro'], ask: 'opponents', polarity: [1] })).get('polarity')).toBe('1');
  });

  it('keeps a question about its focus and fetches the actors expanded in it on their own, with the view\'s filters unnarrowed', () => {
    const asked = view({ focus: ['nicolas-maduro'], ask: 'backers', expanded: ['russia', 'cuba'], kinds: ['SUPPORTS'] });
    expect(graphParams(asked).get('focus')).toBe('nicolas-maduro');
    const around = expansionParams(asked);
    expect(around?.get('focus')).toBe('russia,cuba');
    expect(around?.get('kinds')).toBe('SUPPORTS');
    expect(around?.get('polarity')).toBeNull();
    // Without a question, the expanded actors are part of the one neighbourhood fetched.
    expect(graphParams({ ...asked, ask: undefined }).get('focus')).toBe('nicolas-maduro,russia,cuba');
    expect(expansionParams({ ...asked, ask: undefined })).toBeNull();
    expect(expansionParams({ ...asked, expanded: [] })).toBeNull();
  });

  it('fetches nothing new when only the analysis settings, layout, selection or hidden actors change', () => {
    const base = ViewState.parse({ focus: ['nicolas-maduro'], kinds: ['SUPPORTS'] });
    const moved = ViewState.parse({ ...base, analysis: true, k: 3, colour: 'camp', at: '2019-02-01', cmp: { from: '2019-01-25', to: '2019-02-09' }, net: 'conflict', layout: 'camps', hidden: ['cuba'], selected: { group: 'nodes', key: 'russia' } });
    expect(requestOf(moved)).toEqual(requestOf(base));
    expect(requestOf(ViewState.parse({ ...base, depth: 2 }))).not.toEqual(requestOf(base));
  });
});

describe('components/explorer/useExplorerData: data sets', () => {
  it('sends the chosen data sets to /api/graph, /api/paths and the analysis, and refetches when they change', () => {
    const chosen = ViewState.parse({ focus: ['russia', 'cuba'], dataset: ['venezuela-2019', 'test-crisis'] });
    expect(graphParams(chosen).get('dataset')).toBe('venezuela-2019,test-crisis');
    expect(pathsParams({ ...chosen, ask: 'paths' }).get('dataset')).toBe('venezuela-2019,test-crisis');
    expect(stanceFilterParams(chosen).get('dataset')).toBe('venezuela-2019,test-crisis');
    expect(graphParams(ViewState.parse({ focus: ['russia'] })).has('dataset')).toBe(false);
    expect(requestOf(chosen)).not.toEqual(requestOf({ ...chosen, dataset: [] }));
  });
});
