import { pathSign } from '@/graph/paths';

describe('graph/paths', () => {
  describe('pathSign', () => {
    it('multiplies polarities: the enemy of my enemy is a friend', () => {
      expect(pathSign([-1, -1])).toBe(1);
      expect(pathSign([1, -1])).toBe(-1);
      expect(pathSign([1, 1, 1])).toBe(1);
      expect(pathSign([1, 0, -1])).toBe(0);
      expect(pathSign([])).toBe(1);
    });
  });
});
