/** The fields of an actor an editor may change: name, kind, aliases (separated by semicolons), description. */
import { useEditForm } from '@/components/edit/useEditForm';
import type { ActorValues } from '@/components/edit/actorValues';
import { ActorKind } from '@/graph/model/schema';
import styles from '@/components/edit/edit.module.css';

interface Props {
  initial: ActorValues;
  busy: boolean;
  onSave: (values: ActorValues) => void;
  onCancel: () => void;
}

export default function ActorEditForm({ initial, busy, onSave, onCancel }: Props) {
  const { values, change, onSubmit, onKeyDown } = useEditForm(initial, onSave, onCancel);
  return (
    <form className={styles.form} onSubmit={onSubmit} onKeyDown={onKeyDown} aria-label="Edit actor" data-testid="actor-edit-form">
      <label className={styles.field}>
        <span>Name</span>
        <input name="name" required maxLength={200} value={values.name} autoFocus onChange={(e) => change({ name: e.target.value })} />
      </label>
      <label className={styles.field}>
        <span>Kind</span>
        <select name="kind" value={values.kind} onChange={(e) => change({ kind: e.target.value as ActorKind })}>
          {ActorKind.options.map((k) => <option key={k} value={k}>{k.replace('_', ' ')}</option>)}
        </select>
      </label>
      <label className={styles.field}>
        <span>Aliases (separate them with semicolons)</span>
        <input name="aliases" value={values.aliases} onChange={(e) => change({ aliases: e.target.value })} />
      </label>
      <label className={styles.field}>
        <span>Description (optional)</span>
        <textarea name="description" rows={3} maxLength={2000} value={values.description} onChange={(e) => change({ description: e.target.value })} />
      </label>
      <div className={styles.tools}>
        <button type="submit" className={`${styles.button} ${styles.primary}`} disabled={busy}>{busy ? 'Saving…' : 'Save'}</button>
        <button type="button" className={styles.button} onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
