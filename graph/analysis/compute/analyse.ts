/**
 * The whole analysis of the stances in view, as `/api/analysis` answers it: builds the signed
 * actor network once, runs the measures asked for, and indexes the stances the answer names.
 */
import type { AnalysisActor, AnalysisResponse, AnalysisStance, Measure, TieRule } from '@/graph/analysis/analysisTypes';
import { buildSignedNetwork } from '@/graph/analysis/compute/signedNetwork';
import { triangleBalance } from '@/graph/analysis/compute/triangles';
import { walkBalance } from '@/graph/analysis/compute/walkBalance';
import { frustration } from '@/graph/analysis/compute/frustration';
import { camps as campsOf } from '@/graph/analysis/compute/camps';
import { brokersAndMediators } from '@/graph/analysis/compute/brokers';
import { congruenceNetworks } from '@/graph/analysis/compute/congruence';
import { actorFigures } from '@/graph/analysis/compute/figures';

export interface AnalysisOptions {
  measures: readonly Measure[];
  k: number;
  alpha: number;
  rule: TieRule;
  /** Longest list answered of misfits, triangles and congruence ties. */
  limit: number;
}

export const DEFAULT_OPTIONS: AnalysisOptions = { measures: ['balance', 'camps', 'brokers', 'triangles', 'congruence'], k: 2, alpha: 0.5, rule: 'sum', limit: 1000 };

/** The stances named anywhere in an answer, by id. */
export function stanceIndex(stances: readonly AnalysisStance[], named: Iterable<string>): AnalysisResponse['stances'] {
  const wanted = new Set(named);
  const out: AnalysisResponse['stances'] = {};
  for (const s of stances) {
    if (!wanted.has(s.id)) continue;
    out[s.id] = { from: s.from, to: s.to, kind: s.kind, polarity: s.polarity, date: s.date, ...(s.until === undefined ? {} : { until: s.until }) };
  }
  return out;
}

export function analyse(stances: readonly AnalysisStance[], actors: readonly AnalysisActor[], options: Partial<AnalysisOptions> = {}): AnalysisResponse {
  const { measures, k, alpha, rule, limit } = { ...DEFAULT_OPTIONS, ...options };
  const wants = (m: Measure) => measures.includes(m);
  const net = buildSignedNetwork(stances, rule);
  const positive = net.ties.filter((t) => t.sign > 0).length;
  const answer: AnalysisResponse = {
    network: { rule, stances: stances.length, actors: net.actors.length, ties: net.ties.length, positive, negative: net.ties.length - positive },
    actors: [],
    stances: {},
  };
  const needsTriangles = wants('balance') || wants('triangles');
  const needsCamps = wants('camps') || wants('brokers');
  const tri = needsTriangles ? triangleBalance(net, limit) : null;
  const twoCamps = wants('balance') || needsCamps ? frustration(net) : null;
  if (wants('balance') && tri && twoCamps) {
    answer.balance = {
      triangles: { triangles: tri.triangles, balanced: tri.balanced, ratio: tri.ratio },
      walk: walkBalance(net),
      frustration: {
        value: twoCamps.value,
        method: twoCamps.method,
        lowerBound: twoCamps.lowerBound,
        upperBound: twoCamps.upperBound,
        normalised: net.ties.length === 0 ? null : 1 - twoCamps.value / (net.ties.length / 2),
      },
    };
  }
  const campResult = needsCamps && twoCamps ? campsOf(net, k, alpha, limit, twoCamps) : null;
  if (campResult && wants('camps')) answer.camps = campResult.camps;
  if (campResult && wants('brokers')) answer.brokers = brokersAndMediators(net, campResult.used, limit);
  if (tri && wants('triangles')) answer.triangles = tri.unbalanced;
  if (wants('congruence')) answer.congruence = congruenceNetworks(stances, rule, limit);
  answer.actors = actorFigures(net, actors, campResult?.used ?? null, campResult?.misfits ?? []);

  const named: string[] = [];
  const fromTies = (ties: readonly { stanceIds: string[] }[]) => ties.forEach((t) => named.push(...t.stanceIds));
  if (answer.camps) {
    fromTies(answer.camps.twoCamps.misfits);
    fromTies(answer.camps.blockmodel.misfits);
  }
  if (answer.brokers) [...answer.brokers.brokers, ...answer.brokers.mediators].forEach((b) => fromTies(b.camps));
  answer.triangles?.unbalanced.forEach((t) => fromTies(t.ties));
  if (answer.congruence) fromTies([...answer.congruence.congruence, ...answer.congruence.conflict]);
  answer.stances = stanceIndex(stances, named);
  return answer;
}
