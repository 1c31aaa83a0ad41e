/**
 * Fetches `/api/analysis` for the stances a view's filters leave in (focus and depth do not
 * narrow it: camps and balance are properties of the whole filtered network). Only runs while
 * something shows it (the panel, colour by camp, the camps layout); stale requests are aborted.
 */
import { useEffect, useState } from 'react';
import { AnalysisResponse } from '@/graph/analysis/analysisTypes';
import type { ViewState } from '@/components/explorer/viewState';
import { stanceFilterParams } from '@/components/explorer/useExplorerData';
import { fetchErrorMessage, getJson } from '@/components/apiClient';

export type AnalysisState = { status: 'idle' } | { status: 'loading' } | { status: 'error'; error: string } | { status: 'ready'; data: AnalysisResponse };

/** The query string of the analysis of `view`; `at` (the timeline's day) narrows it to the stances in force then. */
export function analysisParams(view: ViewState): URLSearchParams {
  const params = stanceFilterParams(view);
  params.set('k', String(view.k));
  if (view.at) params.set('at', view.at);
  return params;
}

export function useAnalysis(view: ViewState | null, enabled: boolean): AnalysisState {
  const [state, setState] = useState<AnalysisState & { key: string }>({ status: 'idle', key: '' });
  const key = view && enabled ? analysisParams(view).toString() : '';

  useEffect(() => {
    if (!key) return;
    const controller = new AbortController();
    getJson(`/api/analysis?${key}`, AnalysisResponse, { signal: controller.signal })
      .then((data) => setState({ status: 'ready', data, key }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const message = fetchErrorMessage(error);
        setState({ status: 'error', error: message, key });
      });
    return () => controller.abort();
  }, [key]);

  if (!key) return { status: 'idle' };
  // A result for another request is stale: loading until the current one lands.
  if (state.key !== key) return { status: 'loading' };
  const { key: _key, ...rest } = state;
  void _key;
  return rest;
}

/** Actor id -> camp, from whichever partition the answer says it used. */
export function campsOf(data: AnalysisResponse | undefined): ReadonlyMap<string, number> {
  if (!data?.camps) return new Map();
  const partition = data.camps.used === 'twoCamps' ? data.camps.twoCamps.partition : data.camps.blockmodel.partition;
  return new Map(Object.entries(partition));
}
