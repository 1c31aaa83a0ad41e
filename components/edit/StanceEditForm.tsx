/** The fields of a stance an editor may change: kind (bringing its usual polarity), polarity, certainty, date, note. */
import { useEditForm } from '@/components/edit/useEditForm';
import { usualPolarity, type StanceValues } from '@/components/edit/stanceValues';
import { Certainty, StanceKind, type Polarity } from '@/graph/model/schema';
import styles from '@/components/edit/edit.module.css';

interface Props {
  initial: StanceValues;
  busy: boolean;
  onSave: (values: StanceValues) => void;
  onCancel: () => void;
}

const POLARITY_TEXT: Record<string, string> = { '1': '+1 for', '0': '0 neutral', '-1': '−1 against' };

export default function StanceEditForm({ initial, busy, onSave, onCancel }: Props) {
  const { values, change, onSubmit, onKeyDown } = useEditForm(initial, onSave, onCancel);
  return (
    <form className={styles.form} onSubmit={onSubmit} onKeyDown={onKeyDown} aria-label="Edit stance" data-testid="stance-edit-form">
      <label className={styles.field}>
        <span>Kind</span>
        <select name="kind" value={values.kind} autoFocus onChange={(e) => { const kind = e.target.value as StanceKind; change({ kind, polarity: usualPolarity(kind) }); }}>
          {StanceKind.options.map((k) => <option key={k} value={k}>{k}</option>)}
        </select>
      </label>
      <label className={styles.field}>
        <span>Polarity</span>
        <select name="polarity" value={String(values.polarity)} onChange={(e) => change({ polarity: Number(e.target.value) as Polarity })}>
          {['1', '0', '-1'].map((p) => <option key={p} value={p}>{POLARITY_TEXT[p]}</option>)}
        </select>
      </label>
      <label className={styles.field}>
        <span>Certainty</span>
        <select name="certainty" value={values.certainty} onChange={(e) => change({ certainty: e.target.value as Certainty })}>
          {Certainty.options.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
      </label>
      <label className={styles.field}>
        <span>Date</span>
        <input name="date" type="date" required value={values.date} onChange={(e) => change({ date: e.target.value })} />
      </label>
      <label className={styles.field}>
        <span>Note (optional)</span>
        <textarea name="note" rows={3} maxLength={2000} value={values.note} onChange={(e) => change({ note: e.target.value })} />
      </label>
      <div className={styles.tools}>
        <button type="submit" className={`${styles.button} ${styles.primary}`} disabled={busy}>{busy ? 'Saving…' : 'Save'}</button>
        <button type="button" className={styles.button} onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
