import { buildSignedNetwork, type SignedNetwork } from '@/graph/analysis/compute/signedNetwork';
import { frustration } from '@/graph/analysis/compute/frustration';
import { violations } from '@/graph/analysis/compute/partition';
import { seededRandom } from '@/graph/analysis/compute/rng';
import { ONE_CAMP, TWO_CAMPS, UNBALANCED_TRIANGLE, stancesOf, tribesStances } from '@/graph/analysis/compute/testNetworks';

/** Every two-camp split, for checking the search on small networks. */
function bruteForce(net: SignedNetwork): number {
  const n = net.actors.length;
  let best = Infinity;
  for (let mask = 0; mask < 1 << Math.max(0, n - 1); mask++) {
    const part = Int32Array.from({ length: n }, (_, v) => (v === 0 ? 0 : (mask >> (v - 1)) & 1));
    const { negativeInside, positiveAcross } = violations(net, part);
    best = Math.min(best, negativeInside + positiveAcross);
  }
  return n === 0 ? 0 : best;
}

function randomNetwork(seed: number, n: number, m: number, negative: number): SignedNetwork {
  const random = seededRandom(seed);
  const edges = new Map<string, [string, string, -1 | 1]>();
  while (edges.size < m) {
    const a = Math.floor(n * random());
    const b = Math.floor(n * random());
    if (a !== b) edges.set(`${Math.min(a, b)}-${Math.max(a, b)}`, [`v${String(a).padStart(3, '0')}`, `v${String(b).padStart(3, '0')}`, random() < negative ? -1 : 1]);
  }
  return buildSignedNetwork(stancesOf([...edges.values()]));
}

describe('frustration', () => {
  it('is 0 for a perfectly balanced two-camp network, and its camps are the two camps', () => {
    const net = buildSignedNetwork(TWO_CAMPS);
    const result = frustration(net);
    expect(result).toMatchObject({ value: 0, method: 'exact', lowerBound: 0, upperBound: 0 });
    const camp = (id: string) => result.partition[net.index.get(id) ?? -1];
    expect(new Set(['a1', 'a2', 'a3'].map(camp)).size).toBe(1);
    expect(new Set(['b1', 'b2', 'b3'].map(camp)).size).toBe(1);
    expect(camp('a1')).not.toBe(camp('b1'));
  });

  it('is 1 for a single unbalanced triangle, 0 for one camp (all in camp 0) and for an empty network', () => {
    expect(frustration(buildSignedNetwork(UNBALANCED_TRIANGLE))).toMatchObject({ value: 1, method: 'exact' });
    const oneCamp = frustration(buildSignedNetwork(ONE_CAMP));
    expect(oneCamp).toMatchObject({ value: 0, method: 'exact' });
    expect([...oneCamp.partition]).toEqual([0, 0, 0, 0]);
    expect(frustration(buildSignedNetwork([]))).toMatchObject({ value: 0, method: 'exact' });
  });

  it('gives the published exact value for the highland tribes: 7', () => {
    const result = frustration(buildSignedNetwork(tribesStances()));
    expect(result).toMatchObject({ value: 7, method: 'exact', lowerBound: 7, upperBound: 7 });
  });

  it.each([1, 2, 3, 4, 5])('agrees with brute force on a random network (seed %i)', (seed) => {
    const net = randomNetwork(seed, 14, 40, 0.4);
    const result = frustration(net);
    expect(result.method).toBe('exact');
    expect(result.value).toBe(bruteForce(net));
    const { negativeInside, positiveAcross } = violations(net, result.partition);
    expect(negativeInside + positiveAcross).toBe(result.value);
  });

  it('falls back to the heuristic with bounds around it when the exact search is not allowed', () => {
    const net = randomNetwork(9, 14, 40, 0.4);
    const exact = bruteForce(net);
    const result = frustration(net, { exactLimit: 5 });
    expect(result.method).toBe('heuristic');
    expect(result.lowerBound).toBeLessThanOrEqual(exact);
    expect(result.upperBound).toBeGreaterThanOrEqual(exact);
    expect(result.lowerBound).toBeGreaterThan(0);
  });

  it('stops the exact search when its budget runs out and says so', () => {
    const net = randomNetwork(11, 60, 300, 0.5);
    const result = frustration(net, { exactLimit: 200, budget: 100 });
    expect(result.method).toBe('heuristic');
    expect(result.lowerBound).toBeLessThanOrEqual(result.upperBound);
  });
});
