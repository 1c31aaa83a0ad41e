import { buildSignedNetwork } from '@/graph/analysis/compute/signedNetwork';
import { brokersAndMediators } from '@/graph/analysis/compute/brokers';
import { frustration } from '@/graph/analysis/compute/frustration';
import { ONE_CAMP, TWO_CAMPS, stancesOf } from '@/graph/analysis/compute/testNetworks';

describe('brokers', () => {
  it('finds no broker or mediator in a clean two-camp network or in one camp', () => {
    for (const stances of [TWO_CAMPS, ONE_CAMP]) {
      const net = buildSignedNetwork(stances);
      expect(brokersAndMediators(net, frustration(net).partition)).toEqual({ brokers: [], mediators: [], truncated: false });
    }
  });

  it('names an actor with friends in both camps a broker, and one with neutral ties across them a mediator', () => {
    const stances = [
      ...TWO_CAMPS,
      ...stancesOf([
        ['m', 'a1', 1],
        ['m', 'a2', 1],
        ['m', 'b1', 1],
        ['n', 'a1', 0],
        ['n', 'b2', 0],
      ]).map((s) => ({ ...s, id: `x-${s.id}` })),
    ];
    const net = buildSignedNetwork(stances);
    const part = frustration(net).partition;
    const campOf = (id: string) => part[net.index.get(id) ?? -1];
    const result = brokersAndMediators(net, part);
    expect(result.brokers.map((b) => b.actor)).toContain('m');
    const m = result.brokers.find((b) => b.actor === 'm');
    expect(m?.camps).toEqual(
      [
        { camp: campOf('a1'), stanceIds: ['x-s0', 'x-s1'] },
        { camp: campOf('b1'), stanceIds: ['x-s2'] },
      ].sort((x, y) => (x.camp ?? 0) - (y.camp ?? 0)),
    );
    expect(result.mediators).toEqual([
      {
        actor: 'n',
        camps: [
          { camp: campOf('a1'), stanceIds: ['x-s3'] },
          { camp: campOf('b2'), stanceIds: ['x-s4'] },
        ].sort((x, y) => (x.camp ?? 0) - (y.camp ?? 0)),
      },
    ]);
    expect(result.truncated).toBe(false);
    expect(brokersAndMediators(net, part, 0)).toEqual({ brokers: [], mediators: [], truncated: true });
  });
});
