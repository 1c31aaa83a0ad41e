/**
 * Edit and Delete for a stance in the explorer's details panel, for signed-in editors only
 * (anonymous readers get nothing). Edit changes kind, polarity, certainty, date and note; Delete
 * asks first. A 409 says what changed meanwhile and offers to reload; after a change the view reloads.
 */
import { useState } from 'react';
import { useEditor } from '@/components/auth/useEditor';
import ConflictNotice from '@/components/edit/ConflictNotice';
import StanceEditForm from '@/components/edit/StanceEditForm';
import { send } from '@/components/apiClient';
import { EditAnswer } from '@/components/edit/editAnswers';
import { editableStance, stancePatch, STANCE_FIELDS, type StanceValues } from '@/components/edit/stanceValues';
import { useEditAction } from '@/components/edit/useEditAction';
import type { EdgeData } from '@/graph/model/elements';
import styles from '@/components/edit/edit.module.css';

interface Props {
  edge: EdgeData;
  /** Called after a change was saved (or to reload after a conflict): the view fetches the graph again. */
  onChanged: () => void;
}

export default function StanceTools({ edge, onChanged }: Props) {
  const { editor } = useEditor();
  const [mode, setMode] = useState<'closed' | 'edit' | 'delete'>('closed');
  const action = useEditAction();
  const stance = editableStance(edge);
  if (!editor || !stance) return null;
  const url = `/api/edit/stances/${encodeURIComponent(stance.dataset)}/${encodeURIComponent(stance.id)}`;
  const close = () => {
    setMode('closed');
    action.reset();
  };
  const reload = () => {
    close();
    onChanged();
  };
  const save = async (edited: StanceValues) => {
    const patch = stancePatch(stance, edited);
    if (!patch) return close();
    if (await action.run(() => send('PATCH', url, patch, EditAnswer))) reload();
  };
  const remove = async () => {
    if (await action.run(() => send('DELETE', `${url}?version=${stance.version}`, undefined, EditAnswer))) reload();
  };
  return (
    <section aria-label="Edit this stance" data-testid="stance-tools">
      {mode === 'closed' ? (
        <div className={styles.tools}>
          <button type="button" className={styles.button} onClick={() => setMode('edit')}>Edit stance</button>
          <button type="button" className={`${styles.button} ${styles.danger}`} onClick={() => setMode('delete')}>Delete stance</button>
        </div>
      ) : null}
      {mode === 'edit' ? <StanceEditForm initial={stance.values} busy={action.busy} onSave={(v) => void save(v)} onCancel={close} /> : null}
      {mode === 'delete' ? (
        <div role="group" aria-label="Confirm deletion" className={styles.form}>
          <p>Delete this stance and its {edge.evidenceCount === 1 ? 'quote' : `${edge.evidenceCount} quotes`} from data set {stance.dataset}? The change is recorded and can be reverted from Changes.</p>
          <div className={styles.tools}>
            {/* Focus lands on Cancel, so a stray Enter does not delete. */}
            <button type="button" className={styles.button} onClick={close} autoFocus>Cancel</button>
            <button type="button" className={`${styles.button} ${styles.danger}`} disabled={action.busy} onClick={() => void remove()}>
              {action.busy ? 'Deleting…' : 'Delete'}
            </button>
          </div>
        </div>
      ) : null}
      {action.error ? <p role="alert" className={styles.error}>{action.error}</p> : null}
      {action.conflict ? <ConflictNotice message={action.conflict.message} then={stance.values as unknown as Record<string, unknown>} now={action.conflict.current} fields={STANCE_FIELDS} onReload={reload} /> : null}
    </section>
  );
}
