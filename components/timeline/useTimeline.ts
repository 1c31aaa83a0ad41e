/**
 * Fetches what the timeline shows: `/api/analysis/timeline` for the view's filters, and
 * `/api/analysis/diff` for the two compared dates. Each request is aborted when what it answers
 * changes (as useExplorerData does), so a stale answer never overwrites a newer one.
 */
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import { DiffResponse, TimelineResponse } from '@/graph/analysis/analysisTypes';
import { fetchErrorMessage, getJson } from '@/components/apiClient';

export type Loadable<T> = { status: 'idle' } | { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: string };

export interface Compare {
  from: string;
  to: string;
}

/** GETs `url` while it is set, checked with `Schema`, aborting the previous request when it changes. */
function useFetched<S extends z.ZodType>(url: string | null, Schema: S): Loadable<z.infer<S>> {
  const [state, setState] = useState<Loadable<z.infer<S>> & { url: string | null }>({ status: 'idle', url: null });
  useEffect(() => {
    if (!url) return;
    const controller = new AbortController();
    getJson(url, Schema, { signal: controller.signal })
      .then((data) => setState({ status: 'ready', data, url }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error: fetchErrorMessage(error), url });
      });
    return () => controller.abort();
  }, [url, Schema]);
  if (!url) return { status: 'idle' };
  // An answer for another address is stale: we are loading the current one.
  if (state.url !== url) return { status: 'loading' };
  const { url: _url, ...rest } = state;
  void _url;
  return rest;
}

/** The timeline's query string: the view's filters (the analysis's own `at` does not apply). */
export function timelineUrl(filters: URLSearchParams): string {
  const params = new URLSearchParams(filters);
  for (const name of ['at', 'measures', 'k', 'alpha', 'limit']) params.delete(name);
  const query = params.toString();
  return `/api/analysis/timeline${query ? `?${query}` : ''}`;
}

/** The diff's query string: the view's filters without its date range (`from`/`to` are the compared dates there). */
export function diffUrl(filters: URLSearchParams, compare: Compare): string {
  const params = new URLSearchParams(filters);
  for (const name of ['at', 'measures', 'limit', 'from', 'to']) params.delete(name);
  params.set('from', compare.from);
  params.set('to', compare.to);
  return `/api/analysis/diff?${params}`;
}

export function useTimeline(filters: URLSearchParams, compare: Compare | undefined): { timeline: Loadable<TimelineResponse>; diff: Loadable<DiffResponse> } {
  const timeline = useFetched(timelineUrl(filters), TimelineResponse);
  const diff = useFetched(compare && compare.from <= compare.to ? diffUrl(filters, compare) : null, DiffResponse);
  return { timeline, diff };
}
