/**
 * Filters of the /changes list (editor, data set, actor id); applied on submit, so typing does not
 * refetch on each key. The page remounts it (a `key` of the filters) when the address changes them.
 */
import { useState, type FormEvent } from 'react';
import { useDatasets } from '@/components/explorer/useDatasets';
import { NO_FILTERS, type ChangeFilters as Filters } from '@/components/changes/changesQuery';
import styles from '@/components/changes/changes.module.css';

export default function ChangeFilters({ filters, onChange }: { filters: Filters; onChange: (next: Filters) => void }) {
  const datasets = useDatasets();
  const [draft, setDraft] = useState(filters);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange(draft);
  };
  return (
    <form className={styles.filters} onSubmit={submit} aria-label="Filter changes">
      <label>
        Editor
        <input value={draft.editor} onChange={(e) => setDraft({ ...draft, editor: e.target.value })} placeholder="any editor" />
      </label>
      <label>
        Data set
        <select value={draft.dataset} onChange={(e) => setDraft({ ...draft, dataset: e.target.value })}>
          <option value="">any data set</option>
          {datasets.datasets.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
          {draft.dataset !== '' && !datasets.datasets.some((d) => d.id === draft.dataset) && <option value={draft.dataset}>{draft.dataset}</option>}
        </select>
      </label>
      <label>
        Actor id
        <input value={draft.actor} onChange={(e) => setDraft({ ...draft, actor: e.target.value })} placeholder="e.g. united-states" />
      </label>
      <button type="submit" className={`${styles.button} ${styles.primary}`}>
        Show
      </button>
      <button type="button" className={styles.button} onClick={() => onChange(NO_FILTERS)} disabled={!filters.editor && !filters.dataset && !filters.actor}>
        Clear filters
      </button>
      {datasets.error && <span className={styles.hint}>Data sets could not be listed: {datasets.error}</span>}
    </form>
  );
}
