/**
 * The last successful run's result (greyed while a newer run is on its way), "Running the query…"
 * before the first, or what to do when nothing has run yet. A failed run's error shows under the
 * editor instead, where the query is.
 */
import { useRouter } from 'next/router';
import type { CypherResponse } from '@/graph/console/consoleTypes';
import { toCsv, toJsonText } from '@/components/console/resultMapping';
import { downloadText } from '@/components/download';
import { HANDOFF_URL, writeHandoff } from '@/components/console/handoff';
import ResultTabs, { type ResultView } from '@/components/console/ResultTabs';
import type { Run } from '@/components/console/useCypherRun';
import styles from '@/components/console/console.module.css';

interface Props {
  run: Run | null;
  result: CypherResponse | null;
  running: boolean;
  view: ResultView;
  onViewChange: (view: ResultView) => void;
}

export default function RunResult({ run, result, running, view, onViewChange }: Props) {
  const router = useRouter();
  if (running && !result) return <p className={styles.loading}>Running the query…</p>;
  if (!run && !running) {
    return (
      <p className={styles.emptyState}>
        Write a Cypher query above, or choose one of the example queries, then run it. Results appear here as a graph, a table and JSON.
      </p>
    );
  }
  if (!result || !run) return null;
  const openInExplorer = () => {
    writeHandoff(window.sessionStorage, { elements: result.elements, query: run.query, createdAt: new Date().toISOString() });
    void router.push(HANDOFF_URL);
  };
  return (
    <div className={running ? styles.stale : undefined} data-testid="result" data-run={run.id}>
      <ResultTabs
        key={run.id}
        result={result}
        view={view}
        onViewChange={onViewChange}
        onDownloadCsv={() => downloadText('stance-graph-result.csv', toCsv(result.columns, result.rows), 'text/csv;charset=utf-8')}
        onDownloadJson={() => downloadText('stance-graph-result.json', toJsonText(result.rows), 'application/json')}
        onOpenInExplorer={openInExplorer}
        origin={{ kind: 'console', query: run.query, params: run.params }}
      />
    </div>
  );
}
