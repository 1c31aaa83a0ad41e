import { frustrationSentence, misfitReason, tieSentence, trianglesSentence, walkSentence } from '@/components/analysis/sentences';

type Balance = Parameters<typeof trianglesSentence>[0];
const balance = (patch: Partial<{ triangles: number; balanced: number; F: number; method: 'exact' | 'heuristic'; lower: number; walk: number | null }>): Balance => {
  const triangles = patch.triangles ?? 68;
  const balanced = patch.balanced ?? 59;
  const F = patch.F ?? 7;
  return {
    triangles: { triangles, balanced, ratio: triangles === 0 ? null : balanced / triangles },
    walk: { value: patch.walk === undefined ? 0.3575761 : patch.walk, method: 'exact' },
    frustration: { value: F, method: patch.method ?? 'exact', lowerBound: patch.lower ?? F, upperBound: F, normalised: 1 - F / 29 },
  };
};

describe('components/analysis/sentences', () => {
  it('states the triangle balance of the tribes network with its counts', () => {
    expect(trianglesSentence(balance({}))).toBe('87% of triangles are balanced (59 of 68 triangles).');
    expect(trianglesSentence(balance({ triangles: 0, balanced: 0 }))).toMatch(/^No three actors/);
  });

  it('says an exact frustration index plainly and a heuristic one as a bound', () => {
    expect(frustrationSentence(balance({}))).toBe('7 ties keep the network from splitting cleanly into two camps.');
    expect(frustrationSentence(balance({ F: 1 }))).toBe('1 tie keeps the network from splitting cleanly into two camps.');
    expect(frustrationSentence(balance({ F: 0 }))).toMatch(/split cleanly into two camps/);
    expect(frustrationSentence(balance({ F: 40, method: 'heuristic', lower: 31 }))).toMatch(/^At most 40 ties \(at least 31\)/);
  });

  it('gives the walk-based balance to two decimals, and nothing for an empty network', () => {
    expect(walkSentence(balance({}))).toBe('Walk-based balance 0.36 on a scale where 1 is perfectly balanced.');
    expect(walkSentence(balance({ walk: null }))).toBeNull();
  });

  it('names both actors of a tie, its sign and how many stances it rests on', () => {
    const names = new Map([['a', 'Alpha'], ['b', 'Beta']]);
    expect(tieSentence({ a: 'a', b: 'b', sign: -1, stanceIds: ['s1', 's2'] }, names)).toBe('Alpha – Beta: hostile (2 stances)');
    expect(tieSentence({ a: 'a', b: 'zeta', sign: 1, stanceIds: ['s1'] }, names)).toBe('Alpha – zeta: friendly (1 stance)');
    expect(misfitReason({ a: 'a', b: 'b', sign: -1, stanceIds: [] })).toBe('hostile inside one camp');
    expect(misfitReason({ a: 'a', b: 'b', sign: 1, stanceIds: [] })).toBe('friendly across camps');
  });
});
