/**
 * The stance budget of a graph view (`/api/graph?stances=`): a view keeps the longest head of
 * its ranked actors (most connected first, or the focus and then nearest) whose stances among
 * themselves fit the budget, and every one of those stances. Cutting actors rather than stances
 * keeps what a view says true: two actors drawn without a line between them have no matching
 * stance between them. At a million stances the 300 most connected actors hold ~6,000 stances
 * among them (2.5 MB and ~1.7 s to draw); the default budget keeps the first view light.
 * Pure: the counts come from graph/views/neighbourhood.ts.
 */
import { FIRST_VIEW_ACTORS, MAX_STANCE_BUDGET } from '@/graph/views/viewTypes';

/**
 * The budget of a view whose request names none. At `FIRST_VIEW_ACTORS` it is one stance per
 * actor: what the explorer draws as fast as the seeded crisis's 102 stances on two cores
 * (bench:explorer, docs/benchmarks.md), ~300 stances among the ~18 most connected actors of a
 * million-stance graph, where 3 per actor (894 among 49) opened ~1.25x later. It grows with the
 * square of `limit` because the stances among the n most connected actors of a dense core grow
 * about as n squared: each *Load more* (twice the actors) then draws about twice the actors,
 * and the largest views (5,000 actors) may still hold the 14,000-stance canvases the levels of
 * detail are made for.
 */
export function defaultStanceBudget(limit: number): number {
  return Math.min(MAX_STANCE_BUDGET, Math.ceil((limit * Math.max(limit, FIRST_VIEW_ACTORS)) / FIRST_VIEW_ACTORS));
}

/** `count` stances have both ends among the first `last + 1` ranked actors, one of them at `last`. */
export interface StancesUpTo {
  last: number;
  count: number;
}

/**
 * How many of the first `actors` ranked actors the view keeps: as many as it can while the
 * stances among them fit `budget`. Never fewer than `keep` (the focus: what the user asked to
 * see), and never so few that the view is empty while a stance exists: then it keeps the head
 * that holds the first stance, however many stances that is.
 */
export function actorsWithin(counts: readonly StancesUpTo[], actors: number, budget: number, keep = 0): number {
  const perLast = new Map<number, number>();
  for (const { last, count } of counts) perLast.set(last, (perLast.get(last) ?? 0) + count);
  const firstStance = Math.min(...perLast.keys());
  const floor = Math.min(actors, Math.max(keep, Number.isFinite(firstStance) ? firstStance + 1 : 0));
  let stances = 0;
  for (let i = 0; i < actors; i++) {
    stances += perLast.get(i) ?? 0;
    if (stances > budget) return Math.max(i, floor);
  }
  return actors;
}
