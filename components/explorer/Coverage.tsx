/**
 * "What this data covers": one line under the explorer's graph naming the sources, their
 * publishers and dates, so counts are read as counts within these sources (snapshots say theirs
 * from their own elements: viewCoverageText). Reads /api/sources; the data sets it describes come
 * from the listing the page already holds (useDatasets), so the explorer asks for /api/datasets
 * once per page, not again here on every load and every change of data set. `datasets` limits it
 * to those data sets (default: all).
 */
import { useEffect, useState } from 'react';
import { SourceCoverage } from '@/graph/views/sourceTypes';
import { fetchErrorMessage, getJson } from '@/components/apiClient';
import { coverageText } from '@/components/explorer/coverageText';
import type { DatasetsState } from '@/components/explorer/useDatasets';

export interface CoverageProps {
  /** The page's `/api/datasets` listing (useDatasets). */
  listing: DatasetsState;
  datasets?: readonly string[];
  className?: string;
}

/** What /api/sources answered for the data sets in `key`; another key means the line is loading again. */
export type Loaded = { key: string } & ({ status: 'error'; message: string } | { status: 'ready'; sources: SourceCoverage });
type Shown = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; text: string };

/** The line once both the sources and the listing are in; either failing is the line's error. */
export function coverageState(sources: Loaded | null, listing: DatasetsState, chosen: readonly string[]): Shown {
  if (sources?.status === 'error') return { status: 'error', message: sources.message };
  if (listing.status === 'error') return { status: 'error', message: listing.error ?? 'the data sets could not be listed.' };
  if (!sources || listing.status === 'loading') return { status: 'loading' };
  const described = chosen.length > 0 ? listing.datasets.filter((d) => chosen.includes(d.id)) : listing.datasets;
  return { status: 'ready', text: coverageText(sources.sources, described) };
}

export default function Coverage({ listing, datasets = [], className }: CoverageProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const key = datasets.join(',');
  useEffect(() => {
    const abort = new AbortController();
    const query = key ? `?dataset=${encodeURIComponent(key)}` : '';
    getJson(`/api/sources${query}`, SourceCoverage, { signal: abort.signal })
      .then((sources) => setLoaded({ key, status: 'ready', sources }))
      .catch((error: unknown) => {
        if (!abort.signal.aborted) setLoaded({ key, status: 'error', message: fetchErrorMessage(error) });
      });
    return () => abort.abort();
  }, [key]);
  const state = coverageState(loaded?.key === key ? loaded : null, listing, datasets);
  return (
    <p className={className} data-testid="coverage" data-status={state.status}>
      {state.status === 'loading' ? 'Reading what the data covers…' : null}
      {state.status === 'error' ? `What the data covers could not be read: ${state.message}` : null}
      {state.status === 'ready' ? state.text : null}
    </p>
  );
}
