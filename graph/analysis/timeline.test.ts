import { changeDates, evenly, nextDay, timelineSeries } from '@/graph/analysis/timeline';
import { TimelineResponse, type AnalysisStance } from '@/graph/analysis/analysisTypes';

const s = (id: string, from: string, to: string, polarity: -1 | 1, date: string, until?: string): AnalysisStance => ({
  id, from, to, polarity, date, toTopic: false, kind: polarity > 0 ? 'SUPPORTS' : 'OPPOSES', ...(until ? { until } : {}),
});

/**
 * {a, b} against {d, e} on 1 January; c sides with a and b from the 5th to the 10th, then turns
 * on a and sides with d from the 11th, when {c, d, e} is the larger camp; on the 20th a backs e,
 * which leaves the triangles a-d-e and a-b-e unbalanced.
 */
const STANCES = [
  s('ab', 'a', 'b', 1, '2019-01-01'),
  s('de', 'd', 'e', 1, '2019-01-01'),
  s('ad', 'a', 'd', -1, '2019-01-01'),
  s('be', 'b', 'e', -1, '2019-01-01'),
  s('ac', 'a', 'c', 1, '2019-01-05', '2019-01-10'),
  s('bc', 'b', 'c', 1, '2019-01-05', '2019-01-10'),
  s('ca', 'c', 'a', -1, '2019-01-11'),
  s('cd', 'c', 'd', 1, '2019-01-11'),
  s('ae', 'a', 'e', 1, '2019-01-20'),
];

describe('analysisTimeline', () => {
  it('finds every date the stances in force change: starts, and the day after each end within the range', () => {
    expect(nextDay('2019-01-31')).toBe('2019-02-01');
    expect(nextDay('2020-02-28')).toBe('2020-02-29');
    expect(changeDates(STANCES)).toEqual({ range: { min: '2019-01-01', max: '2019-01-20' }, dates: ['2019-01-01', '2019-01-05', '2019-01-11', '2019-01-20'] });
    // An end date can be the latest date; the day after it lies outside the range.
    expect(changeDates([s('x', 'a', 'b', 1, '2019-01-01', '2019-03-01')])).toEqual({ range: { min: '2019-01-01', max: '2019-03-01' }, dates: ['2019-01-01'] });
    expect(changeDates([])).toEqual({ range: null, dates: [] });
  });

  it('picks dates evenly, keeping the first and the last', () => {
    const days = Array.from({ length: 10 }, (_, i) => i);
    expect(evenly(days, 4)).toEqual([0, 3, 6, 9]);
    expect(evenly(days, 2)).toEqual([0, 9]);
    expect(evenly(days, 20)).toEqual(days);
  });

  it('counts stances in force, balanced triangles and camp sizes per date, camp 0 staying the same side', () => {
    const answer = TimelineResponse.parse(timelineSeries(STANCES));
    expect(answer).toMatchObject({ range: { min: '2019-01-01', max: '2019-01-20' }, changes: 4, truncated: false });
    expect(answer.points).toEqual([
      { date: '2019-01-01', stances: 4, ties: 4, triangles: 0, balanced: 0, ratio: null, camps: [2, 2] },
      { date: '2019-01-05', stances: 6, ties: 6, triangles: 1, balanced: 1, ratio: 1, camps: [3, 2] },
      // {c, d, e} is now the larger camp, but camp 0 is still a's side.
      { date: '2019-01-11', stances: 6, ties: 6, triangles: 1, balanced: 1, ratio: 1, camps: [2, 3] },
      { date: '2019-01-20', stances: 7, ties: 7, triangles: 3, balanced: 1, ratio: 1 / 3, camps: [2, 3] },
    ]);
  });

  it('caps the series at `steps` dates and says so', () => {
    const answer = timelineSeries(STANCES, { steps: 2 });
    expect(answer.points.map((p) => p.date)).toEqual(['2019-01-01', '2019-01-20']);
    expect(answer).toMatchObject({ changes: 4, truncated: true });
  });

  it('answers an empty series for no stances', () => {
    expect(timelineSeries([])).toEqual({ range: null, changes: 0, truncated: false, points: [] });
  });
});
