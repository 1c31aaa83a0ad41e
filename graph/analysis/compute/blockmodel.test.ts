import { buildSignedNetwork } from '@/graph/analysis/compute/signedNetwork';
import { blockmodel, criterion } from '@/graph/analysis/compute/blockmodel';
import { ONE_CAMP, TWO_CAMPS, UNBALANCED_TRIANGLE, tribesStances } from '@/graph/analysis/compute/testNetworks';

describe('blockmodel', () => {
  it('finds the published criterion for the highland tribes with k = 3, alpha = 0.5: 2', () => {
    const net = buildSignedNetwork(tribesStances());
    const result = blockmodel(net, { k: 3, alpha: 0.5 });
    expect(result.criterion).toBe(2);
    expect(criterion(net, result.partition, 0.5)).toBe(2);
    expect(new Set(result.partition).size).toBe(3);
    // Read's three groupings: Gama, Gavev, Kotun and Nagad together, apart from Ove's and Nagam's.
    const camp = (id: string) => result.partition[net.index.get(id) ?? -1];
    expect(new Set(['gama', 'gavev', 'kotun', 'nagad'].map(camp)).size).toBe(1);
    expect(camp('gama')).not.toBe(camp('ove'));
    expect(camp('gama')).not.toBe(camp('nagam'));
  });

  it('with k = 2 and alpha = 0.5 its criterion is the frustration index (7 for the tribes)', () => {
    expect(blockmodel(buildSignedNetwork(tribesStances()), { k: 2, alpha: 0.5 }).criterion).toBe(7);
  });

  it('is 0 for two camps and uses every camp asked for, numbered largest first', () => {
    const net = buildSignedNetwork(TWO_CAMPS);
    expect(blockmodel(net, { k: 2, alpha: 0.5 }).criterion).toBe(0);
    const three = blockmodel(net, { k: 3, alpha: 0.5 });
    expect(new Set(three.partition).size).toBe(3);
    // Splitting a camp puts positive ties across: with alpha = 1 that costs nothing.
    expect(blockmodel(net, { k: 3, alpha: 1 }).criterion).toBe(0);
  });

  it('weighs negative inside against positive across by alpha', () => {
    const triangle = buildSignedNetwork(UNBALANCED_TRIANGLE);
    expect(blockmodel(triangle, { k: 2, alpha: 0.5 }).criterion).toBe(1);
    expect(blockmodel(triangle, { k: 3, alpha: 0.5 }).criterion).toBe(0);
    const oneCamp = buildSignedNetwork(ONE_CAMP);
    // Two non-empty camps must cut positive ties: best is one actor alone (3 ties, 6 arcs).
    expect(blockmodel(oneCamp, { k: 2, alpha: 0.5 }).criterion).toBe(3);
  });

  it('gives the same answer every time (seeded restarts)', () => {
    const net = buildSignedNetwork(tribesStances());
    expect([...blockmodel(net, { k: 4, alpha: 0.3 }).partition]).toEqual([...blockmodel(net, { k: 4, alpha: 0.3 }).partition]);
  });
});
