/**
 * A run's result in three views, as Neo4j Browser users expect: the graph (the explorer's canvas
 * and details panel), the table and the raw JSON; with the summary line and the downloads.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import type { CypherResponse } from '@/graph/console/consoleTypes';
import GraphCanvas, { type Selection } from '@/components/graph/GraphCanvas';
import DetailsPanel from '@/components/graph/DetailsPanel';
import Legend from '@/components/graph/Legend';
import ResultTable from '@/components/console/ResultTable';
import JsonView from '@/components/console/JsonView';
import styles from '@/components/console/console.module.css';
import type cytoscape from 'cytoscape';
import type { SnapshotOrigin } from '@/graph/snapshots/snapshotTypes';
import ShareButton from '@/components/share/ShareButton';
import ExportMenu from '@/components/export/ExportMenu';

export type ResultView = 'graph' | 'table' | 'json';
const VIEWS: { id: ResultView; label: string }[] = [
  { id: 'graph', label: 'Graph' },
  { id: 'table', label: 'Table' },
  { id: 'json', label: 'JSON' },
];

interface Props {
  result: CypherResponse;
  view: ResultView;
  onViewChange: (view: ResultView) => void;
  onDownloadCsv: () => void;
  onDownloadJson: () => void;
  onOpenInExplorer: () => void;
  /** The query and params that produced the result, for Share. */
  origin?: SnapshotOrigin;
}

function GraphView({ result, origin }: { result: CypherResponse; origin?: SnapshotOrigin }) {
  const [selection, setSelection] = useState<Selection | null>(null);
  const [cy, setCy] = useState<cytoscape.Core | null>(null);
  if (result.elements.nodes.length === 0) {
    return <p className={styles.empty}>This result holds no nodes, relationships or paths to draw. See the Table or JSON view.</p>;
  }
  return (
    <div className={styles.graphView}>
      <div className={styles.graphCanvasWrap} data-testid="result-graph">
        <GraphCanvas elements={result.elements} layout="fcose" selection={selection} onSelect={setSelection} onReady={setCy} className={styles.graphCanvas} />
        <div style={{ position: 'absolute', top: 8, right: 8, zIndex: 10, display: 'flex', gap: 6 }}>
          {origin ? <ShareButton cy={cy} origin={origin} layout="fcose" defaultTitle="Cypher console result" /> : null}
          <ExportMenu cy={cy} title="Cypher console result" />
        </div>
      </div>
      <aside className={styles.graphDetails} aria-label="Details of the selection">
        {selection ? (
          <DetailsPanel elements={result.elements} selection={selection} onSelect={setSelection} />
        ) : (
          <div className={styles.graphKey}>
            <p className={styles.hint}>Select a node or relationship to see its details and evidence.</p>
            <Legend elements={result.elements} />
          </div>
        )}
      </aside>
    </div>
  );
}

export default function ResultTabs({ result, view, onViewChange, onDownloadCsv, onDownloadJson, onOpenInExplorer, origin }: Props) {
  const tabRefs = useRef<Record<ResultView, HTMLButtonElement | null>>({ graph: null, table: null, json: null });
  const { summary } = result;
  const drawable = result.elements.nodes.length > 0;

  // Arrow keys move between tabs (WAI-ARIA tabs pattern).
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const index = VIEWS.findIndex((v) => v.id === view);
    const next = VIEWS[(index + step + VIEWS.length) % VIEWS.length];
    if (!next) return;
    onViewChange(next.id);
    tabRefs.current[next.id]?.focus();
  };

  return (
    <section className={styles.results} aria-label="Result">
      <div className={styles.resultBar}>
        <div role="tablist" aria-label="Result views" className={styles.tabs} onKeyDown={onKeyDown}>
          {VIEWS.map((v) => (
            <button
              key={v.id}
              ref={(el) => {
                tabRefs.current[v.id] = el;
              }}
              type="button"
              role="tab"
              id={`result-tab-${v.id}`}
              aria-selected={view === v.id}
              aria-controls={`result-panel-${v.id}`}
              tabIndex={view === v.id ? 0 : -1}
              className={styles.tab}
              onClick={() => onViewChange(v.id)}
            >
              {v.label}
            </button>
          ))}
        </div>
        <p className={styles.summary} data-testid="result-summary">
          <strong>{summary.rows}</strong> {summary.rows === 1 ? 'row' : 'rows'} · {Math.round(summary.timeMs)} ms · truncated:{' '}
          <strong className={summary.truncated ? styles.truncated : undefined}>{summary.truncated ? 'yes' : 'no'}</strong>
          {drawable && (
            <>
              {' '}
              · {result.elements.nodes.length} nodes, {result.elements.edges.length} relationships
              {summary.connected > 0 && <> ({summary.connected} found by connecting result nodes)</>}
            </>
          )}
        </p>
        <div className={styles.resultActions}>
          <button type="button" className={styles.secondaryButton} onClick={onDownloadCsv} disabled={result.rows.length === 0}>
            Download CSV
          </button>
          <button type="button" className={styles.secondaryButton} onClick={onDownloadJson}>
            Download JSON
          </button>
          <button type="button" className={styles.secondaryButton} onClick={onOpenInExplorer} disabled={!drawable} title="Show these nodes and relationships in the explorer">
            Open in explorer
          </button>
        </div>
      </div>
      {summary.truncated && (
        <p className={styles.warning}>The result was cut short by the console’s row or element limit; add a LIMIT or narrow the query to see everything.</p>
      )}
      <div role="tabpanel" id={`result-panel-${view}`} aria-labelledby={`result-tab-${view}`} className={styles.panel}>
        {view === 'graph' && <GraphView result={result} origin={origin} />}
        {view === 'table' && <ResultTable columns={result.columns} rows={result.rows} elements={result.elements} />}
        {view === 'json' && <JsonView rows={result.rows} />}
      </div>
    </section>
  );
}
