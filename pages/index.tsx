/**
 * The explorer (`/`): who backs or opposes whom, and why. Layout only: the view and its changes
 * live in useExplorerView (the URL, explorerActions.ts), what is drawn in useExplorerSource, and
 * the canvas' commands in useCanvasCommands.
 */
import Head from 'next/head';
import { useMemo } from 'react';
import Legend from '@/components/graph/Legend';
import Filters from '@/components/explorer/Filters';
import Toolbar from '@/components/explorer/Toolbar';
import StatusLine from '@/components/explorer/StatusLine';
import Coverage from '@/components/explorer/Coverage';
import EmptyView from '@/components/explorer/EmptyView';
import ExplorerHeader from '@/components/explorer/ExplorerHeader';
import ExplorerCanvas from '@/components/explorer/ExplorerCanvas';
import ExplorerDetails from '@/components/explorer/ExplorerDetails';
import { isFiltered, toQuery, type ViewState } from '@/components/explorer/viewState';
import type { NavigationMode } from '@/components/explorer/navigationQueue';
import * as act from '@/components/explorer/explorerActions';
import { useExplorerView } from '@/components/explorer/useExplorerView';
import { useExplorerSource } from '@/components/explorer/useExplorerSource';
import { useAnswerFocus } from '@/components/explorer/useAnswerFocus';
import { useDatasets } from '@/components/explorer/useDatasets';
import { nodeKey } from '@/components/explorer/answers';
import { actorNames, focusNames } from '@/components/explorer/focusNames';
import styles from '@/components/explorer/explorer.module.css';
import ShareButton from '@/components/share/ShareButton';
import { answerToFreeze } from '@/components/share/frozenAnswer';
import ExportMenu from '@/components/export/ExportMenu';
import DownloadDataset from '@/components/explorer/DownloadDataset';
import CampsCaption from '@/components/analysis/CampsCaption';
import { useCampColours } from '@/components/analysis/useCampColours';
import { isAggregate } from '@/components/graph/aggregate';
import { useCanvasCommands } from '@/components/graph/useCanvasCommands';
import { useExplorerSelection } from '@/components/explorer/useExplorerSelection';

export default function Explorer() {
  const { parsed, view, handoffActive, asPath, dispatch, canUndo, reloadPage } = useExplorerView();
  const { data, reload, analysis, partition, handoff } = useExplorerSource(view, handoffActive);
  const datasets = useDatasets();
  const canvas = useCanvasCommands();
  useCampColours(canvas.cy, view?.colour === 'camp' ? partition : null, data.elements);
  const { selection, groupSelected, onSelect, lod } = useExplorerSelection(view, data, dispatch);
  const focus = useAnswerFocus({ ready: data.status === 'ready', ask: view?.ask, analysisOpen: view?.analysis ?? false, selection, focusIds: data.focusIds });
  const names = useMemo(() => actorNames(data.elements), [data.elements]);

  if (!view) return <main className={styles.page} aria-busy="true" />;

  const update = (patch: Partial<ViewState>, mode?: NavigationMode) => dispatch(act.change(patch, mode));
  const selectedKeys = () => canvas.selectedActors().map(nodeKey);
  const { first, second, question } = focusNames(view, names);
  const empty = data.status === 'ready' && data.elements.nodes.length === 0;
  const asksPaths = view.ask === 'paths' && view.focus[1] !== undefined;
  const filtered = isFiltered(view);

  return (
    <>
      <Head>
        <title>{first !== null ? `${first} · Stance Graph` : 'Stance Graph explorer'}</title>
      </Head>
      <main className={styles.page}>
        <ExplorerHeader view={view} first={first} second={second} dispatch={dispatch} focus={focus} />
        <aside className={styles.sidebar} aria-label="Filters and legend">
          <Filters view={view} bounds={data.bounds} datasets={datasets} onChange={(patch) => update(patch)} />
          <Legend className={styles.legend} elements={handoff ? data.elements : undefined} />
        </aside>
        <section className={styles.main} aria-label="Graph">
          {parsed && parsed.problems.length > 0 ? (
            <p className={styles.notice} role="status">
              Parts of this address were ignored: {parsed.problems.join('; ')}.
            </p>
          ) : null}
          {data.summary ? (
            <p className={styles.summary} data-testid="summary" role="status" tabIndex={-1}>
              {data.summary}
            </p>
          ) : null}
          {view.layout === 'camps' && data.status === 'ready' && !empty ? <CampsCaption state={analysis} elements={data.elements} /> : null}
          <Toolbar
            layout={view.layout}
            onLayout={(layout) => update({ layout })}
            onFit={canvas.fit}
            onZoom={canvas.zoom}
            hasSelection={canvas.selectedNodes > 0}
            onExpand={() => dispatch(act.expand(selectedKeys()))}
            onHide={() => dispatch(act.hide(selectedKeys()))}
            onPin={canvas.pin}
            canUndo={canUndo}
            onUndo={() => dispatch(act.undo())}
            hiddenCount={view.hidden.length}
            onShowHidden={() => dispatch(act.showHidden())}
            actions={
              <>
                <ShareButton
                  cy={canvas.cy}
                  origin={{ kind: 'explorer', view: toQuery(view) }}
                  layout={view.layout}
                  defaultTitle={question ?? first ?? 'Stance Graph view'}
                  answer={data.status === 'ready' ? answerToFreeze(question, data.summary) : undefined}
                  order={data.elements}
                />
                <ExportMenu cy={canvas.cy} title={first ?? 'Stance Graph view'} />
                <DownloadDataset />
              </>
            }
          />
          <ExplorerCanvas
            status={data.status}
            error={data.error}
            url={asPath}
            onRetry={reloadPage}
            canvas={{
              elements: lod.elements,
              layout: view.layout,
              focusIds: data.focusIds,
              selection: groupSelected ?? selection,
              onSelect,
              onExpand: (id) => {
                if (isAggregate(id)) return lod.open(id);
                const node = data.elements.nodes.find((n) => n.data.id === id);
                if (node) dispatch(act.expand([nodeKey(node.data)]));
              },
              onReady: canvas.onReady,
              camps: partition,
            }}
          >
            {empty ? <EmptyView noData={view.focus.length === 0 && !filtered && !handoff} asksPaths={asksPaths} maxSteps={view.steps} filtered={filtered} onClearFilters={() => dispatch(act.clearFilters())} /> : null}
          </ExplorerCanvas>
          <StatusLine data={data} limit={view.limit} onLoadMore={() => dispatch(act.loadMore())} aggregated={{ nodes: lod.hiddenNodes, edges: lod.hiddenEdges, groups: lod.groups.filter((g) => !g.expanded).length }} />
          <Coverage listing={datasets} datasets={view.dataset} className={styles.status} />
        </section>
        <ExplorerDetails
          view={view}
          data={data}
          analysis={analysis}
          cy={canvas.cy}
          lod={lod}
          asksPaths={asksPaths}
          selection={selection}
          groupSelected={groupSelected}
          onSelect={onSelect}
          onView={update}
          onChanged={reload}
          onMerged={(merged, survivor) => {
            dispatch(act.afterMerge(merged, survivor));
            reload();
          }}
        />
      </main>
    </>
  );
}
