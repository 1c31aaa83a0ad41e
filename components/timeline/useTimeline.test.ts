import { diffUrl, timelineUrl } from '@/components/timeline/useTimeline';

describe('useTimeline', () => {
  it('asks the timeline for the view filters without the analysis-only fields', () => {
    const filters = new URLSearchParams({ kinds: 'SUPPORTS,OPPOSES', at: '2019-01-25', k: '3', from: '2019-01-01' });
    expect(timelineUrl(filters)).toBe('/api/analysis/timeline?kinds=SUPPORTS%2COPPOSES&from=2019-01-01');
    expect(timelineUrl(new URLSearchParams())).toBe('/api/analysis/timeline');
  });

  it('asks the diff for the compared dates in place of the view date range', () => {
    const filters = new URLSearchParams({ dataset: 'venezuela', from: '2019-01-01', to: '2019-03-01', at: '2019-01-25' });
    expect(diffUrl(filters, { from: '2019-01-25', to: '2019-02-09' })).toBe('/api/analysis/diff?dataset=venezuela&from=2019-01-25&to=2019-02-09');
  });
});
