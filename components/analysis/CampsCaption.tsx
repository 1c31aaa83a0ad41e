/**
 * The caption over the camps layout: which camp stands on which side, named by its most
 * connected actors on the map, from the computed partition (the analysis, not the focus, decides
 * the sides). Says so while the camps are being worked out, and when there are none.
 */
import type { Elements } from '@/graph/model/elements';
import type { AnalysisState } from '@/components/analysis/useAnalysis';
import { campsOf } from '@/components/analysis/useAnalysis';
import { campColour, campName } from '@/components/analysis/campColours';
import styles from '@/components/explorer/explorer.module.css';

/** The (up to) two most connected drawn members of `camp`, by name. */
export function campLeaders(elements: Elements, camps: ReadonlyMap<string, number>, camp: number, count = 2): string[] {
  const degree = new Map<string, number>();
  for (const { data } of elements.edges) for (const end of [data.source, data.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  return elements.nodes
    .filter((n) => n.data.key !== undefined && camps.get(n.data.key) === camp)
    .sort((a, b) => (degree.get(b.data.id) ?? 0) - (degree.get(a.data.id) ?? 0) || a.data.label.localeCompare(b.data.label))
    .slice(0, count)
    .map((n) => n.data.label);
}

export default function CampsCaption({ state, elements }: { state: AnalysisState; elements: Elements }) {
  if (state.status === 'error') return <p className={styles.campsCaption}>The camps could not be worked out: {state.error}</p>;
  if (state.status !== 'ready') return <p className={styles.campsCaption}>Working out the camps…</p>;
  const camps = campsOf(state.data);
  if (new Set(camps.values()).size < 2) return <p className={styles.campsCaption}>Nobody in view opposes anybody, so there are no camps: showing the force-directed layout.</p>;
  const side = (camp: number) => {
    const leaders = campLeaders(elements, camps, camp);
    return `${campName(camp)}${leaders.length > 0 ? `: ${leaders.join(', ')}` : ''}`;
  };
  return (
    <p className={styles.campsCaption} data-testid="camps-caption">
      <span style={{ color: campColour(0) }}>← {side(0)}</span>
      <span>in neither camp</span>
      <span style={{ color: campColour(1) }}>{side(1)} →</span>
    </p>
  );
}
