/** After a 409: what changed since the form was opened, and a way to reload what is there now. */
import { changedFields } from '@/components/edit/editAnswers';
import styles from '@/components/edit/edit.module.css';

interface Props {
  message: string;
  /** What the form was made against, and what is there now (null: deleted or merged away). */
  then: Record<string, unknown>;
  now: Record<string, unknown> | null;
  fields: readonly string[];
  onReload: () => void;
}

export default function ConflictNotice({ message, then, now, fields, onReload }: Props) {
  const changes = changedFields(then, now, fields);
  return (
    <div role="alert" className={styles.notice} data-testid="edit-conflict">
      <p className={styles.error}>{message}</p>
      {now === null ? <p>It is no longer there.</p> : null}
      {changes.length > 0 ? (
        <ul className={styles.list}>
          {changes.map((c) => (
            <li key={c.field}>
              {c.field}: was “{c.then}”, now “{c.now}”
            </li>
          ))}
        </ul>
      ) : null}
      <button type="button" className={styles.button} onClick={onReload}>
        Reload the current version
      </button>
    </div>
  );
}
