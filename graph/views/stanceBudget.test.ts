import { actorsWithin, defaultStanceBudget } from '@/graph/views/stanceBudget';
import { FIRST_VIEW_ACTORS, MAX_STANCE_BUDGET } from '@/graph/views/viewTypes';

describe('stanceBudget', () => {
  describe('actorsWithin', () => {
    it('keeps every actor when their stances fit the budget', () => {
      expect(actorsWithin([{ last: 1, count: 2 }, { last: 3, count: 4 }], 5, 6)).toBe(5);
    });

    it('cuts before the first actor whose stances would take the view over the budget', () => {
      // Through actor 2: 3 stances; actor 3 brings 4 more, 7 > 5.
      expect(actorsWithin([{ last: 1, count: 1 }, { last: 2, count: 2 }, { last: 3, count: 4 }, { last: 4, count: 1 }], 6, 5)).toBe(3);
    });

    it('adds up counts given twice for the same actor', () => {
      // Counted once, actor 2 would bring 2 stances (4 in all) and fit.
      expect(actorsWithin([{ last: 1, count: 2 }, { last: 2, count: 2 }, { last: 2, count: 2 }], 4, 5)).toBe(2);
    });

    it('never cuts the focus, even past the budget', () => {
      expect(actorsWithin([{ last: 1, count: 50 }, { last: 2, count: 1 }], 4, 10, 2)).toBe(2);
    });

    it('keeps the head holding the first stance rather than drawing nothing', () => {
      // The two most connected actors share 1,500 stances: over a budget of 900, but an empty view would say less.
      expect(actorsWithin([{ last: 1, count: 1_500 }, { last: 2, count: 10 }], 300, 900)).toBe(2);
    });

    it('answers the actors asked for when there are no stances at all', () => {
      expect(actorsWithin([], 7, 900)).toBe(7);
      expect(actorsWithin([], 0, 900)).toBe(0);
    });
  });

  describe('defaultStanceBudget', () => {
    it('gives the first view one stance per actor, and smaller views no more than one each', () => {
      expect(defaultStanceBudget(FIRST_VIEW_ACTORS)).toBe(300);
      expect(defaultStanceBudget(150)).toBe(150);
      expect(defaultStanceBudget(5)).toBe(5);
      expect(defaultStanceBudget(1)).toBe(1);
    });

    it('grows with the square of the actors past the first view, so Load more keeps adding actors', () => {
      expect(defaultStanceBudget(600)).toBe(1_200);
      expect(defaultStanceBudget(1_200)).toBe(4_800);
      // The largest view may hold a 14,286-stance canvas, within the most a request may ask.
      expect(defaultStanceBudget(2_400)).toBe(19_200);
      expect(defaultStanceBudget(5_000)).toBe(MAX_STANCE_BUDGET);
    });
  });
});
