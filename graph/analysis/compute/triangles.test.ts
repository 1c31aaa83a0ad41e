import { buildSignedNetwork } from '@/graph/analysis/compute/signedNetwork';
import { triangleBalance } from '@/graph/analysis/compute/triangles';
import { ONE_CAMP, TWO_CAMPS, UNBALANCED_TRIANGLE, tribesStances } from '@/graph/analysis/compute/testNetworks';

describe('triangles', () => {
  it('finds every triangle of a perfectly balanced two-camp network balanced', () => {
    const result = triangleBalance(buildSignedNetwork(TWO_CAMPS));
    // C(6,3) = 20 triangles in the complete graph on six actors.
    expect(result).toMatchObject({ triangles: 20, balanced: 20, ratio: 1 });
    expect(result.unbalanced.total).toBe(0);
  });

  it('lists a single unbalanced triangle with its three ties and their stances', () => {
    const result = triangleBalance(buildSignedNetwork(UNBALANCED_TRIANGLE));
    expect(result).toMatchObject({ triangles: 1, balanced: 0, ratio: 0 });
    expect(result.unbalanced.unbalanced).toEqual([
      {
        actors: ['x', 'y', 'z'],
        ties: [
          { a: 'x', b: 'y', sign: -1, stanceIds: ['s0'] },
          { a: 'x', b: 'z', sign: -1, stanceIds: ['s2'] },
          { a: 'y', b: 'z', sign: -1, stanceIds: ['s1'] },
        ],
      },
    ]);
  });

  it('answers no ratio for an empty network and 1 for one camp', () => {
    expect(triangleBalance(buildSignedNetwork([]))).toMatchObject({ triangles: 0, balanced: 0, ratio: null });
    expect(triangleBalance(buildSignedNetwork(ONE_CAMP))).toMatchObject({ triangles: 4, balanced: 4, ratio: 1 });
  });

  it('gives the published values for the highland tribes: 68 triangles, 59 balanced', () => {
    const result = triangleBalance(buildSignedNetwork(tribesStances()), 3);
    expect(result.triangles).toBe(68);
    expect(result.balanced).toBe(59);
    expect(result.ratio).toBeCloseTo(0.8676471, 7);
    expect(result.unbalanced).toMatchObject({ total: 9, truncated: true });
    expect(result.unbalanced.unbalanced).toHaveLength(3);
  });
});
