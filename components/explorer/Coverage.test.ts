import { coverageState } from '@/components/explorer/Coverage';
import type { DatasetsState } from '@/components/explorer/useDatasets';
import type { DatasetListing } from '@/graph/datasets/datasetTypes';

describe('components/explorer/Coverage', () => {
  const listing = (id: string, firstDate: string, lastDate: string): DatasetListing => ({ id, title: id, version: 'v', complete: true, stances: 1, actors: 2, sources: 1, firstDate, lastDate });
  const ready: DatasetsState = { status: 'ready', datasets: [listing('venezuela-2019', '2019-01-23', '2019-05-11'), listing('other', '2021-03-04', '2021-03-05')], error: null };
  const sources = { key: '', status: 'ready' as const, sources: { sources: 2, publishers: [{ publisher: 'BBC News', sources: 2 }], publisherCount: 1, unattributed: 0, firstDate: '2019-01-25', lastDate: '2019-05-11' } };

  it('is loading until both the sources and the page’s data set listing are in', () => {
    expect(coverageState(null, ready, [])).toEqual({ status: 'loading' });
    expect(coverageState(sources, { status: 'loading', datasets: [], error: null }, [])).toEqual({ status: 'loading' });
  });

  it('says either failure, with its message', () => {
    expect(coverageState({ key: '', status: 'error', message: 'Neo4j is not reachable.' }, ready, [])).toEqual({ status: 'error', message: 'Neo4j is not reachable.' });
    expect(coverageState(sources, { status: 'error', datasets: [], error: 'The server answered 503.' }, [])).toEqual({ status: 'error', message: 'The server answered 503.' });
  });

  it('dates the stances of the chosen data sets only (all of them when none is chosen)', () => {
    const all = coverageState(sources, ready, []);
    const one = coverageState({ ...sources, key: 'venezuela-2019' }, ready, ['venezuela-2019']);
    expect(all.status === 'ready' && all.text).toContain('its stances are dated 23 January 2019 to 5 March 2021');
    expect(one.status === 'ready' && one.text).toContain('its stances are dated 23 January 2019 to 11 May 2019');
  });
});
