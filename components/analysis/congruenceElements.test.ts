import { congruenceElements } from '@/components/analysis/congruenceElements';
import type { AnalysisResponse } from '@/graph/analysis/analysisTypes';

const data = {
  network: { rule: 'sum', stances: 4, actors: 3, ties: 0, positive: 0, negative: 0 },
  actors: [
    { id: 'a', name: 'Alpha', kind: 'state', positive: 0, negative: 0, camp: null, misfits: 0 },
    { id: 'b', name: 'Beta', kind: 'person', positive: 0, negative: 0, camp: null, misfits: 0 },
    { id: 'c', name: 'Gamma', kind: 'state', positive: 0, negative: 0, camp: null, misfits: 0 },
  ],
  congruence: {
    congruence: [{ a: 'a', b: 'b', weight: 2, topics: ['t1', 't2'], stanceIds: ['s1', 's2', 's3', 's4'] }],
    conflict: [{ a: 'a', b: 'c', weight: 1, topics: ['t1'], stanceIds: ['s1', 's5'] }],
    truncated: false,
  },
  stances: {},
} as AnalysisResponse;

describe('components/analysis/congruenceElements', () => {
  it('draws agreement between actors as backing edges naming the topics, weighted by their number', () => {
    const elements = congruenceElements(data, 'congruence', (id) => id.toUpperCase());
    expect(elements.nodes.map((n) => n.data.label)).toEqual(['Alpha', 'Beta']);
    expect(elements.edges).toHaveLength(1);
    expect(elements.edges[0]?.data).toMatchObject({ polarity: 1, label: 'agrees with (2 topics)', properties: { weight: 2, topics: ['T1', 'T2'] } });
    expect(elements.nodes.every((n) => n.data.backers === 1)).toBe(true);
  });

  it('draws disagreement as opposing edges, with only the actors it involves', () => {
    const elements = congruenceElements(data, 'conflict', (id) => id);
    expect(elements.nodes.map((n) => n.data.key)).toEqual(['a', 'c']);
    expect(elements.edges[0]?.data).toMatchObject({ polarity: -1, label: 'disagrees with (1 topic)', source: 'actor:a', target: 'actor:c' });
  });

  it('draws nothing when the answer has no congruence figures', () => {
    expect(congruenceElements({ ...data, congruence: undefined }, 'conflict', (id) => id)).toEqual({ nodes: [], edges: [] });
  });
});
