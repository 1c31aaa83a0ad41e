import { ringsByDegree } from '@/components/graph/layouts/rings';
import { edge, elementsOf, idOf, node } from '@/components/graph/testElements';

const id = idOf;
/** A star of `n` leaves backing a hub, plus a tail opposing the first leaf. */
function star(n: number) {
  const leaves = Array.from({ length: n }, (_, i) => node(`leaf-${i}`, 'state'));
  return elementsOf([node('hub', 'person'), ...leaves, node('tail', 'group')], [...leaves.map((_, i) => edge(`leaf-${i}`, 'SUPPORTS', 'hub', 1)), edge('tail', 'OPPOSES', 'leaf-0', -1)]);
}
const distance = (p: { x: number; y: number } | undefined) => Math.hypot(p?.x ?? NaN, p?.y ?? NaN);
/** -0 and 0 alike, as a point's text. */
const point = (p: { x: number; y: number } | undefined) => `${(p?.x ?? NaN) + 0},${(p?.y ?? NaN) + 0}`;

describe('components/graph/layouts/rings', () => {
  it('puts a small star on one ring round its hub, the best connected leaf at the top', () => {
    const positions = ringsByDegree(star(3));
    // Hub 51 px (3 backers), leaf-0 42 px (1 opponent): the ring is (51 + 42 + 14) / 2 = 53.5 out,
    // room for six nodes of 56 px, so all four go on it a quarter turn apart, from the top clockwise
    // (Math.round takes -53.5 to -53 and 53.5 to 54).
    expect(point(positions[id('hub')])).toBe('0,0');
    expect(point(positions[id('leaf-0')])).toBe('0,-53');
    expect(['leaf-1', 'leaf-2', 'tail'].map((key) => point(positions[id(key)])).sort()).toEqual(['-53,0', '0,54', '54,0']);
  });

  it('puts the least connected further out than the more connected once the first ring is full', () => {
    const positions = ringsByDegree(star(40));
    expect(point(positions[id('hub')])).toBe('0,0');
    expect(distance(positions[id('leaf-0')])).toBeGreaterThan(0);
    expect(distance(positions[id('leaf-0')])).toBeLessThan(distance(positions[id('tail')]));
  });

  it('puts the groups of a large view round the outside, however many bundles they have', () => {
    const elements = star(40);
    const group = node('state', 'lod-group', { id: 'lod:kind:state' });
    const bundles = ['hub', 'leaf-1', 'leaf-2'].map((to) => ({ data: { ...edge('state', 'BUNDLE', to, 1).data, source: 'lod:kind:state' } }));
    const positions = ringsByDegree({ nodes: [...elements.nodes, group], edges: [...elements.edges, ...bundles] });
    const furthestActor = Math.max(...elements.nodes.map((n) => distance(positions[n.data.id])));
    expect(distance(positions['lod:kind:state'])).toBeGreaterThan(furthestActor);
  });

  it('puts the focus in the middle whatever its degree', () => {
    expect(point(ringsByDegree(star(10), [id('tail')])[id('tail')])).toBe('0,0');
  });

  it('gives every node a place, none closer to another than the smallest node is wide', () => {
    const elements = star(300);
    const points = Object.values(ringsByDegree(elements));
    expect(points).toHaveLength(elements.nodes.length);
    let closest = Infinity;
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++) closest = Math.min(closest, Math.hypot((points[i]?.x ?? 0) - (points[j]?.x ?? 0), (points[i]?.y ?? 0) - (points[j]?.y ?? 0)));
    expect(closest).toBeGreaterThanOrEqual(30);
  });

  it('returns no positions for no nodes', () => {
    expect(ringsByDegree(elementsOf([], []))).toEqual({});
  });
});
