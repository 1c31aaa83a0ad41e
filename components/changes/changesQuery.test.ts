import { changesUrl, filterQuery, filtersFromQuery } from '@/components/changes/changesQuery';

describe('components/changes/changesQuery', () => {
  it('reads the filters from the address, first value only, trimmed', () => {
    expect(filtersFromQuery({ editor: [' alice ', 'bob'], actor: 'us' })).toEqual({ editor: 'alice', dataset: '', actor: 'us' });
  });

  it('asks the API for the set filters only, and pages with before', () => {
    const filters = { editor: '', dataset: 'venezuela-2019', actor: "a'&b" };
    expect(filterQuery(filters)).toEqual({ dataset: 'venezuela-2019', actor: "a'&b" });
    expect(changesUrl(filters)).toBe('/api/changes?dataset=venezuela-2019&actor=a%27%26b&limit=50');
    expect(changesUrl({ editor: 'x', dataset: '', actor: '' }, 'id-1', 20)).toBe('/api/changes?editor=x&limit=20&before=id-1');
  });
});
