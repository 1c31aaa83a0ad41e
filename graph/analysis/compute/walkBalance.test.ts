import { buildSignedNetwork } from '@/graph/analysis/compute/signedNetwork';
import { walkBalance } from '@/graph/analysis/compute/walkBalance';
import { seededRandom } from '@/graph/analysis/compute/rng';
import { ONE_CAMP, TWO_CAMPS, UNBALANCED_TRIANGLE, stancesOf, tribesStances } from '@/graph/analysis/compute/testNetworks';

describe('walkBalance', () => {
  it('is 1 for balanced networks (two camps, one camp) and null for an empty one', () => {
    expect(walkBalance(buildSignedNetwork(TWO_CAMPS)).value).toBeCloseTo(1, 10);
    expect(walkBalance(buildSignedNetwork(ONE_CAMP)).value).toBeCloseTo(1, 10);
    expect(walkBalance(buildSignedNetwork([]))).toEqual({ value: null, method: 'exact' });
  });

  it('matches the closed form for a triangle of enemies', () => {
    // Eigenvalues: signed -K3 has {-2, 1, 1}, K3 has {2, -1, -1}.
    const expected = (Math.exp(-2) + 2 * Math.exp(1)) / (Math.exp(2) + 2 * Math.exp(-1));
    expect(walkBalance(buildSignedNetwork(UNBALANCED_TRIANGLE)).value).toBeCloseTo(expected, 10);
  });

  it('gives the published value for the highland tribes: 0.3575761', () => {
    const result = walkBalance(buildSignedNetwork(tribesStances()));
    expect(result.method).toBe('exact');
    expect(result.value).toBeCloseTo(0.3575761, 7);
  });

  it('estimates large components within 2% of the exact value', () => {
    // A network with hubs, as real crises have: 300 actors, 1,500 ties, 30% negative.
    const random = seededRandom(7);
    const edges = new Map<string, [string, string, -1 | 1]>();
    while (edges.size < 1500) {
      const a = Math.floor(300 * random() ** 2);
      const b = Math.floor(300 * random());
      if (a === b) continue;
      edges.set(`${Math.min(a, b)}-${Math.max(a, b)}`, [`n${a}`, `n${b}`, random() < 0.3 ? -1 : 1]);
    }
    const net = buildSignedNetwork(stancesOf([...edges.values()]));
    const exact = walkBalance(net, 400);
    const estimate = walkBalance(net, 10);
    expect(exact.method).toBe('exact');
    expect(estimate.method).toBe('estimate');
    expect(Math.abs((estimate.value ?? 0) - (exact.value ?? 1)) / (exact.value ?? 1)).toBeLessThan(0.02);
  });
});
