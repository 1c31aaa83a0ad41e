/**
 * `/api/analysis` and `/api/analysis/diff`: the stances in view read from Neo4j
 * (graph/analysis/stancesInView.ts), analysed by the pure code in graph/analysis/.
 */
import { readStancesInView } from '@/graph/analysis/stancesInView';
import { analyse } from '@/graph/analysis/compute/analyse';
import { diffNetworks } from '@/graph/analysis/compute/diff';
import type { AnalysisQuery, AnalysisResponse, DiffQuery, DiffResponse } from '@/graph/analysis/analysisTypes';

export async function analyseView(query: AnalysisQuery): Promise<AnalysisResponse> {
  const { stances, actors, topics } = await readStancesInView(query);
  return { ...analyse(stances, actors, query), topics };
}

export async function diffView(query: DiffQuery): Promise<DiffResponse> {
  // Everything taken by the later date; the diff itself decides what was in force on each day.
  const { from, to, ...filters } = query;
  const { stances } = await readStancesInView({ ...filters, onOrBefore: to });
  return diffNetworks(stances, from, to, query);
}
