/**
 * "What this data covers": one line under the explorer's graph (and on snapshots) naming the
 * sources, their publishers and dates, so counts are read as counts within these sources. Reads
 * /api/sources and /api/datasets; `datasets` limits it to those data sets (default: all).
 */
import { useEffect, useState } from 'react';
import { DatasetsResponse } from '@/graph/apiTypes';
import { SourceCoverage } from '@/graph/sourceTypes';
import { fetchErrorMessage, getJson } from '@/components/apiClient';
import { coverageText } from '@/components/explorer/coverageText';

export interface CoverageProps {
  datasets?: readonly string[];
  className?: string;
}

/** What was read for the data sets in `key`; another key means the line is loading again. */
type Loaded = { key: string } & ({ status: 'error'; message: string } | { status: 'ready'; text: string });

export default function Coverage({ datasets = [], className }: CoverageProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const key = datasets.join(',');
  const state = loaded?.key === key ? loaded : { status: 'loading' as const };
  useEffect(() => {
    const abort = new AbortController();
    const query = key ? `?dataset=${encodeURIComponent(key)}` : '';
    Promise.all([getJson<unknown>(`/api/sources${query}`, abort.signal), getJson<unknown>('/api/datasets', abort.signal)])
      .then(([sources, listing]) => {
        const chosen = key.split(',').filter((id) => id.length > 0);
        const all = DatasetsResponse.parse(listing).datasets;
        const described = chosen.length > 0 ? all.filter((d) => chosen.includes(d.id)) : all;
        setLoaded({ key, status: 'ready', text: coverageText(SourceCoverage.parse(sources), described) });
      })
      .catch((error: unknown) => {
        if (!abort.signal.aborted) setLoaded({ key, status: 'error', message: fetchErrorMessage(error) });
      });
    return () => abort.abort();
  }, [key]);
  return (
    <p className={className} data-testid="coverage" data-status={state.status}>
      {state.status === 'loading' ? 'Reading what the data covers…' : null}
      {state.status === 'error' ? `What the data covers could not be read: ${state.message}` : null}
      {state.status === 'ready' ? state.text : null}
    </p>
  );
}
