import { chainSign, groupChains, signWords } from '@/graph/model/chains';

describe('graph/model/chains', () => {
  describe('chainSign', () => {
    it('multiplies polarities: the enemy of my enemy is a friend, a neutral step makes it 0', () => {
      expect(chainSign([-1, -1])).toBe(1);
      expect(chainSign([1, -1])).toBe(-1);
      expect(chainSign([1, 1, 1])).toBe(1);
      expect(chainSign([1, 0, -1])).toBe(0);
      expect(chainSign([])).toBe(1);
    });
  });

  describe('groupChains', () => {
    const chain = (id: string, length: number, sign: -1 | 0 | 1) => ({ id, length, sign });

    it('groups by length, shortest first, then by sign (aligning, opposing, neutral), counting each group', () => {
      const groups = groupChains([chain('a', 3, 0), chain('b', 1, -1), chain('c', 3, -1), chain('d', 2, -1), chain('e', 3, 1), chain('f', 3, -1)]);
      expect(groups.map(({ length, sign, count }) => ({ length, sign, count }))).toEqual([
        { length: 1, sign: -1, count: 1 },
        { length: 2, sign: -1, count: 1 },
        { length: 3, sign: 1, count: 1 },
        { length: 3, sign: -1, count: 2 },
        { length: 3, sign: 0, count: 1 },
      ]);
    });

    it('keeps the given order of chains within a group, and every chain in exactly one group', () => {
      const chains = [chain('x', 2, 1), chain('y', 2, 1), chain('z', 2, -1), chain('w', 2, 1)];
      const groups = groupChains(chains);
      expect(groups[0]?.paths.map((p) => p.id)).toEqual(['x', 'y', 'w']);
      expect(groups.flatMap((g) => g.paths).length).toBe(chains.length);
      expect(groupChains([])).toEqual([]);
    });
  });

  it('names what a sign does to the two ends', () => {
    expect([signWords(1), signWords(-1), signWords(0)]).toEqual(['aligning them', 'setting them against each other', 'through a neutral tie']);
  });
});
