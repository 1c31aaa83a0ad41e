/**
 * Which data sets the view draws from. With one data set loaded, a line naming it; with several,
 * a box per data set (all ticked by default, an empty choice in the view meaning "all") and
 * "only" beside each, as the other filters have.
 */
import type { DatasetsState } from '@/components/explorer/useDatasets';
import { CheckGroup } from '@/components/explorer/CheckGroup';
import styles from '@/components/explorer/filters.module.css';

export interface DatasetPickerProps {
  state: DatasetsState;
  /** Data set ids in the view; empty: all. */
  selected: readonly string[];
  onChange: (dataset: string[]) => void;
}

export default function DatasetPicker({ state, selected, onChange }: DatasetPickerProps) {
  const { datasets } = state;
  if (state.status === 'error') return <p className={styles.datasetLine}>Data sets could not be listed: {state.error}</p>;
  const only = datasets.length === 1 ? datasets[0] : undefined;
  if (only) {
    return (
      <p className={styles.datasetLine} data-testid="dataset-line">
        Data set: <strong>{only.title}</strong>
      </p>
    );
  }
  if (datasets.length === 0) return null;
  const titles = new Map(datasets.map((d) => [d.id, d.title]));
  // Ids in the view that name no loaded data set (an old link) would hide everything: keep only known ones ticked.
  const known = selected.filter((id) => titles.has(id));
  return (
    <CheckGroup
      legend="Data sets"
      testId="filter-datasets"
      all={datasets.map((d) => d.id)}
      selected={known}
      label={(id) => `${titles.get(id) ?? id}${datasets.find((d) => d.id === id)?.complete === false ? ' (loading)' : ''}`}
      onChange={onChange}
      only={(id) => titles.get(id) ?? id}
    />
  );
}
