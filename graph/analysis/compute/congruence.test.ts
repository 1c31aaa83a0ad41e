import { congruenceNetworks } from '@/graph/analysis/compute/congruence';
import type { AnalysisStance } from '@/graph/analysis/analysisTypes';

const onTopic = (id: string, from: string, to: string, polarity: -1 | 0 | 1): AnalysisStance => ({ id, from, to, polarity, toTopic: true, kind: 'SUPPORTS', date: '2019-01-01' });

describe('congruence', () => {
  it('links actors on the same side of a topic (congruence) and on opposite sides (conflict), weighted by topics', () => {
    const result = congruenceNetworks([
      onTopic('1', 'a', 'elections', 1),
      onTopic('2', 'b', 'elections', 1),
      onTopic('3', 'c', 'elections', -1),
      onTopic('4', 'a', 'intervention', -1),
      onTopic('5', 'b', 'intervention', -1),
      onTopic('6', 'c', 'intervention', 0),
    ]);
    expect(result.congruence).toEqual([{ a: 'a', b: 'b', weight: 2, topics: ['elections', 'intervention'], stanceIds: ['1', '2', '4', '5'] }]);
    expect(result.conflict).toEqual([
      { a: 'a', b: 'c', weight: 1, topics: ['elections'], stanceIds: ['1', '3'] },
      { a: 'b', b: 'c', weight: 1, topics: ['elections'], stanceIds: ['2', '3'] },
    ]);
    expect(result.truncated).toBe(false);
  });

  it('ignores actor-to-actor stances, answers empty lists without topics, and cuts long lists', () => {
    expect(congruenceNetworks([{ ...onTopic('1', 'a', 'b', 1), toTopic: false }])).toEqual({ congruence: [], conflict: [], truncated: false });
    const many = ['a', 'b', 'c', 'd'].map((x, i) => onTopic(String(i), x, 't', 1));
    const cut = congruenceNetworks(many, 'sum', 2);
    expect(cut.congruence).toHaveLength(2);
    expect(cut.truncated).toBe(true);
  });
});
