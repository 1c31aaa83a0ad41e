/**
 * Congruence and conflict networks from actor -> topic stances, as Discourse Network Analyzer
 * computes them (Leifeld 2017, "Discourse network analysis"): two actors are congruent on a topic
 * when they take the same side on it and in conflict when they take opposite sides; the weight
 * of a tie is the number of such topics. An actor's side on a topic combines its stances to the
 * topic by the same rule as actor ties (neutral stances take no side).
 */
import type { AnalysisStance, Congruence, TieRule, TopicTie } from '@/graph/analysis/analysisTypes';
import { combine } from '@/graph/analysis/compute/signedNetwork';

export function congruenceNetworks(stances: readonly AnalysisStance[], rule: TieRule = 'sum', limit = Infinity): Congruence {
  // topic -> actor -> its stances on the topic
  const byTopic = new Map<string, Map<string, AnalysisStance[]>>();
  for (const s of stances) {
    if (!s.toTopic || s.polarity === 0) continue;
    const actors = byTopic.get(s.to) ?? new Map<string, AnalysisStance[]>();
    actors.set(s.from, [...(actors.get(s.from) ?? []), s]);
    byTopic.set(s.to, actors);
  }
  const congruence = new Map<string, TopicTie>();
  const conflict = new Map<string, TopicTie>();
  for (const topic of [...byTopic.keys()].sort()) {
    const sides = [...byTopic.get(topic)!.entries()]
      .map(([actor, list]) => ({ actor, side: combine(list, rule), ids: list.map((s) => s.id) }))
      .filter((x) => x.side !== 0)
      .sort((x, y) => (x.actor < y.actor ? -1 : 1));
    for (let i = 0; i < sides.length; i++) {
      for (let j = i + 1; j < sides.length; j++) {
        const x = sides[i]!;
        const y = sides[j]!;
        const target = x.side === y.side ? congruence : conflict;
        const key = `${x.actor}\u0000${y.actor}`;
        const tie = target.get(key) ?? { a: x.actor, b: y.actor, weight: 0, topics: [], stanceIds: [] };
        tie.weight++;
        tie.topics.push(topic);
        tie.stanceIds.push(...x.ids, ...y.ids);
        target.set(key, tie);
      }
    }
  }
  const ranked = (ties: Map<string, TopicTie>) =>
    [...ties.values()].sort((x, y) => y.weight - x.weight || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1)).map((t) => ({ ...t, stanceIds: t.stanceIds.sort() }));
  const all = { congruence: ranked(congruence), conflict: ranked(conflict) };
  return {
    congruence: all.congruence.slice(0, limit),
    conflict: all.conflict.slice(0, limit),
    truncated: all.congruence.length > limit || all.conflict.length > limit,
  };
}
