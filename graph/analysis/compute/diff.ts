/**
 * How the network moved between two dates. A stance is in force on day d when it was taken on or
 * before d and not closed before d (date <= d and (no until or until >= d)). The answer lists
 * the stances that began and ended, the ties whose sign flipped, and the actors whose camp
 * changed, with the later camps aligned to the earlier ones by greatest overlap (partition.ts),
 * since camp numbers alone mean nothing from one date to the next.
 */
import type { AnalysisStance, DiffResponse, TieRule } from '@/graph/analysis/analysisTypes';
import { buildSignedNetwork } from '@/graph/analysis/compute/signedNetwork';
import { campPartition } from '@/graph/analysis/compute/camps';
import { alignCamps, partitionRecord } from '@/graph/analysis/compute/partition';
import { stanceIndex } from '@/graph/analysis/compute/analyse';

export function inForce(stance: Pick<AnalysisStance, 'date' | 'until'>, day: string): boolean {
  return stance.date <= day && (stance.until === undefined || stance.until >= day);
}

export interface DiffOptions {
  rule?: TieRule;
  k?: number;
  alpha?: number;
}

export function diffNetworks(stances: readonly AnalysisStance[], from: string, to: string, options: DiffOptions = {}): DiffResponse {
  const { rule = 'sum', k = 2, alpha = 0.5 } = options;
  const before = stances.filter((s) => inForce(s, from));
  const after = stances.filter((s) => inForce(s, to));
  const beforeIds = new Set(before.map((s) => s.id));
  const afterIds = new Set(after.map((s) => s.id));
  const began = after.filter((s) => !beforeIds.has(s.id)).map((s) => s.id).sort();
  const ended = before.filter((s) => !afterIds.has(s.id)).map((s) => s.id).sort();

  const netBefore = buildSignedNetwork(before, rule);
  const netAfter = buildSignedNetwork(after, rule);
  const tiesBefore = new Map(netBefore.ties.map((t) => [`${t.a}\u0000${t.b}`, t]));
  const flipped: DiffResponse['flipped'] = [];
  for (const tie of netAfter.ties) {
    const old = tiesBefore.get(`${tie.a}\u0000${tie.b}`);
    if (old && old.sign !== tie.sign) flipped.push({ a: tie.a, b: tie.b, from: old.sign, to: tie.sign, stanceIds: [...new Set([...old.stanceIds, ...tie.stanceIds])].sort() });
  }

  const campsBefore = partitionRecord(netBefore, campPartition(netBefore, k, alpha));
  // Of several equally good splits on the later date, keep the one closest to the earlier camps:
  // an actor should not "change camp" only because the search broke a tie the other way.
  const prefer = Int32Array.from(netAfter.actors, (id) => campsBefore[id] ?? 0);
  const campsAfter = alignCamps(campsBefore, partitionRecord(netAfter, campPartition(netAfter, k, alpha, prefer)));
  const changedCamp = Object.keys(campsAfter)
    .filter((actor) => campsBefore[actor] !== undefined && campsBefore[actor] !== campsAfter[actor])
    .sort()
    .map((actor) => ({ actor, from: campsBefore[actor]!, to: campsAfter[actor]! }));

  const named = [...began, ...ended, ...flipped.flatMap((f) => f.stanceIds)];
  return { from, to, began, ended, flipped, changedCamp, camps: { from: campsBefore, to: campsAfter }, stances: stanceIndex(stances, named) };
}
