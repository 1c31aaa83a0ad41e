import { buildSignedNetwork } from '@/graph/analysis/compute/signedNetwork';
import { actorFigures } from '@/graph/analysis/compute/figures';
import { misfitTies } from '@/graph/analysis/compute/partition';
import { UNBALANCED_TRIANGLE, actorsOf } from '@/graph/analysis/compute/testNetworks';

describe('figures', () => {
  it('gives each actor its signed degree, camp and misfit ties; actors without signed ties get zeros and no camp', () => {
    const net = buildSignedNetwork(UNBALANCED_TRIANGLE);
    const part = Int32Array.from([0, 0, 1]);
    const actors = [...actorsOf(UNBALANCED_TRIANGLE), { id: 'w', name: 'W', kind: 'state' }];
    expect(actorFigures(net, actors, part, misfitTies(net, part))).toEqual([
      { id: 'w', name: 'W', kind: 'state', positive: 0, negative: 0, camp: null, misfits: 0 },
      { id: 'x', name: 'X', kind: 'group', positive: 0, negative: 2, camp: 0, misfits: 1 },
      { id: 'y', name: 'Y', kind: 'group', positive: 0, negative: 2, camp: 0, misfits: 1 },
      { id: 'z', name: 'Z', kind: 'group', positive: 0, negative: 2, camp: 1, misfits: 0 },
    ]);
    expect(actorFigures(net, actors, null, []).every((a) => a.camp === null)).toBe(true);
  });
});
