/**
 * The explorer's right-hand column: the Analysis panel when open, the chains answering "How are
 * A and B connected?", the details of what is selected (with its editing tools), the list of
 * stances (the keyboard's way through the graph) and the groups the canvas draws as one node.
 */
import type cytoscape from 'cytoscape';
import type { Selection } from '@/components/graph/GraphCanvas';
import type { ExplorerData } from '@/components/explorer/useExplorerData';
import type { LevelOfDetailState } from '@/components/explorer/useLevelOfDetail';
import type { NavigationMode } from '@/components/explorer/navigationQueue';
import type { ViewState } from '@/components/explorer/viewState';
import type { AnalysisState } from '@/components/analysis/useAnalysis';
import DetailsPanel from '@/components/graph/DetailsPanel';
import ActorTools from '@/components/edit/ActorTools';
import StanceTools from '@/components/edit/StanceTools';
import StanceList from '@/components/explorer/StanceList';
import ChainList from '@/components/explorer/ChainList';
import { GroupList, GroupPanel } from '@/components/explorer/GroupDetails';
import AnalysisColumn from '@/components/analysis/AnalysisColumn';
import styles from '@/components/explorer/explorer.module.css';

export interface ExplorerDetailsProps {
  view: ViewState;
  data: ExplorerData;
  analysis: AnalysisState;
  cy: cytoscape.Core | null;
  lod: LevelOfDetailState;
  /** Whether the view answers "How are A and B connected?" (its chains are listed). */
  asksPaths: boolean;
  selection: Selection | null;
  /** A group of actors (or bundle of stances) selected on the canvas: its panel replaces the details. */
  groupSelected: Selection | null;
  onSelect: (selection: Selection | null) => void;
  onView: (patch: Partial<ViewState>, mode?: NavigationMode) => void;
  /** After an edit: fetch the view again. */
  onChanged: () => void;
  /** `merged` was merged into the actor `survivor` and no longer exists. */
  onMerged: (merged: string, survivor: string) => void;
}

export default function ExplorerDetails({ view, data, analysis, cy, lod, asksPaths, selection, groupSelected, onSelect, onView, onChanged, onMerged }: ExplorerDetailsProps) {
  return (
    <aside className={styles.detailsColumn} aria-label="Details and stances">
      {view.analysis ? <AnalysisColumn view={view} state={analysis} elements={data.elements} onView={onView} cy={cy} /> : null}
      {asksPaths ? <ChainList elements={data.elements} chains={data.status === 'ready' ? (data.chains ?? null) : null} steps={view.steps} onSteps={(steps) => onView({ steps, selected: undefined })} selection={selection} onSelect={onSelect} /> : null}
      {groupSelected ? (
        <GroupPanel id={groupSelected.id} lod={lod} elements={data.elements} />
      ) : (
        <DetailsPanel
          elements={data.elements}
          selection={selection}
          onSelect={onSelect}
          stanceTools={(edge) => <StanceTools key={edge.id} edge={edge} onChanged={onChanged} />}
          actorTools={(node) => <ActorTools key={node.id} node={node} onChanged={onChanged} onMerged={(merged, survivor) => onMerged(merged, survivor.id)} />}
        />
      )}
      <StanceList elements={data.elements} selection={selection} onSelect={onSelect} />
      <GroupList lod={lod} />
    </aside>
  );
}
