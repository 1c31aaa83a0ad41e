/**
 * The Cypher console (/query): write a read-only Cypher query with autocompletion of this
 * database's labels, types and keys, run it with Ctrl/Cmd+Enter, and see the result as a graph,
 * a table or JSON. The query and params live in the URL; runs are kept in the browser's history.
 */
import Head from 'next/head';
import Link from 'next/link';
import dynamic from 'next/dynamic';
import { useRouter } from 'next/router';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { GetServerSideProps } from 'next';
import type { SchemaResponse } from '@/graph/apiTypes';
import { EXAMPLE_QUERIES, type ExampleQuery } from '@/graph/console/examples';
import { missingParameters, paramsToText, parseParamsText, stateFromUrl, stateToSearch, type ConsoleState, type QueryParams } from '@/components/console/consoleState';
import { historyStore } from '@/components/console/history';
import { runCypher, type RunOutcome } from '@/components/console/runCypher';
import { toCsv, toJsonText } from '@/components/console/resultMapping';
import { downloadText } from '@/components/download';
import { HANDOFF_URL, writeHandoff } from '@/components/console/handoff';
import ParamsEditor from '@/components/console/ParamsEditor';
import QueryError, { errorDetails } from '@/components/console/QueryError';
import ResultTabs, { type ResultView } from '@/components/console/ResultTabs';
import QueryHistory from '@/components/console/QueryHistory';
import ExampleQueries from '@/components/console/ExampleQueries';
import styles from '@/components/console/console.module.css';

const CypherEditor = dynamic(() => import('@/components/console/CypherEditor'), {
  ssr: false,
  loading: () => <div className={styles.editorLoading}>Loading the editor…</div>,
});

type Run = ConsoleState & { outcome: RunOutcome; id: number };

interface Props {
  /** The query and params a console link carries, read on the server so the first render shows them. */
  initialQuery: string;
  initialParamsText: string;
  /** Connect result nodes: on unless the link says `connect=0`. */
  initialConnect: boolean;
  /** The link asks for the query to run on open. */
  autoRun: boolean;
  /** The link's params were not a JSON object. */
  urlError: string | null;
}

export const getServerSideProps: GetServerSideProps<Props> = async ({ query }) => {
  const fromUrl = stateFromUrl(query);
  return {
    props: {
      initialQuery: fromUrl.state?.query ?? '',
      initialParamsText: paramsToText(fromUrl.state?.params ?? {}),
      initialConnect: fromUrl.state?.connect ?? true,
      autoRun: fromUrl.run && (fromUrl.state?.query.trim() ?? '') !== '',
      urlError: fromUrl.error ?? null,
    },
  };
};

