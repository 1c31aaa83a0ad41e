import { DEFAULT_VIEW, fromQuery, isFiltered, NO_FILTERS, toQuery, ViewState } from '@/components/explorer/viewState';
import { SnapshotOrigin } from '@/graph/snapshots/snapshotTypes';
import { liveUrl } from '@/components/share/liveUrl';

describe('components/explorer/viewState', () => {
  const full = ViewState.parse({
    focus: ['nicolas-maduro', 'juan-guaido'],
    depth: 2,
    kinds: ['SUPPORTS', 'OPPOSES'],
    polarity: [1, -1],
    actorKinds: ['state', 'person'],
    certainty: ['stated', 'reported'],
    from: '2019-01-10',
    to: '2019-02-09',
    layout: 'camps',
    selected: { group: 'edges', key: 'russia--supports--nicolas-maduro' },
    ask: 'paths',
    hidden: ['cuba'],
    expanded: ['russia'],
    limit: 900,
    analysis: true,
    k: 3,
    colour: 'camp',
    net: 'conflict',
    at: '2019-02-01',
    cmp: { from: '2019-01-25', to: '2019-02-09' },
  });

  it('round-trips every field through the query string', () => {
    const query = toQuery(full);
    expect(fromQuery(query)).toEqual({ view: full, problems: [] });
  });

  it('survives URLSearchParams encoding, as the browser address bar does', () => {
    const search = new URLSearchParams(toQuery(full)).toString();
    const back = Object.fromEntries(new URLSearchParams(search));
    expect(fromQuery(back).view).toEqual(full);
  });

  it('leaves defaults out of the URL, so the empty view is the bare address', () => {
    expect(toQuery(DEFAULT_VIEW)).toEqual({});
    expect(toQuery({ ...DEFAULT_VIEW, focus: ['russia'] })).toEqual({ focus: 'russia' });
    expect(fromQuery({}).view).toEqual(DEFAULT_VIEW);
  });

  it('keeps the analysis panel, camps, colouring, timeline day and compared dates in the URL', () => {
    expect(toQuery({ ...DEFAULT_VIEW, analysis: true, at: '2019-02-01', cmp: { from: '2019-01-25', to: '2019-02-09' } })).toEqual({ analysis: '1', at: '2019-02-01', cmp: '2019-01-25..2019-02-09' });
    const { view, problems } = fromQuery({ analysis: 'yes', k: '9', cmp: '2019-02-09..2019-01-25', colour: 'camp' });
    expect(view).toEqual({ ...DEFAULT_VIEW, colour: 'camp' });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['analysis', 'cmp', 'k']);
  });

  it('writes the selection as n:<actor id> or e:<stance id>', () => {
    expect(toQuery({ ...DEFAULT_VIEW, selected: { group: 'nodes', key: 'russia' } }).sel).toBe('n:russia');
    expect(fromQuery({ sel: 'e:4:abc:12' }).view.selected).toEqual({ group: 'edges', key: '4:abc:12' });
  });

  it('accepts repeated parameters as well as comma lists', () => {
    expect(fromQuery({ polarity: ['1', '-1'], focus: 'a,b' }).view).toMatchObject({ polarity: [1, -1], focus: ['a', 'b'] });
  });

  it('ignores a bad parameter, keeps the rest, and names what was wrong', () => {
    const { view, problems } = fromQuery({ focus: 'russia', polarity: '2', layout: 'spiral', depth: '9', sel: 'x' });
    expect(view).toEqual({ ...DEFAULT_VIEW, focus: ['russia'] });
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/^polarity: must be -1 \(against\), 0 \(neutral\) or 1 \(for\)/);
    expect(problems.join('\n')).toMatch(/^layout:/m);
    expect(problems.join('\n')).toMatch(/^depth:/m);
    expect(problems.join('\n')).toMatch(/^sel:/m);
  });

  it('drops a date range whose start is after its end', () => {
    const { view, problems } = fromQuery({ from: '2019-03-01', to: '2019-01-01', focus: 'russia' });
    expect(view.from).toBeUndefined();
    expect(view.to).toBeUndefined();
    expect(view.focus).toEqual(['russia']);
    expect(problems).toEqual(['to: from must not be after to']);
  });

  it('rejects dates that are not calendar dates', () => {
    const { view, problems } = fromQuery({ from: '2019-02-30' });
    expect(view.from).toBeUndefined();
    expect(problems[0]).toMatch(/^from: /);
  });

  it('counts stance filters, not focus, depth or layout, as filtering', () => {
    const view: ViewState = { ...DEFAULT_VIEW, focus: ['russia'], depth: 3, layout: 'camps' };
    expect(isFiltered(view)).toBe(false);
    expect(isFiltered({ ...DEFAULT_VIEW, polarity: [1] })).toBe(true);
    expect(isFiltered({ ...DEFAULT_VIEW, to: '2019-02-01' })).toBe(true);
  });
});

describe('components/explorer/viewState: data sets', () => {
  it('keeps the chosen data sets in the URL and reads them back, and all data sets by default', () => {
    const view = ViewState.parse({ focus: ['russia'], dataset: ['venezuela-2019', 'test-crisis'] });
    expect(toQuery(view)).toEqual({ focus: 'russia', dataset: 'venezuela-2019,test-crisis' });
    expect(fromQuery(toQuery(view))).toEqual({ view, problems: [] });
    expect(fromQuery({ dataset: ['venezuela-2019', 'test-crisis'] }).view.dataset).toEqual(['venezuela-2019', 'test-crisis']);
    expect(DEFAULT_VIEW.dataset).toEqual([]);
    expect(toQuery(DEFAULT_VIEW)).not.toHaveProperty('dataset');
  });

  it('ignores a data set id that is not one, naming the parameter', () => {
    const parsed = fromQuery({ focus: 'russia', dataset: 'Venezuela 2019' });
    expect(parsed.view.dataset).toEqual([]);
    expect(parsed.problems).toEqual(['dataset: must be a data set id such as "venezuela-2019"']);
  });

  it('counts a data set choice as a filter, which Clear filters lifts', () => {
    expect(isFiltered({ ...DEFAULT_VIEW, dataset: ['test-crisis'] })).toBe(true);
    const narrowed: ViewState = { ...DEFAULT_VIEW, dataset: ['test-crisis'], kinds: ['SUPPORTS'], from: '2019-01-01' };
    expect(isFiltered({ ...narrowed, ...NO_FILTERS })).toBe(false);
  });

  it('round-trips through a snapshot: its origin records the view, and "open live" reopens it', () => {
    const view = ViewState.parse({ focus: ['nicolas-maduro'], ask: 'opponents', dataset: ['test-crisis'] });
    const origin = SnapshotOrigin.parse(JSON.parse(JSON.stringify({ kind: 'explorer', view: toQuery(view) })));
    const live = new URL(liveUrl(origin), 'http://localhost');
    expect(fromQuery(Object.fromEntries(live.searchParams)).view).toEqual(view);
  });
});
