/**
 * The explorer's data when it draws the congruence or conflict network instead of the stances:
 * built from the analysis answer (congruenceElements.ts), with a summary that says what an edge
 * means. Null while the map draws stances.
 */
import { useMemo } from 'react';
import type { ExplorerData } from '@/components/explorer/useExplorerData';
import type { ViewState } from '@/components/explorer/viewState';
import type { AnalysisState } from '@/components/analysis/useAnalysis';
import { congruenceElements } from '@/components/analysis/congruenceElements';

const EMPTY = { nodes: [], edges: [] };

function humanise(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function useTopicNetwork(view: ViewState | null, analysis: AnalysisState, bounds: ExplorerData['bounds']): ExplorerData | null {
  const net = view?.net ?? 'stances';
  return useMemo(() => {
    if (net === 'stances') return null;
    const base = { total: null, truncated: false, bounds, focusIds: [] };
    if (analysis.status === 'error') return { ...base, status: 'error', elements: EMPTY, summary: null, error: analysis.error };
    if (analysis.status !== 'ready') return { ...base, status: 'loading', elements: EMPTY, summary: null, error: null };
    const topicName = (id: string) => analysis.data.topics?.[id] ?? humanise(id);
    const elements = congruenceElements(analysis.data, net, topicName);
    const summary =
      net === 'congruence'
        ? `Congruence network: ${elements.nodes.length} actors joined where they take the same side on the same topics (${elements.edges.length} pairs; the wider the line, the more topics).`
        : `Conflict network: ${elements.nodes.length} actors joined where they take opposite sides on the same topics (${elements.edges.length} pairs; the wider the line, the more topics).`;
    return { ...base, status: 'ready', elements, summary, error: null, truncated: analysis.data.congruence?.truncated ?? false };
  }, [net, analysis, bounds]);
}
