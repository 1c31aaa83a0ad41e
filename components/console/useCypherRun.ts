/**
 * A console run's lifecycle: put the query in the address (shallow, so the page stays), record it
 * in the history, POST it (a newer run aborts the older), keep the last outcome, and pick the view
 * the result reads best in. A link with run=1 runs its query once on open.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useRouter } from 'next/router';
import { parseParamsText, stateToSearch, type ConsoleState, type QueryParams } from '@/components/console/consoleState';
import { historyStore } from '@/components/console/history';
import { runCypher, type RunOutcome } from '@/components/console/runCypher';
import type { ResultView } from '@/components/console/ResultTabs';

export type Run = ConsoleState & { outcome: RunOutcome; id: number };

export interface CypherRunOptions {
  /** The link's query, params and connect setting, run once on open when `autoRun`. */
  initial: { query: string; paramsText: string; connect: boolean };
  autoRun: boolean;
  /** The link's params were not a JSON object. */
  urlError: string | null;
}

export function useCypherRun({ initial, autoRun, urlError }: CypherRunOptions) {
  const router = useRouter();
  const [running, setRunning] = useState(autoRun);
  const [run, setRun] = useState<Run | null>(null);
  const [inputError, setInputError] = useState<string | null>(urlError);
  const [view, setView] = useState<ResultView>('graph');
  const abortRef = useRef<AbortController | null>(null);
  const runCount = useRef(0);

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

  /** Runs `text` with `params` and `connect`, or says why it cannot. */
  const execute = useCallback(
    (text: string, params: QueryParams, connect: boolean) => {
      if (text.trim() === '') {
        setInputError('Write a query first, or pick one of the examples.');
        return;
      }
      setInputError(null);
      setRunning(true);
      void router.replace({ pathname: '/query', search: stateToSearch({ query: text, params, connect }, { run: true }) }, undefined, { shallow: true, scroll: false });
      void fetchRun({ query: text, params, connect });
    },
    [router, fetchRun],
  );

  /** Runs the editor's text with params still to be parsed; bad params are the input's error. */
  const executeText = useCallback(
    (text: string, paramsText: string, connect: boolean) => {
      const params = parseParamsText(paramsText);
      if (!params.ok) setInputError(params.error);
      else execute(text, params.params, connect);
    },
    [execute],
  );

  // Opening a console link with run=1 runs its query once.
  const autoRan = useRef(false);
  const { query: initialQuery, paramsText: initialParamsText, connect: initialConnect } = initial;
  useEffect(() => {
    if (!autoRun || autoRan.current) return;
    autoRan.current = true;
    const params = parseParamsText(initialParamsText);
    if (params.ok) void fetchRun({ query: initialQuery, params: params.params, connect: initialConnect });
  }, [autoRun, fetchRun, initialQuery, initialParamsText, initialConnect]);

  const outcome = run?.outcome;
  const failure = outcome && !outcome.ok ? outcome : null;
  const result = outcome && outcome.ok ? outcome.result : null;
  return { run, running, failure, result, inputError, view, setView, execute, executeText };
}