export default function QueryPage({ initialQuery, initialParamsText, initialConnect, autoRun, urlError }: Props) {
  const router = useRouter();
  const [query, setQuery] = useState(initialQuery);
  const [paramsText, setParamsText] = useState(initialParamsText);
  const [connect, setConnect] = useState(initialConnect);
  const [schema, setSchema] = useState<SchemaResponse | null>(null);
  const [schemaProblem, setSchemaProblem] = useState<string | null>(null);
  const [running, setRunning] = useState(autoRun);
  const [run, setRun] = useState<Run | null>(null);
  const [inputError, setInputError] = useState<string | null>(urlError);
  const [view, setView] = useState<ResultView>('graph');
  const history = useSyncExternalStore(historyStore.subscribe, historyStore.getSnapshot, historyStore.getServerSnapshot);
  const abortRef = useRef<AbortController | null>(null);
  const runCount = useRef(0);

  useEffect(() => {
    fetch('/api/schema')
      .then(async (response) => {
        if (!response.ok) throw new Error(`answered ${response.status}`);
        setSchema((await response.json()) as SchemaResponse);
      })
      .catch((error: unknown) => setSchemaProblem(`Autocompletion of labels and types is unavailable (the schema ${error instanceof Error ? error.message : 'failed'}).`));
  }, []);

  // The network half of a run: only sets state after awaiting, so an effect may start it.
  const fetchRun = useCallback(async (state: ConsoleState) => {
    abortRef.current?.abort();
    const controller = new AbortController();
    abortRef.current = controller;
    historyStore.add({ query: state.query, params: state.params, ranAt: new Date().toISOString() });
    let outcome: RunOutcome;
    try {
      outcome = await runCypher(state, controller.signal);
    } catch {
      return; // Aborted by a newer run, which now owns the state.
    }
    runCount.current += 1;
    setRun({ ...state, outcome, id: runCount.current });
    // The graph view opens when there is something connected to draw; lone values and nodes read better as a table.
    if (outcome.ok) setView((current) => (current === 'json' ? 'json' : outcome.result.elements.edges.length > 0 ? 'graph' : 'table'));
    setRunning(false);
  }, []);

  const execute = useCallback(
    (text: string, params: QueryParams) => {
      if (text.trim() === '') {
        setInputError('Write a query first, or pick one of the examples.');
        return;
      }
      setInputError(null);
      setRunning(true);
      void router.replace({ pathname: '/query', search: stateToSearch({ query: text, params, connect }, { run: true }) }, undefined, { shallow: true, scroll: false });
      void fetchRun({ query: text, params, connect });
    },
    [router, fetchRun, connect],
  );

  // Opening a console link with run=1 runs its query once.
  const autoRan = useRef(false);
  useEffect(() => {
    if (!autoRun || autoRan.current) return;
    autoRan.current = true;
    const params = parseParamsText(initialParamsText);
    if (params.ok) void fetchRun({ query: initialQuery, params: params.params, connect: initialConnect });
  }, [autoRun, fetchRun, initialQuery, initialParamsText, initialConnect]);

  const parsedParams = useMemo(() => parseParamsText(paramsText), [paramsText]);
  const missing = useMemo(() => (parsedParams.ok ? missingParameters(query, parsedParams.params) : []), [query, parsedParams]);
  const paramNames = useMemo(() => (parsedParams.ok ? Object.keys(parsedParams.params) : []), [parsedParams]);

  const runCurrent = useCallback(() => {
    const params = parseParamsText(paramsText);
    if (!params.ok) {
      setInputError(params.error);
      return;
    }
    execute(query, params.params);
  }, [execute, query, paramsText]);

  const load = (text: string, params: QueryParams) => {
    setQuery(text);
    setParamsText(paramsToText(params));
    execute(text, params);
  };

  const outcome = run?.outcome;
  const failure = outcome && !outcome.ok ? outcome : null;
  const result = outcome && outcome.ok ? outcome.result : null;
  const position = failure ? errorDetails(failure.error).position : undefined;
  const editorError = useMemo(() => (failure && position ? { message: failure.error.message, position } : null), [failure, position]);

  const openInExplorer = () => {
    if (!result || !run) return;
    writeHandoff(window.sessionStorage, { elements: result.elements, query: run.query, createdAt: new Date().toISOString() });
    void router.push(HANDOFF_URL);
  };

  return (
    <>
      <Head>
        <title>Cypher console · Stance Graph</title>
      </Head>
      <div className={styles.page}>
        <header className={styles.header}>
          <Link href="/" className={styles.back}>
            ← Explorer
          </Link>
          <h1>Cypher console</h1>
          <span className={styles.badge} title="Writes, administration and LOAD CSV are refused">
            read-only
          </span>
        </header>
        <div className={styles.layout}>
          <main className={styles.main}>
            <section
              className={styles.editorCard}
              aria-label="Query"
              onKeyDown={(e) => {
                // Ctrl/Cmd+Enter also runs from the params editor.
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && (e.target as HTMLElement).tagName === 'TEXTAREA') {
                  e.preventDefault();
                  runCurrent();
                }
              }}
            >
              <div className={styles.editorBox} data-testid="cypher-editor" data-schema={schema ? 'loaded' : schemaProblem ? 'failed' : 'loading'}>
                <CypherEditor value={query} onChange={setQuery} onRun={runCurrent} schema={schema} parameterNames={paramNames} error={editorError} />
              </div>
              <ParamsEditor text={paramsText} onChange={setParamsText} missing={missing} />
              <div className={styles.runBar}>
                <button type="button" className={styles.runButton} onClick={runCurrent} disabled={running} aria-busy={running}>
                  {running ? 'Running…' : 'Run'}
                </button>
                <label className={styles.toggle} title="Also draw the relationships between the nodes of the result, as Neo4j Browser does (one extra read); they appear in the graph, not in the rows">
                  <input type="checkbox" checked={connect} onChange={(e) => setConnect(e.target.checked)} data-testid="connect-toggle" />
                  Connect result nodes
                </label>
                <span className={styles.hint}>
                  <kbd>Ctrl</kbd>/<kbd>⌘</kbd> + <kbd>Enter</kbd> runs · queries only read the graph
                </span>
                {schemaProblem && <span className={styles.warning}>{schemaProblem}</span>}
              </div>
              {inputError && (
                <p className={styles.fieldError} role="alert">
                  {inputError}
                </p>
              )}
              {failure && run && (
                <div data-testid="result" data-run={run.id}>
                  <QueryError status={failure.status} error={failure.error} />
                </div>
              )}
            </section>
            {running && !result && <p className={styles.loading}>Running the query…</p>}
            {result && run && (
              <div className={running ? styles.stale : undefined} data-testid="result" data-run={run.id}>
                <ResultTabs
                  key={run.id}
                  result={result}
                  view={view}
                  onViewChange={setView}
                  onDownloadCsv={() => downloadText('stance-graph-result.csv', toCsv(result.columns, result.rows), 'text/csv;charset=utf-8')}
                  onDownloadJson={() => downloadText('stance-graph-result.json', toJsonText(result.rows), 'application/json')}
                  onOpenInExplorer={openInExplorer}
                  origin={{ kind: 'console', query: run.query, params: run.params }}
                />
              </div>
            )}
            {!run && !running && (
              <p className={styles.emptyState}>
                Write a Cypher query above, or choose one of the example queries, then run it. Results appear here as a graph, a table and JSON.
              </p>
            )}
          </main>
          <aside className={styles.side}>
            <ExampleQueries examples={EXAMPLE_QUERIES} onChoose={(example: ExampleQuery) => load(example.query, example.params)} />
            <QueryHistory
              history={history}
              onRun={(entry) => load(entry.query, entry.params)}
              onClear={() => historyStore.clear()}
            />
          </aside>
        </div>
      </div>
    </>
  );
}
