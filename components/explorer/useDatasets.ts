/**
 * The data sets loaded (`/api/datasets`), fetched once per page, and the date range the chosen
 * ones span: the explorer's date fields show and check against it, whatever view a link opens.
 */
import { useEffect, useState } from 'react';
import { DatasetsResponse, type DatasetListing } from '@/graph/datasets/datasetTypes';
import { fetchErrorMessage, getJson } from '@/components/apiClient';

export interface DatasetsState {
  status: 'loading' | 'ready' | 'error';
  datasets: DatasetListing[];
  error: string | null;
}

export function useDatasets(): DatasetsState {
  const [state, setState] = useState<DatasetsState>({ status: 'loading', datasets: [], error: null });
  useEffect(() => {
    const controller = new AbortController();
    getJson('/api/datasets', DatasetsResponse, { signal: controller.signal })
      .then((body) => setState({ status: 'ready', datasets: body.datasets, error: null }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', datasets: [], error: fetchErrorMessage(error) });
      });
    return () => controller.abort();
  }, []);
  return state;
}

/** Earliest and latest stance dates of the chosen data sets (none chosen: all); null when none has a stance. */
export function datasetRange(datasets: readonly DatasetListing[], chosen: readonly string[]): { min: string; max: string } | null {
  let min: string | undefined;
  let max: string | undefined;
  for (const d of datasets) {
    if (chosen.length > 0 && !chosen.includes(d.id)) continue;
    if (d.firstDate && (!min || d.firstDate < min)) min = d.firstDate;
    if (d.lastDate && (!max || d.lastDate > max)) max = d.lastDate;
  }
  return min && max ? { min, max } : null;
}
