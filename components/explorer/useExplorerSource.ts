/**
 * Which data the explorer draws. Three sources: the stances a view asks for (useExplorerData),
 * the congruence or conflict network built from the analysis (useTopicNetwork), or the result
 * of a Cypher console query handed over with "Open in explorer" (useHandoff).
 */
import { useMemo } from 'react';
import type { Elements } from '@/graph/model/elements';
import type { ViewState } from '@/components/explorer/viewState';
import { useExplorerData, type ExplorerData } from '@/components/explorer/useExplorerData';
import { campsOf, useAnalysis, type AnalysisState } from '@/components/analysis/useAnalysis';
import { useTopicNetwork } from '@/components/analysis/useTopicNetwork';
import { useHandoff } from '@/components/console/useHandoff';

export interface SourceChoice {
  stances: ExplorerData;
  topicNetwork: ExplorerData | null;
  /** The elements of a console hand-off, while the address asks for it. */
  handoff: Elements | null;
  /** The camps layout draws the computed camps: the view is loading until they are known. */
  campsPending: boolean;
}

/** The data to draw: a hand-off wins (the address asks for it), then a topic network, then the stances. */
export function pickSource({ stances, topicNetwork, handoff, campsPending }: SourceChoice): ExplorerData {
  if (handoff) {
    const summary = `Result of a Cypher console query: ${handoff.nodes.length} nodes, ${handoff.edges.length} relationships.`;
    return { ...stances, status: 'ready', error: null, elements: handoff, focusIds: [], total: null, truncated: false, summary };
  }
  return topicNetwork ?? (campsPending ? { ...stances, status: 'loading' } : stances);
}

/** Whether a view shows the analysis: the panel, colour by camp, the camps layout or a topic network. */
export function showsAnalysis(view: ViewState): boolean {
  return view.analysis || view.colour === 'camp' || view.layout === 'camps' || view.net !== 'stances';
}

export interface ExplorerSource {
  data: ExplorerData;
  /** Fetches the stances again (after an edit), keeping them shown meanwhile. */
  reload: () => void;
  analysis: AnalysisState;
  /** Actor id -> camp, once the analysis is ready. */
  partition: ReadonlyMap<string, number> | null;
  /** Whether the view is a console hand-off. */
  handoff: boolean;
}

export function useExplorerSource(view: ViewState | null, handoffActive: boolean): ExplorerSource {
  const stances = useExplorerData(view);
  // The analysis runs only while something shows it.
  const analysis = useAnalysis(view, Boolean(view && showsAnalysis(view)));
  const topicNetwork = useTopicNetwork(view, analysis, stances.bounds);
  const campsPending = view?.layout === 'camps' && (analysis.status === 'loading' || analysis.status === 'idle');
  const handoff = useHandoff(handoffActive);
  const handoffElements = handoff?.elements ?? null;
  const data = useMemo(() => pickSource({ stances, topicNetwork, handoff: handoffElements, campsPending }), [stances, topicNetwork, handoffElements, campsPending]);
  const partition = useMemo(() => (analysis.status === 'ready' ? campsOf(analysis.data) : null), [analysis]);
  return { data, reload: stances.reload, analysis, partition, handoff: handoff !== null };
}
