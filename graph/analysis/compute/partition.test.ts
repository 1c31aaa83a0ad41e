import { buildSignedNetwork } from '@/graph/analysis/compute/signedNetwork';
import { alignCamps, campList, canonical, misfitTies, partitionRecord, violations } from '@/graph/analysis/compute/partition';
import { UNBALANCED_TRIANGLE } from '@/graph/analysis/compute/testNetworks';

describe('partition', () => {
  it('numbers camps largest first, then by their first actor', () => {
    expect([...canonical(Int32Array.from([5, 5, 2, 2, 2, 9]))]).toEqual([1, 1, 0, 0, 0, 2]);
    expect([...canonical(Int32Array.from([3, 1, 1, 3]))]).toEqual([0, 1, 1, 0]);
  });

  it('names the misfit ties: negative inside a camp, positive across', () => {
    const net = buildSignedNetwork(UNBALANCED_TRIANGLE);
    // x and y together, z apart: only the x-y enmity misfits.
    const part = Int32Array.from([0, 0, 1]);
    expect(misfitTies(net, part).map((t) => net.ties[t])).toEqual([{ a: 'x', b: 'y', sign: -1, stanceIds: ['s0'] }]);
    expect(violations(net, part)).toEqual({ negativeInside: 1, positiveAcross: 0 });
    expect(partitionRecord(net, part)).toEqual({ x: 0, y: 0, z: 1 });
    expect(campList(net, part)).toEqual([{ camp: 0, members: ['x', 'y'] }, { camp: 1, members: ['z'] }]);
  });

  it('aligns the camps of a later date with the earlier ones by overlap', () => {
    const before = { a: 0, b: 0, c: 0, d: 1, e: 1 };
    // The same two groups, numbered the other way round, and c has crossed over; f is new.
    const after = { a: 1, b: 1, c: 0, d: 0, e: 0, f: 2 };
    expect(alignCamps(before, after)).toEqual({ a: 0, b: 0, c: 1, d: 1, e: 1, f: 2 });
  });
});
