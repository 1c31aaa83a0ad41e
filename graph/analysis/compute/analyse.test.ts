import { analyse } from '@/graph/analysis/compute/analyse';
import { AnalysisResponse } from '@/graph/analysis/analysisTypes';
import { ONE_CAMP, TWO_CAMPS, UNBALANCED_TRIANGLE, actorsOf, tribesStances } from '@/graph/analysis/compute/testNetworks';

describe('analyse', () => {
  it('gives every published value for the highland tribes, in the API shape', () => {
    const stances = tribesStances();
    const answer = AnalysisResponse.parse(analyse(stances, actorsOf(stances), { k: 3, alpha: 0.5 }));
    expect(answer.network).toMatchObject({ actors: 16, ties: 58, positive: 29, negative: 29 });
    expect(answer.balance?.triangles).toEqual({ triangles: 68, balanced: 59, ratio: expect.closeTo(0.8676471, 7) });
    expect(answer.balance?.walk).toEqual({ value: expect.closeTo(0.3575761, 7), method: 'exact' });
    expect(answer.balance?.frustration).toEqual({ value: 7, method: 'exact', lowerBound: 7, upperBound: 7, normalised: expect.closeTo(0.7586207, 7) });
    expect(answer.camps?.twoCamps.misfits).toHaveLength(7);
    expect(answer.camps?.blockmodel).toMatchObject({ k: 3, alpha: 0.5, criterion: 2 });
    expect(answer.camps?.blockmodel.misfits).toHaveLength(2);
    expect(answer.camps?.used).toBe('blockmodel');
    expect(answer.triangles?.total).toBe(9);
    // Each actor's misfits add up to twice the misfit ties (each has two ends).
    expect(answer.actors.reduce((sum, a) => sum + a.misfits, 0)).toBe(4);
    // Every stance named is in the index.
    for (const t of answer.triangles?.unbalanced ?? []) for (const tie of t.ties) for (const id of tie.stanceIds) expect(answer.stances[id]).toBeDefined();
  });

  it('answers obvious values for hand-made networks', () => {
    const two = analyse(TWO_CAMPS, actorsOf(TWO_CAMPS));
    expect(two.balance?.frustration.value).toBe(0);
    expect(two.camps?.twoCamps.camps.map((c) => c.members)).toEqual([['a1', 'a2', 'a3'], ['b1', 'b2', 'b3']]);
    expect(two.actors.find((a) => a.id === 'a1')).toMatchObject({ positive: 2, negative: 3, camp: 0, misfits: 0 });

    const triangle = analyse(UNBALANCED_TRIANGLE, actorsOf(UNBALANCED_TRIANGLE));
    expect(triangle.balance?.triangles.ratio).toBe(0);
    expect(triangle.triangles?.unbalanced).toHaveLength(1);
    expect(triangle.camps?.twoCamps.misfits).toHaveLength(1);

    const one = analyse(ONE_CAMP, actorsOf(ONE_CAMP));
    expect(one.camps?.twoCamps.camps).toEqual([{ camp: 0, members: ['p', 'q', 'r', 's'] }]);
    expect(one.balance?.walk.value).toBeCloseTo(1, 10);
  });

  it('answers an empty network without failing', () => {
    const empty = AnalysisResponse.parse(analyse([], []));
    expect(empty.network).toMatchObject({ actors: 0, ties: 0 });
    expect(empty.balance).toEqual({
      triangles: { triangles: 0, balanced: 0, ratio: null },
      walk: { value: null, method: 'exact' },
      frustration: { value: 0, method: 'exact', lowerBound: 0, upperBound: 0, normalised: null },
    });
    expect(empty.camps?.twoCamps.camps).toEqual([]);
    expect(empty.actors).toEqual([]);
  });

  it('computes only the measures asked for', () => {
    const answer = analyse(TWO_CAMPS, actorsOf(TWO_CAMPS), { measures: ['triangles'] });
    expect(answer.balance).toBeUndefined();
    expect(answer.camps).toBeUndefined();
    expect(answer.triangles).toBeDefined();
    expect(answer.actors.every((a) => a.camp === null)).toBe(true);
  });
});
