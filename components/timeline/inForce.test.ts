import { edgeInForce, inForceOn, type TimedEdge } from '@/components/timeline/inForce';

const EDGES: TimedEdge[] = [
  { id: 'ab', source: 'a', target: 'b', date: '2019-01-10' },
  { id: 'bc', source: 'b', target: 'c', date: '2019-01-05', until: '2019-01-20' },
  { id: 'cd', source: 'c', target: 'd', date: '2019-02-01' },
  // Not a stance: no date, always drawn.
  { id: 'ef', source: 'e', target: 'f' },
];
const NODES = ['a', 'b', 'c', 'd', 'e', 'f', 'lonely'];

describe('inForce', () => {
  it('counts an edge in force from its date through its until, and an undated edge always', () => {
    expect(edgeInForce({ date: '2019-01-10' }, '2019-01-09')).toBe(false);
    expect(edgeInForce({ date: '2019-01-10' }, '2019-01-10')).toBe(true);
    expect(edgeInForce({ date: '2019-01-05', until: '2019-01-20' }, '2019-01-20')).toBe(true);
    expect(edgeInForce({ date: '2019-01-05', until: '2019-01-20' }, '2019-01-21')).toBe(false);
    expect(edgeInForce({}, '1900-01-01')).toBe(true);
  });

  it('lists the edges out of force and the nodes left with none, keeping nodes that never had edges', () => {
    const early = inForceOn(NODES, EDGES, '2019-01-06');
    expect([...early.edgesOut].sort()).toEqual(['ab', 'cd']);
    expect([...early.nodesOut].sort()).toEqual(['a', 'd']);
    const late = inForceOn(NODES, EDGES, '2019-01-25');
    expect([...late.edgesOut].sort()).toEqual(['bc', 'cd']);
    // c's only edges are closed or not yet taken; b keeps a-b.
    expect([...late.nodesOut].sort()).toEqual(['c', 'd']);
    const all = inForceOn(NODES, EDGES, '2019-03-01');
    expect([...all.edgesOut]).toEqual(['bc']);
    expect([...all.nodesOut]).toEqual([]);
  });
});
