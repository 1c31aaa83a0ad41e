/**
 * The explorer's Analysis column: the panel of figures for the view's filters, and what picking
 * a tie or an actor there does on the map. A stance already drawn is selected in place; one
 * outside the drawn view brings its two actors into focus first, so its evidence opens either way.
 */
import type { ReactNode } from 'react';
import type { Elements } from '@/graph/model/elements';
import type { ViewState } from '@/components/explorer/viewState';
import type { AnalysisState } from '@/components/analysis/useAnalysis';
import type cytoscape from 'cytoscape';
import AnalysisPanel from '@/components/analysis/AnalysisPanel';
import { selectActor, selectStance, selectTie } from '@/components/analysis/selection';
import { TimelinePanel } from '@/components/timeline';
import { stanceFilterParams } from '@/components/explorer/useExplorerData';

export interface AnalysisColumnProps {
  view: ViewState;
  state: AnalysisState;
  elements: Elements;
  /** Changes the view: a new history entry, or (`replace`) in place, as each step of the timeline does. */
  onView: (patch: Partial<ViewState>, mode?: 'push' | 'replace') => void;
  /** The canvas, which the timeline shows as it stood on the chosen day. */
  cy: cytoscape.Core | null;
  children?: ReactNode;
}

export default function AnalysisColumn({ view, state, elements, onView, cy, children }: AnalysisColumnProps) {
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
      <TimelinePanel
        filtersQuery={stanceFilterParams(view)}
        at={view.at}
        onAt={(at) => onView({ at }, 'replace')}
        compare={view.cmp}
        onCompare={(cmp) => onView({ cmp })}
        onSelectStance={(stanceId) => onView(selectStance(elements, stanceId))}
        cy={cy}
      />
      {children}
    </AnalysisPanel>
  );
}
