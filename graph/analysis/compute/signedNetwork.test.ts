import { buildSignedNetwork, combine, components } from '@/graph/analysis/compute/signedNetwork';
import { stancesOf, TWO_CAMPS } from '@/graph/analysis/compute/testNetworks';
import type { AnalysisStance } from '@/graph/analysis/analysisTypes';

const stance = (id: string, from: string, to: string, polarity: -1 | 0 | 1, date = '2019-01-01', toTopic = false): AnalysisStance => ({ id, from, to, polarity, date, toTopic, kind: 'X' });

describe('signedNetwork', () => {
  it('combines the stances of both directions into one tie by the sign of their sum, keeping their ids', () => {
    const net = buildSignedNetwork([stance('s1', 'b', 'a', 1), stance('s2', 'a', 'b', 1), stance('s3', 'a', 'b', -1)]);
    expect(net.ties).toEqual([{ a: 'a', b: 'b', sign: 1, stanceIds: ['s1', 's2', 's3'] }]);
  });

  it('leaves out neutral stances and pairs whose polarities cancel, but keeps neutral stances apart', () => {
    const net = buildSignedNetwork([stance('s1', 'a', 'b', 1), stance('s2', 'b', 'a', -1), stance('s3', 'a', 'c', 0)]);
    expect(net.ties).toEqual([]);
    expect(net.actors).toEqual([]);
    expect(net.neutral).toEqual([{ id: 's3', from: 'a', to: 'c' }]);
  });

  it('applies the other rules: latest, negative, positive', () => {
    const list = [stance('s1', 'a', 'b', 1, '2019-01-01'), stance('s2', 'a', 'b', 1, '2019-01-02'), stance('s3', 'b', 'a', -1, '2019-02-01')];
    expect(combine(list, 'sum')).toBe(1);
    expect(combine(list, 'latest')).toBe(-1);
    expect(combine(list, 'negative')).toBe(-1);
    expect(combine(list, 'positive')).toBe(1);
    expect(buildSignedNetwork(list, 'latest').ties[0]?.sign).toBe(-1);
  });

  it('ignores stances towards topics', () => {
    expect(buildSignedNetwork([stance('s1', 'a', 'topic', 1, '2019-01-01', true)]).ties).toEqual([]);
  });

  it('builds adjacency lists and components', () => {
    const net = buildSignedNetwork([...TWO_CAMPS, ...stancesOf([['x', 'y', -1]])]);
    expect(net.actors).toHaveLength(8);
    expect(net.offsets[net.actors.length]).toBe(2 * net.ties.length);
    expect(components(net).map((c) => c.length)).toEqual([6, 2]);
  });
});
