/**
 * What is selected in the explorer. An actor or stance is the URL's (`sel=`), so a shared address
 * opens with it; a group of actors or bundle of stances the canvas draws as one node
 * (aggregate.ts) is the canvas' own, since another load of the view may group differently.
 */
import { useMemo, useState } from 'react';
import type { Selection } from '@/components/graph/GraphCanvas';
import { isAggregate } from '@/components/graph/aggregate';
import type { ExplorerData } from '@/components/explorer/useExplorerData';
import type { ViewState } from '@/components/explorer/viewState';
import { select, type ExplorerAction } from '@/components/explorer/explorerActions';
import { toRef, toSelection } from '@/components/explorer/answers';
import { useLevelOfDetail, type LevelOfDetailState } from '@/components/explorer/useLevelOfDetail';

export interface ExplorerSelection {
  /** The actor or stance selected, as the canvas and lists name it. */
  selection: Selection | null;
  /** The group or bundle selected on the canvas, if any: its panel replaces the details. */
  groupSelected: Selection | null;
  onSelect: (next: Selection | null) => void;
  /** Large views are drawn with groups of the less connected actors (useLevelOfDetail). */
  lod: LevelOfDetailState;
}

export function useExplorerSelection(view: ViewState | null, data: Pick<ExplorerData, 'elements' | 'focusIds'>, dispatch: (action: ExplorerAction) => unknown): ExplorerSelection {
  const selection = useMemo(() => toSelection(data.elements, view?.selected), [data.elements, view?.selected]);
  const lod = useLevelOfDetail(data.elements, data.focusIds);
  const [groupSelected, setGroupSelected] = useState<Selection | null>(null);
  const onSelect = (next: Selection | null) => {
    setGroupSelected(next && isAggregate(next.id) ? next : null);
    if (!next || !isAggregate(next.id)) dispatch(select(toRef(data.elements, next)));
  };
  return { selection, groupSelected, onSelect, lod };
}
