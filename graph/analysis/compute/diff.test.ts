import { diffNetworks, inForce } from '@/graph/analysis/compute/diff';
import type { AnalysisStance } from '@/graph/analysis/analysisTypes';

const s = (id: string, from: string, to: string, polarity: -1 | 1, date: string, until?: string): AnalysisStance => ({
  id, from, to, polarity, date, toTopic: false, kind: polarity > 0 ? 'SUPPORTS' : 'OPPOSES', ...(until ? { until } : {}),
});

describe('diff', () => {
  it('counts a stance in force from its date to its until (inclusive), or for good without one', () => {
    expect(inForce({ date: '2019-01-10' }, '2019-01-09')).toBe(false);
    expect(inForce({ date: '2019-01-10' }, '2019-01-10')).toBe(true);
    expect(inForce({ date: '2019-01-10' }, '2019-05-01')).toBe(true);
    expect(inForce({ date: '2019-01-10', until: '2019-01-20' }, '2019-01-20')).toBe(true);
    expect(inForce({ date: '2019-01-10', until: '2019-01-20' }, '2019-01-21')).toBe(false);
  });

  it('lists stances that began and ended, ties that flipped, and actors that changed camp', () => {
    const stances = [
      // Two camps, {a, b, c} against {d, e}, on 1 January.
      s('ab', 'a', 'b', 1, '2019-01-01'),
      s('ac', 'a', 'c', 1, '2019-01-01', '2019-01-15'),
      s('bc', 'b', 'c', 1, '2019-01-01', '2019-01-15'),
      s('de', 'd', 'e', 1, '2019-01-01'),
      s('ad', 'a', 'd', -1, '2019-01-01'),
      s('be', 'b', 'e', -1, '2019-01-01'),
      // By 1 February c has turned on a and b and sided with d.
      s('ca', 'c', 'a', -1, '2019-01-20'),
      s('cb', 'c', 'b', -1, '2019-01-20'),
      s('cd', 'c', 'd', 1, '2019-01-20'),
    ];
    const diff = diffNetworks(stances, '2019-01-01', '2019-02-01');
    expect(diff.began).toEqual(['ca', 'cb', 'cd']);
    expect(diff.ended).toEqual(['ac', 'bc']);
    expect(diff.flipped).toEqual([
      { a: 'a', b: 'c', from: 1, to: -1, stanceIds: ['ac', 'ca'] },
      { a: 'b', b: 'c', from: 1, to: -1, stanceIds: ['bc', 'cb'] },
    ]);
    expect(diff.changedCamp).toEqual([{ actor: 'c', from: diff.camps.from.a, to: diff.camps.from.d }]);
    // Camps aligned: a stays in its camp number, d in its.
    expect(diff.camps.to.a).toBe(diff.camps.from.a);
    expect(diff.camps.to.d).toBe(diff.camps.from.d);
    expect(Object.keys(diff.stances).sort()).toEqual(['ac', 'bc', 'ca', 'cb', 'cd']);
  });

  it('does not move an actor whose camp was a tie either way on both dates', () => {
    // x, y, z mutual enemies: one of them must share a camp with an enemy, and any one will do.
    const triangle = [s('xy', 'x', 'y', -1, '2019-01-01'), s('yz', 'y', 'z', -1, '2019-01-01'), s('xz', 'x', 'z', -1, '2019-01-01')];
    for (const later of [s('wx', 'w', 'x', 1, '2019-01-10'), s('wz', 'w', 'z', 1, '2019-01-10'), s('wy', 'w', 'y', 1, '2019-01-10')]) {
      expect(diffNetworks([...triangle, later], '2019-01-05', '2019-01-20').changedCamp).toEqual([]);
    }
  });

  it('answers an empty diff for the same date', () => {
    const diff = diffNetworks([s('ab', 'a', 'b', 1, '2019-01-01')], '2019-01-05', '2019-01-05');
    expect(diff).toMatchObject({ began: [], ended: [], flipped: [], changedCamp: [] });
  });
});
