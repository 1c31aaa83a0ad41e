/**
 * The explorer (`/`): who backs or opposes whom, and why. The view lives in the URL (see
 * components/explorer/viewState.ts): every change is a shallow navigation, so reload, copy the
 * address, back and forward all give the same view.
 */
import Head from 'next/head';
import Link from 'next/link';
import dynamic from 'next/dynamic';
import Router, { useRouter } from 'next/router';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type cytoscape from 'cytoscape';
import type { ActorHit } from '@/graph/apiTypes';
import type { Selection } from '@/components/graph/GraphCanvas';
import DetailsPanel from '@/components/graph/DetailsPanel';
import ActorTools from '@/components/edit/ActorTools';
import StanceTools from '@/components/edit/StanceTools';
import Legend from '@/components/graph/Legend';
import SearchBox from '@/components/explorer/SearchBox';
import Filters from '@/components/explorer/Filters';
import Toolbar from '@/components/explorer/Toolbar';
import Questions from '@/components/explorer/Questions';
import StanceList from '@/components/explorer/StanceList';
import StatusLine from '@/components/explorer/StatusLine';
import Coverage from '@/components/explorer/Coverage';
import EmptyView from '@/components/explorer/EmptyView';
import { fromQuery, isFiltered, MAX_LIMIT, NO_FILTERS, toQuery, type ViewState } from '@/components/explorer/viewState';
import { useDatasets } from '@/components/explorer/useDatasets';
import { useExplorerData } from '@/components/explorer/useExplorerData';
import { navigationQueue } from '@/components/explorer/navigationQueue';
import ChainList from '@/components/explorer/ChainList';
import { fitReadable } from '@/components/graph/canvas';
import { nodeKey, toRef, toSelection } from '@/components/explorer/answers';
import { useHandoff } from '@/components/console/useHandoff';
import { moveFocusToAnswer } from '@/components/explorer/answerFocus';
import styles from '@/components/explorer/explorer.module.css';
import ShareButton from '@/components/share/ShareButton';
import { answerToFreeze, questionText } from '@/components/share/frozenAnswer';
import ExportMenu from '@/components/export/ExportMenu';
import DownloadDataset from '@/components/explorer/DownloadDataset';
import AnalysisColumn from '@/components/analysis/AnalysisColumn';
import CampsCaption from '@/components/analysis/CampsCaption';
import { campsOf, useAnalysis } from '@/components/analysis/useAnalysis';
import { useCampColours } from '@/components/analysis/useCampColours';
import { useTopicNetwork } from '@/components/analysis/useTopicNetwork';
import EditorBar from '@/components/auth/EditorBar';
import { isAggregate } from '@/components/graph/aggregate';
import { useLevelOfDetail } from '@/components/explorer/useLevelOfDetail';
import { GroupList, GroupPanel } from '@/components/explorer/GroupDetails';

// cytoscape touches `window` when it loads: the canvas is rendered in the browser only.
const GraphCanvas = dynamic(() => import('@/components/graph/GraphCanvas'), { ssr: false, loading: () => <p className={styles.overlay}>Loading the graph view…</p> });

const noSubscription = () => () => {};

/**
 * What Undo puts back: only the fields an expand or a hide changes, so a filter or layout chosen
 * since stays as it is.
 */
type UndoStep = Pick<ViewState, 'focus' | 'expanded' | 'hidden' | 'ask' | 'selected'>;

function humanise(key: string): string {
  return key.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
}

