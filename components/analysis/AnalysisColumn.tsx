/**
 * The explorer's Analysis column: the panel of figures for the view's filters, and what picking
 * a tie or an actor there does on the map. A stance already drawn is selected in place; one
 * outside the drawn view brings its two actors into focus first, so its evidence opens either way.
 */
import type { ReactNode } from 'react';
import type { Elements } from '@/graph/elements';
import type { SignedTie } from '@/graph/analysisTypes';
import type { ViewState } from '@/components/explorer/viewState';
import type { AnalysisState } from '@/components/analysis/useAnalysis';
import AnalysisPanel from '@/components/analysis/AnalysisPanel';

export interface AnalysisColumnProps {
  view: ViewState;
  state: AnalysisState;
  elements: Elements;
  /** Changes the view (pushes a history entry). */
  onView: (patch: Partial<ViewState>) => void;
  children?: ReactNode;
}

/** Whether the drawn view holds the stance with this id (edges carry it as `properties.id`). */
export function drawsStance(elements: Elements, stanceId: string): boolean {
  return elements.edges.some((e) => e.data.properties.id === stanceId);
}

export function drawsActor(elements: Elements, actorId: string): boolean {
  return elements.nodes.some((n) => n.data.key === actorId);
}

/** The view change that selects a tie's first stance, bringing its actors into focus when it is not drawn. */
export function selectTie(view: ViewState, elements: Elements, tie: SignedTie): Partial<ViewState> {
  const stance = tie.stanceIds[0];
  if (!stance) return {};
  const selected = { group: 'edges' as const, key: stance };
  if (drawsStance(elements, stance)) return { selected };
  return { focus: [tie.a, tie.b], expanded: [], hidden: [], ask: undefined, selected };
}

export function selectActor(view: ViewState, elements: Elements, actorId: string): Partial<ViewState> {
  const selected = { group: 'nodes' as const, key: actorId };
  if (drawsActor(elements, actorId)) return { selected };
  return { focus: [actorId], expanded: [], hidden: [], ask: undefined, selected };
}

export default function AnalysisColumn({ view, state, elements, onView, children }: AnalysisColumnProps) {
  return (
    <AnalysisPanel
      state={state}
      k={view.k}
      onK={(k) => onView({ k })}
      colourByCamp={view.colour === 'camp'}
      onColourByCamp={(on) => onView({ colour: on ? 'camp' : 'kind' })}
      network={view.net}
      onNetwork={(net) => onView({ net, selected: undefined })}
      onSelectTie={(tie) => onView(selectTie(view, elements, tie))}
      onSelectActor={(id) => onView(selectActor(view, elements, id))}
    >
      {children}
    </AnalysisPanel>
  );
}
