/**
 * Fetches what a view shows: `/api/graph` for a neighbourhood (or the whole graph, most
 * connected first) and `/api/paths` for "how are A and B connected?" (both with the view's
 * filters), then cuts the answer to a question, drops hidden actors and recounts. Stale requests
 * are aborted when the view changes.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Elements } from '@/graph/model/elements';
import { GraphResponse, PathsResponse, type ChainGroup, type PathView } from '@/graph/views/viewTypes';
import { isFiltered, type ViewState } from '@/components/explorer/viewState';
import { answerAbout, dateBounds, elementIdsFor, joinNames, recount, summariseStances, withoutHidden } from '@/components/explorer/answers';
import { summariseChains } from '@/components/explorer/chainAnswer';
import { mergeElements } from '@/components/explorer/mergeElements';
import { fetchErrorMessage, getJson } from '@/components/apiClient';

/** Most chains "How are A and B connected?" lists: every chain of up to 4 steps between two actors of the seed data (191) fits. */
export const CHAIN_LIMIT = 250;
const EMPTY: Elements = { nodes: [], edges: [] };

export interface ExplorerData {
  status: 'loading' | 'ready' | 'error';
  /** What the canvas draws: the answer, without hidden actors. */
  elements: Elements;
  /** Matching size before the limit (graph requests only). */
  total: { nodes: number; edges: number } | null;
  truncated: boolean;
  /** One-line answer to the question asked, if any. */
  summary: string | null;
  error: string | null;
  /** Earliest and latest stance dates seen without a date filter: the date inputs' range. */
  bounds: { min: string; max: string } | null;
  /** elementIds of the focus actors. */
  focusIds: string[];
  /** The chains answering "How are A and B connected?", shortest first (null or absent for other views). */
  chains?: Chains | null;
}

export interface Chains {
  paths: PathView[];
  groups: ChainGroup[];
  /** More chains exist than were fetched (CHAIN_LIMIT). */
  truncated: boolean;
}

/** Sets the view's stance filters on `params`; the date range goes under the names the endpoint uses. */
function setFilters(params: URLSearchParams, view: Request, polarity: readonly number[], dates: { from: string; to: string }): URLSearchParams {
  if (view.kinds.length > 0) params.set('kinds', view.kinds.join(','));
  if (polarity.length > 0) params.set('polarity', polarity.join(','));
  if (view.actorKinds.length > 0) params.set('actorKinds', view.actorKinds.join(','));
  if (view.certainty.length > 0) params.set('certainty', view.certainty.join(','));
  if (view.dataset.length > 0) params.set('dataset', view.dataset.join(','));
  if (view.from) params.set(dates.from, view.from);
  if (view.to) params.set(dates.to, view.to);
  return params;
}

/** The view's stance filters alone, as `/api/graph` and `/api/analysis` name them. */
export function stanceFilterParams(view: Request): URLSearchParams {
  return setFilters(new URLSearchParams(), view, view.polarity, { from: 'from', to: 'to' });
}

/**
 * The `/api/graph` query string for a view; a backers/opponents question narrows polarity. A
 * question's answer is about its focus alone: actors expanded since are fetched by expansionParams.
 */
export function graphParams(view: Request): URLSearchParams {
  const params = new URLSearchParams();
  const focus = view.ask ? view.focus : [...new Set([...view.focus, ...view.expanded])];
  if (focus.length > 0) params.set('focus', focus.join(','));
  params.set('depth', String(view.depth));
  const asked = view.ask === 'backers' ? 1 : view.ask === 'opponents' ? -1 : null;
  const polarity = asked === null ? view.polarity : view.polarity.length === 0 || view.polarity.includes(asked) ? [asked] : view.polarity;
  setFilters(params, view, polarity, { from: 'from', to: 'to' });
  params.set('limit', String(view.limit));
  return params;
}

/**
 * The `/api/graph` query string for the actors expanded in a question's view (double-click,
 * Expand): their neighbourhood with the view's filters, added to the answer rather than replacing
 * it. Null when nothing is expanded or the view asks nothing (graphParams then fetches them).
 */
export function expansionParams(view: Request): URLSearchParams | null {
  if (!view.ask || view.expanded.length === 0) return null;
  const params = new URLSearchParams({ focus: view.expanded.join(','), depth: '1' });
  setFilters(params, view, view.polarity, { from: 'from', to: 'to' });
  params.set('limit', String(view.limit));
  return params;
}

/** The `/api/paths` query string for "how are focus[0] and focus[1] connected?", with the view's filters. */
export function pathsParams(view: Request): URLSearchParams {
  const [a = '', b = ''] = view.focus;
  // `from`/`to` name the two actors there, so the date range travels as fromDate/toDate.
  const params = new URLSearchParams({ from: a, to: b, max: String(view.steps), chains: 'all', limit: String(CHAIN_LIMIT) });
  return setFilters(params, view, view.polarity, { from: 'fromDate', to: 'toDate' });
}

interface Loaded {
  elements: Elements;
  total: ExplorerData['total'];
  truncated: boolean;
  summary: string | null;
  chains: Chains | null;
}

/** The fields of a view that change what is fetched. */
type Request = Omit<ViewState, 'hidden' | 'selected' | 'layout' | 'analysis' | 'k' | 'colour' | 'at' | 'cmp' | 'net'>;

