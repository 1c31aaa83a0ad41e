/**
 * The Cypher console (/query): write a read-only Cypher query with autocompletion of this
 * database's labels, types and keys, run it with Ctrl/Cmd+Enter, and see the result as a graph,
 * a table or JSON. The query and params live in the URL; runs are kept in the browser's history.
 * The schema and the run's lifecycle live in hooks (useSchema, useCypherRun); this is the layout.
 */
import Head from 'next/head';
import Link from 'next/link';
import dynamic from 'next/dynamic';
import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import type { GetServerSideProps } from 'next';
import { EXAMPLE_QUERIES } from '@/graph/console/examples';
import type { ExampleQuery } from '@/graph/console/consoleTypes';
import { missingParameters, paramsToText, parseParamsText, stateFromUrl, type QueryParams } from '@/components/console/consoleState';
import { historyStore } from '@/components/console/history';
import { useSchema } from '@/components/console/useSchema';
import { useCypherRun } from '@/components/console/useCypherRun';
import ParamsEditor from '@/components/console/ParamsEditor';
import QueryError, { errorDetails } from '@/components/console/QueryError';
import RunBar from '@/components/console/RunBar';
import RunResult from '@/components/console/RunResult';
import QueryHistory from '@/components/console/QueryHistory';
import ExampleQueries from '@/components/console/ExampleQueries';
import styles from '@/components/console/console.module.css';

const CypherEditor = dynamic(() => import('@/components/console/CypherEditor'), {
  ssr: false,
  loading: () => <div className={styles.editorLoading}>Loading the editor…</div>,
});

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
  const [query, setQuery] = useState(initialQuery);
  const [paramsText, setParamsText] = useState(initialParamsText);
  const [connect, setConnect] = useState(initialConnect);
  const schema = useSchema();
  const { run, running, failure, result, inputError, view, setView, execute, executeText } = useCypherRun({
    initial: { query: initialQuery, paramsText: initialParamsText, connect: initialConnect },
    autoRun,
    urlError,
  });
  const history = useSyncExternalStore(historyStore.subscribe, historyStore.getSnapshot, historyStore.getServerSnapshot);

  const parsedParams = useMemo(() => parseParamsText(paramsText), [paramsText]);
  const missing = useMemo(() => (parsedParams.ok ? missingParameters(query, parsedParams.params) : []), [query, parsedParams]);
  const paramNames = useMemo(() => (parsedParams.ok ? Object.keys(parsedParams.params) : []), [parsedParams]);
  const position = failure ? errorDetails(failure.error).position : undefined;
  const editorError = useMemo(() => (failure && position ? { message: failure.error.message, position } : null), [failure, position]);

  const runCurrent = useCallback(() => executeText(query, paramsText, connect), [executeText, query, paramsText, connect]);
  const load = (text: string, params: QueryParams) => {
    setQuery(text);
    setParamsText(paramsToText(params));
    execute(text, params, connect);
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
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && e.target instanceof HTMLTextAreaElement) {
                  e.preventDefault();
                  runCurrent();
                }
              }}
            >
              <div className={styles.editorBox} data-testid="cypher-editor" data-schema={schema.status}>
                <CypherEditor value={query} onChange={setQuery} onRun={runCurrent} schema={schema.status === 'loaded' ? schema.schema : null} parameterNames={paramNames} error={editorError} />
              </div>
              <ParamsEditor text={paramsText} onChange={setParamsText} missing={missing} />
              <RunBar running={running} onRun={runCurrent} connect={connect} onConnect={setConnect} warning={schema.status === 'failed' ? schema.problem : null} />
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
            <RunResult run={run} result={result} running={running} view={view} onViewChange={setView} />
          </main>
          <aside className={styles.side}>
            <ExampleQueries examples={EXAMPLE_QUERIES} onChoose={(example: ExampleQuery) => load(example.query, example.params)} />
            <QueryHistory history={history} onRun={(entry) => load(entry.query, entry.params)} onClear={() => historyStore.clear()} />
          </aside>
        </div>
      </div>
    </>
  );
}