export default function Explorer() {
  const router = useRouter();
  // False while rendering on the server and hydrating, so the first client render matches the HTML.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const parsed = useMemo(() => (hydrated && router.isReady ? fromQuery(router.query) : null), [hydrated, router.isReady, router.query]);
  const view = parsed?.view ?? null;
  const explorerData = useExplorerData(view);
  const datasets = useDatasets();
  // The analysis runs while something shows it: the panel, colour by camp, the camps layout or a topic network.
  const analysis = useAnalysis(view, Boolean(view && (view.analysis || view.colour === 'camp' || view.layout === 'camps' || view.net !== 'stances')));
  const topicNetwork = useTopicNetwork(view, analysis, explorerData.bounds);
  // The camps layout draws the computed camps: the view is loading until they are known.
  const campsPending = view?.layout === 'camps' && (analysis.status === 'loading' || analysis.status === 'idle');
  // "Open in explorer" from the Cypher console (/query): its result is the view while ?handoff=1 is in the address.
  const handoffActive = router.query.handoff === '1';
  const handoff = useHandoff(handoffActive);
  const data = useMemo(
    () =>
      handoff
        ? { ...explorerData, status: 'ready' as const, error: null, elements: handoff.elements, focusIds: [], total: null, truncated: false, summary: `Result of a Cypher console query: ${handoff.elements.nodes.length} nodes, ${handoff.elements.edges.length} relationships.` }
        : (topicNetwork ?? (campsPending ? { ...explorerData, status: 'loading' as const } : explorerData)),
    [handoff, explorerData, topicNetwork, campsPending],
  );
  const [cy, setCy] = useState<cytoscape.Core | null>(null);
  const partition = useMemo(() => (analysis.status === 'ready' ? campsOf(analysis.data) : null), [analysis]);
  useCampColours(cy, view?.colour === 'camp' ? partition : null, data.elements);
  const [selectedNodes, setSelectedNodes] = useState(0);
  const [undo, setUndo] = useState<UndoStep[]>([]);

  // One navigation at a time, each built on the view the one before asked for (navigationQueue.ts).
  const [queue] = useState(() =>
    navigationQueue<{ next: ViewState; handoff: boolean }>(({ next, handoff: keep }, mode) =>
      Router[mode]({ pathname: Router.pathname, query: { ...toQuery(next), ...(keep ? { handoff: '1' } : {}) } }, undefined, { shallow: true, scroll: false }),
    ),
  );
  /** The view the next change builds on: the one last asked for while it is still on its way. */
  const latest = useCallback((shown: ViewState) => queue.latest({ next: shown, handoff: handoffActive }).next, [queue, handoffActive]);
  const navigate = useCallback(
    (next: ViewState, mode: 'push' | 'replace' = 'push') => {
      // A console hand-off stays until the view moves its focus (search, expand).
      const keep = handoffActive && next.focus.join() === (view?.focus ?? []).join();
      void queue.go({ next, handoff: keep }, mode);
    },
    [queue, handoffActive, view],
  );

  const selection = useMemo(() => toSelection(data.elements, view?.selected), [data.elements, view?.selected]);
  // Large views are drawn with groups of the less connected actors; a selected group or bundle is the canvas's own, not the URL's.
  const lod = useLevelOfDetail(data.elements, data.focusIds);
  const [groupSelected, setGroupSelected] = useState<Selection | null>(null);

  // A question asked from its button hands keyboard focus to its answer once it is drawn (answerFocus.ts).
  const focusAnswer = useRef(false);
  const answerKind = view?.ask === 'paths' ? 'chains' : selection?.group === 'nodes' && selection.id === data.focusIds[0] ? 'actor' : 'sentence';
  useEffect(() => {
    if (!focusAnswer.current || data.status !== 'ready' || !view?.ask) return;
    focusAnswer.current = false;
    moveFocusToAnswer(answerKind);
  }, [data.status, view?.ask, answerKind]);
  // Opening the Analysis panel hands focus to it too: it is drawn at the end of the page.
  const focusAnalysis = useRef(false);
  useEffect(() => {
    if (!focusAnalysis.current || !view?.analysis) return;
    focusAnalysis.current = false;
    document.getElementById('analysis-title')?.focus();
  }, [view?.analysis]);
  const names = useMemo(() => new Map(data.elements.nodes.map((n) => [nodeKey(n.data), n.data.label])), [data.elements]);

  const onReady = useCallback((instance: cytoscape.Core | null) => {
    setCy(instance);
    setSelectedNodes(0);
    // Removing a selected node (hide) fires `remove`, not `unselect`: count on both, or Hide stays enabled with nothing selected.
    instance?.on('select unselect remove', 'node', () => setSelectedNodes(instance.$('node:selected').length));
  }, []);

  if (!view) return <main className={styles.page} aria-busy="true" />;

  // Changes build on latest(view), not view: a change made before the last one has landed keeps it.
  const update = (patch: Partial<ViewState>, mode: 'push' | 'replace' = 'push') => navigate({ ...latest(view), ...patch }, mode);
  const remember = () => setUndo((stack) => [...stack.slice(-19), { focus: view.focus, expanded: view.expanded, hidden: view.hidden, ask: view.ask, selected: view.selected }]);
  const onSelect = (next: Selection | null) => {
    setGroupSelected(next && isAggregate(next.id) ? next : null);
    if (!next || !isAggregate(next.id)) update({ selected: toRef(data.elements, next) }, 'replace');
  };
  const selectedKeys = () => (cy ? cy.$('node:selected').filter((n) => !isAggregate(n.id())).map((n) => nodeKey(n.data() as Parameters<typeof nodeKey>[0])) : []);

  function expand(keys: string[]) {
    if (!view || keys.length === 0) return;
    remember();
    if (view.focus.length === 0) update({ focus: keys, ask: undefined });
    // Added to the view, question and all: its sentence still holds, and Undo takes the expansion back.
    else update({ expanded: [...new Set([...view.expanded, ...keys])] });
  }

  // A new focus starts a new exploration: Undo would otherwise jump back into the previous one.
  const refocus = (patch: Partial<ViewState>) => {
    setUndo([]);
    update(patch);
  };
  // After a merge the merged actor is gone: the view follows the survivor wherever it named the merged one.
  const afterMerge = (merged: string, survivor: ActorHit) => {
    const swap = (keys: readonly string[]) => [...new Set(keys.map((k) => (k === merged ? survivor.id : k)))];
    update({ focus: swap(view.focus), expanded: swap(view.expanded), hidden: view.hidden.filter((k) => k !== merged), selected: { group: 'nodes', key: survivor.id } }, 'replace');
    explorerData.reload();
  };
  const focusOn = (hit: ActorHit) => refocus({ focus: [hit.id], ask: undefined, expanded: [], hidden: [], selected: { group: 'nodes', key: hit.id } });
  const [first, second] = view.focus;
  const empty = data.status === 'ready' && data.elements.nodes.length === 0;
  const asksPaths = view.ask === 'paths' && second !== undefined;
  const filtered = isFiltered(view);
  // The question this view answers, frozen with its sentence when the view is shared.
  const question = questionText(view.ask, first ? (names.get(first) ?? humanise(first)) : null, second ? (names.get(second) ?? humanise(second)) : null);

  return (
    <>
      <Head>
        <title>{first ? `${names.get(first) ?? humanise(first)} · Stance Graph` : 'Stance Graph explorer'}</title>
      </Head>
      <main className={styles.page}>
        <header className={styles.header}>
          <h1 className={styles.title}>Stance Graph</h1>
          <SearchBox label="Find an actor or topic" placeholder="Find an actor or topic, e.g. Maduro" testId="actor-search" onPick={focusOn} />
          <Questions
            first={first ? (names.get(first) ?? humanise(first)) : null}
            second={second ? (names.get(second) ?? humanise(second)) : null}
            asked={view.ask}
            onAsk={(ask) => {
              focusAnswer.current = ask !== undefined;
              update({ ask, expanded: [] });
            }}
            onConnectWith={(hit) => {
              if (!first || hit.id === first) return;
              focusAnswer.current = true;
              refocus({ focus: [first, hit.id], ask: 'paths', expanded: [] });
            }}
          />
          {view.focus.length > 0 ? (
            <button type="button" className={styles.linkButton} onClick={() => refocus({ focus: [], ask: undefined, expanded: [], hidden: [], selected: undefined })}>
              Whole graph
            </button>
          ) : null}
          <button
            type="button"
            className={styles.linkButton}
            aria-pressed={view.analysis}
            onClick={() => {
              focusAnalysis.current = !view.analysis;
              update({ analysis: !view.analysis });
            }}
            data-testid="analysis-toggle"
          >
            Analysis
          </button>
          <Link href="/query" className={styles.linkButton}>
            Cypher console
          </Link>
          <EditorBar />
        </header>
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
            onFit={() => cy && fitReadable(cy, 40)}
            onZoom={(factor) => cy?.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } })}
            hasSelection={selectedNodes > 0}
            onExpand={() => expand(selectedKeys())}
            onHide={() => {
              remember();
              update({ hidden: [...new Set([...view.hidden, ...selectedKeys()])], selected: undefined });
            }}
            onPin={() => {
              // One state for the whole selection: pin all unless every one is pinned already (flipping each would scramble a mixed selection).
              const nodes = cy?.nodes(':selected');
              if (nodes?.filter(':unlocked').nonempty()) nodes.lock();
              else nodes?.unlock();
            }}
            canUndo={undo.length > 0}
            onUndo={() => {
              const previous = undo[undo.length - 1];
              setUndo((stack) => stack.slice(0, -1));
              if (previous) update(previous);
            }}
            hiddenCount={view.hidden.length}
            onShowHidden={() => {
              remember();
              update({ hidden: [] });
            }}
            actions={
              <>
                <ShareButton
                  cy={cy}
                  origin={{ kind: 'explorer', view: toQuery(view) }}
                  layout={view.layout}
                  defaultTitle={question ?? (first ? (names.get(first) ?? humanise(first)) : 'Stance Graph view')}
                  answer={data.status === 'ready' ? answerToFreeze(question, data.summary) : undefined}
                  order={data.elements}
                />
                <ExportMenu cy={cy} title={first ? (names.get(first) ?? humanise(first)) : 'Stance Graph view'} />
                <DownloadDataset />
              </>
            }
          />
          <div className={styles.canvasWrap} data-testid="canvas-area" data-status={data.status} data-url={router.asPath}>
            <GraphCanvas
              elements={lod.elements}
              layout={view.layout}
              focusIds={data.focusIds}
              selection={groupSelected ?? selection}
              onSelect={onSelect}
              onExpand={(id) => {
                if (isAggregate(id)) return lod.open(id);
                const node = data.elements.nodes.find((n) => n.data.id === id);
                if (node) expand([nodeKey(node.data)]);
              }}
              onReady={onReady}
              camps={partition}
              className={styles.canvas}
            />
            {data.status === 'loading' ? (
              <p className={styles.overlay} role="status">
                Loading…
              </p>
            ) : null}
            {data.status === 'error' ? (
              <div className={styles.error} role="alert" data-testid="error">
                <strong>Could not load the graph.</strong> {data.error}
                <button type="button" onClick={() => router.reload()}>
                  Try again
                </button>
              </div>
            ) : null}
            {empty ? (
              <EmptyView
                noData={view.focus.length === 0 && !filtered && !handoff}
                asksPaths={asksPaths}
                maxSteps={view.steps}
                filtered={filtered}
                onClearFilters={() => update(NO_FILTERS)}
              />
            ) : null}
          </div>
          <StatusLine
            data={data}
            limit={view.limit}
            onLoadMore={() => update({ limit: Math.min(MAX_LIMIT, view.limit * 2) })}
            aggregated={{ nodes: lod.hiddenNodes, edges: lod.hiddenEdges, groups: lod.groups.filter((g) => !g.expanded).length }}
          />
          <Coverage listing={datasets} datasets={view.dataset} className={styles.status} />
        </section>
        <aside className={styles.detailsColumn} aria-label="Details and stances">
          {view.analysis ? <AnalysisColumn view={view} state={analysis} elements={data.elements} onView={update} cy={cy} /> : null}
          {asksPaths ? <ChainList elements={data.elements} chains={data.status === 'ready' ? (data.chains ?? null) : null} steps={view.steps} onSteps={(steps) => update({ steps, selected: undefined })} selection={selection} onSelect={onSelect} /> : null}
          {groupSelected ? (
            <GroupPanel id={groupSelected.id} lod={lod} elements={data.elements} />
          ) : (
            <DetailsPanel
              elements={data.elements}
              selection={selection}
              onSelect={onSelect}
              stanceTools={(edge) => <StanceTools key={edge.id} edge={edge} onChanged={explorerData.reload} />}
              actorTools={(node) => <ActorTools key={node.id} node={node} onChanged={explorerData.reload} onMerged={afterMerge} />}
            />
          )}
          <StanceList elements={data.elements} selection={selection} onSelect={onSelect} />
          <GroupList lod={lod} />
        </aside>
      </main>
    </>
  );
}
