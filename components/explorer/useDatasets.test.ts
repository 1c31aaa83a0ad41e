import { datasetRange } from '@/components/explorer/useDatasets';
import type { DatasetListing } from '@/graph/datasets/datasetTypes';

describe('components/explorer/useDatasets', () => {
  const listing = (id: string, firstDate: string | null, lastDate: string | null): DatasetListing => ({ id, title: id, version: 'v', complete: true, stances: 1, actors: 2, sources: 1, firstDate, lastDate });
  const datasets = [listing('venezuela-2019', '2019-01-10', '2019-05-11'), listing('test-crisis', '2021-03-04', '2021-03-05'), listing('empty', null, null)];

  it('spans every data set when none is chosen, and only the chosen ones otherwise', () => {
    expect(datasetRange(datasets, [])).toEqual({ min: '2019-01-10', max: '2021-03-05' });
    expect(datasetRange(datasets, ['venezuela-2019'])).toEqual({ min: '2019-01-10', max: '2019-05-11' });
    expect(datasetRange(datasets, ['test-crisis', 'empty'])).toEqual({ min: '2021-03-04', max: '2021-03-05' });
  });

  it('has no range without stances', () => {
    expect(datasetRange(datasets, ['empty'])).toBeNull();
    expect(datasetRange([], [])).toBeNull();
  });
});
