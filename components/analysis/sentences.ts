/**
 * The Analysis panel's figures in words. Pure, so each sentence is tested against the numbers
 * it states: a sentence never says more than the figure (an estimate reads as one, a heuristic
 * frustration index as "at most").
 */
import type { AnalysisResponse, SignedTie } from '@/graph/analysis/analysisTypes';

type Balance = NonNullable<AnalysisResponse['balance']>;

const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function trianglesSentence(balance: Balance): string {
  const { triangles, balanced, ratio } = balance.triangles;
  if (triangles === 0 || ratio === null) return 'No three actors are all tied to one another, so no triangle can be balanced or not.';
  return `${percent(ratio)} of triangles are balanced (${balanced} of ${plural(triangles, 'triangle')}).`;
}

export function frustrationSentence(balance: Balance): string {
  const { value, method, lowerBound } = balance.frustration;
  if (value === 0) return 'The ties split cleanly into two camps: friends inside each, enemies across.';
  const ties = plural(value, 'tie');
  if (method === 'exact') return `${ties} keep${value === 1 ? 's' : ''} the network from splitting cleanly into two camps.`;
  return `At most ${ties} (at least ${lowerBound}) keep the network from splitting cleanly into two camps; found by a heuristic search, as the network is too large for an exact count.`;
}

export function walkSentence(balance: Balance): string | null {
  const { value, method } = balance.walk;
  if (value === null) return null;
  return `Walk-based balance ${value.toFixed(2)} on a scale where 1 is perfectly balanced${method === 'estimate' ? ' (estimated)' : ''}.`;
}

/** "Juan Guaidó – Nicolás Maduro: hostile (2 stances)". */
export function tieSentence(tie: SignedTie, names: ReadonlyMap<string, string>): string {
  const a = names.get(tie.a) ?? tie.a;
  const b = names.get(tie.b) ?? tie.b;
  return `${a} – ${b}: ${tie.sign > 0 ? 'friendly' : 'hostile'} (${plural(tie.stanceIds.length, 'stance')})`;
}

/** Why a tie does not fit the camps it joins. */
export function misfitReason(tie: SignedTie): string {
  return tie.sign < 0 ? 'hostile inside one camp' : 'friendly across camps';
}