/** The part of a view `/api/graph` and `/api/paths` answer; the rest is applied to what they answered. */
export function requestOf(view: ViewState): Request {
  const { hidden: _h, selected: _s, layout: _l, analysis: _a, k: _k, colour: _c, at: _at, cmp: _cmp, net: _n, ...request } = view;
  void [_h, _s, _l, _a, _k, _c, _at, _cmp, _n];
  return request;
}

/** A question's answer with the neighbourhood of the actors expanded in it (mergeElements keeps the answer's own elements first). */
async function load(view: Request, signal: AbortSignal): Promise<Loaded> {
  const expansion = expansionParams(view);
  const [answer, around] = await Promise.all([loadAnswer(view, signal), expansion ? getJson(`/api/graph?${expansion}`, GraphResponse, { signal }) : null]);
  if (!around) return answer;
  // The question's sentence still holds (an expansion adds no answer to it); it says what else is drawn.
  const names = view.expanded.map((key) => around.elements.nodes.find((n) => n.data.key === key)?.data.label ?? key);
  const summary = answer.summary ? `${answer.summary} Also shown: the stances around ${joinNames(names)}.` : null;
  return { ...answer, elements: mergeElements(answer.elements, around.elements), summary };
}

async function loadAnswer(view: Request, signal: AbortSignal): Promise<Loaded> {
  const [a, b] = view.focus;
  if (view.ask === 'paths' && a && b) {
    const answer = await getJson(`/api/paths?${pathsParams(view)}`, PathsResponse, { signal });
    const { elements, paths, groups, truncated } = answer;
    const summary = summariseChains({ elements, paths, groups, truncated, fromName: answer.ends.from.name, toName: answer.ends.to.name, maxSteps: view.steps, filtered: isFiltered(view) });
    return { elements, total: null, truncated: false, summary, chains: { paths, groups, truncated } };
  }
  const answer = await getJson(`/api/graph?${graphParams(view)}`, GraphResponse, { signal });
  const [target] = elementIdsFor(answer.elements, a ? [a] : []);
  if ((view.ask === 'backers' || view.ask === 'opponents') && a) {
    if (!target) return { elements: EMPTY, total: answer.total, truncated: answer.truncated, summary: `Nothing about “${a}” matches the current filters.`, chains: null };
    const cut = answerAbout(answer.elements, view.ask, target);
    // The total counts the whole neighbourhood, not the answer: only worth saying when it was cut.
    return { elements: cut, total: answer.truncated ? answer.total : null, truncated: answer.truncated, summary: summariseStances(cut, view.ask, target), chains: null };
  }
  return { elements: answer.elements, total: answer.total, truncated: answer.truncated, summary: null, chains: null };
}

/** The view's data, and `reload` to fetch the same view again (after an edit), keeping it shown meanwhile. */
export function useExplorerData(view: ViewState | null): ExplorerData & { reload: () => void } {
  // `key` says which request a result answers: while it differs from the current one, we are loading.
  const [loaded, setLoaded] = useState<Loaded & { key: string; error: string | null }>({
    key: '',
    elements: EMPTY,
    total: null,
    truncated: false,
    summary: null,
    chains: null,
    error: null,
  });
  const [bounds, setBounds] = useState<ExplorerData['bounds']>(null);
  const boundsRef = useRef(bounds);
  // Hidden actors are cut client-side, so hiding and undoing does not refetch.
  // Only what changes the answer: hiding, selection, layout and the analysis' own settings (panel,
  // camps, colouring, timeline day, compared dates, topic network) are applied without a refetch.
  const requestKey = view ? JSON.stringify(requestOf(view)) : '';
  // Bumped by reload(): the same request again, answered into the same key (so no loading state).
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((n) => n + 1), []);

  useEffect(() => {
    if (!requestKey) return;
    const view = JSON.parse(requestKey) as Request;
    const controller = new AbortController();
    load(view, controller.signal)
      .then((result) => {
        if (!view.from && !view.to && !view.ask) {
          const seen = dateBounds(result.elements);
          const prev = boundsRef.current;
          if (seen) {
            const next = prev ? { min: seen.min < prev.min ? seen.min : prev.min, max: seen.max > prev.max ? seen.max : prev.max } : seen;
            boundsRef.current = next;
            setBounds(next);
          }
        }
        setLoaded({ ...result, key: requestKey, error: null });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const message = fetchErrorMessage(error);
        setLoaded({ key: requestKey, elements: EMPTY, total: null, truncated: false, summary: null, chains: null, error: message });
      });
    return () => controller.abort();
  }, [requestKey, round]);

  const hiddenKey = view?.hidden.join(',') ?? '';
  const focusKey = view?.focus.join(',') ?? '';
  const elements = useMemo(() => recount(withoutHidden(loaded.elements, hiddenKey ? hiddenKey.split(',') : [])), [loaded.elements, hiddenKey]);
  const focusIds = useMemo(() => elementIdsFor(loaded.elements, focusKey ? focusKey.split(',') : []), [loaded.elements, focusKey]);
  const status = loaded.key !== requestKey ? 'loading' : loaded.error ? 'error' : 'ready';
  const { key: _key, ...rest } = loaded;
  void _key;
  return { ...rest, status, elements, bounds, focusIds, reload };
}
