/**
 * The form that codes a selection as a stance. It takes focus when it opens; Escape closes it and
 * hands focus back to the text. Saving creates the stance, or adds the quote to the stance with
 * the same from, to and kind (the server decides which).
 */
import { useEffect, useRef, type FormEvent, type KeyboardEvent } from 'react';
import PartyField from '@/components/workbench/PartyField';
import type { StanceDraft } from '@/components/workbench/useStanceForm';
import type { KnownEntity } from '@/graph/workbench/workbenchTypes';
import { Certainty, STANCE_KIND_POLARITY, StanceKind } from '@/graph/model/schema';
import styles from '@/components/workbench/workbench.module.css';

interface Props {
  draft: StanceDraft;
  known: readonly KnownEntity[];
  datasets: readonly string[];
  saving: boolean;
  error: string | null;
  onChange: (patch: Partial<StanceDraft>) => void;
  onSave: () => void;
  onClose: () => void;
}

const POLARITIES = [{ value: 1, label: '+1 for' }, { value: 0, label: '0 neutral' }, { value: -1, label: '−1 against' }] as const;

export default function StanceForm({ draft, known, datasets, saving, error, onChange, onSave, onClose }: Props) {
  const first = useRef<HTMLHeadingElement>(null);
  useEffect(() => first.current?.focus(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onClose();
  };
  return (
    <form className={styles.side} onSubmit={submit} onKeyDown={onKeyDown} aria-labelledby="stance-form-title" data-testid="stance-form">
      <h2 id="stance-form-title" tabIndex={-1} ref={first}>Code this quote as a stance</h2>
      <p className={styles.quoteText} data-testid="draft-quote">{draft.quote}</p>
      <PartyField label="From" name="from" value={draft.from} known={known} allowTopics={false} onChange={(from) => onChange({ from })} />
      <PartyField label="To" name="to" value={draft.to} known={known} allowTopics onChange={(to) => onChange({ to })} />
      <div className={styles.row}>
        <label className={styles.field}>
          <span>Kind</span>
          <select name="kind" value={draft.kind} onChange={(e) => onChange({ kind: StanceKind.parse(e.target.value) })}>
            {StanceKind.options.map((k) => <option key={k} value={k}>{k.replace(/_/g, ' ').toLowerCase()}</option>)}
          </select>
        </label>
        <label className={styles.field}>
          <span>Polarity</span>
          <select name="polarity" value={draft.polarity} onChange={(e) => onChange({ polarity: Number(e.target.value) as -1 | 0 | 1 })}>
            {POLARITIES.map((p) => <option key={p.value} value={p.value}>{p.label}{STANCE_KIND_POLARITY[draft.kind] === p.value ? ' (usual)' : ''}</option>)}
          </select>
        </label>
      </div>
      <div className={styles.row}>
        <label className={styles.field}>
          <span>Certainty</span>
          <select name="certainty" value={draft.certainty} onChange={(e) => onChange({ certainty: Certainty.parse(e.target.value) })}>
            {Certainty.options.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </label>
        <label className={styles.field}>
          <span>Date</span>
          <input type="date" name="date" value={draft.date} required onChange={(e) => onChange({ date: e.target.value })} />
        </label>
      </div>
      {datasets.length > 1 && (
        <label className={styles.field}>
          <span>Data set</span>
          <select name="dataset" value={draft.dataset} onChange={(e) => onChange({ dataset: e.target.value })}>
            {datasets.map((d) => <option key={d} value={d}>{d}</option>)}
          </select>
        </label>
      )}
      <label className={styles.field}>
        <span>Note (optional)</span>
        <input name="note" value={draft.note} maxLength={2000} onChange={(e) => onChange({ note: e.target.value })} />
      </label>
      {error && <p role="alert" className={styles.error}>{error}</p>}
      <div className={styles.row}>
        <button type="submit" className={`${styles.button} ${styles.primary}`} disabled={saving}>{saving ? 'Saving…' : 'Save stance'}</button>
        <button type="button" className={styles.button} onClick={onClose}>Cancel</button>
      </div>
    </form>
  );
}
