/** One change in the /changes list: when, who, what, its summary and diff, and Revert for editors. */
import ChangeDiffView from '@/components/changes/ChangeDiffView';
import type { Change, ChangeAction } from '@/graph/edit/changeTypes';
import styles from '@/components/changes/changes.module.css';

const ACTION_WORDS: Record<ChangeAction, string> = {
  'stance.create': 'Stance created',
  'stance.evidence': 'Quote added',
  'stance.edit': 'Stance edited',
  'stance.delete': 'Stance deleted',
  'actor.create': 'Actor created',
  'actor.edit': 'Actor edited',
  'actor.merge': 'Actors merged',
  'topic.create': 'Topic created',
  'source.create': 'Source added',
  import: 'Data file imported',
  revert: 'Revert',
};

interface Props {
  change: Change;
  /** Offer Revert (a signed-in editor, on a change that can be undone). */
  canRevert: boolean;
  reverting: boolean;
  revertError: string | undefined;
  onRevert: (change: Change) => void;
  onActor: (id: string) => void;
}

export default function ChangeItem({ change, canRevert, reverting, revertError, onRevert, onActor }: Props) {
  const revertible = change.before !== null && change.after !== null && change.revertedBy === null;
  return (
    <li className={`${styles.item} ${change.revertedBy ? styles.reverted : ''}`} data-testid="change" data-change-id={change.id}>
      <div className={styles.head}>
        <span className={styles.action}>{ACTION_WORDS[change.action]}</span>
        <span>
          by <span data-testid="change-editor">{change.editor}</span>
        </span>
        <time dateTime={change.at}>{change.at.replace('T', ' ').slice(0, 19)} UTC</time>
        {change.dataset !== '' && <span>data set {change.datasets.join(', ')}</span>}
        {change.revertedBy && (
          <span className={styles.badge} data-testid="change-reverted">
            Reverted
          </span>
        )}
      </div>
      <p className={styles.summary}>{change.summary}</p>
      {change.actorIds.length > 0 && (
        <p className={styles.actors}>
          <span className={styles.hint}>Actors:</span>
          {change.actorIds.map((id) => (
            <button key={id} type="button" className={styles.linkButton} onClick={() => onActor(id)} aria-label={`Show only changes to actor ${id}`}>
              {id}
            </button>
          ))}
        </p>
      )}
      <ChangeDiffView change={change} />
      <div className={styles.foot}>
        {canRevert && revertible && (
          <button type="button" className={styles.button} onClick={() => onRevert(change)} disabled={reverting} aria-label={`Revert: ${change.summary}`}>
            {reverting ? 'Reverting…' : 'Revert'}
          </button>
        )}
        {revertError ? (
          <span role="alert" className={styles.error}>
            {revertError}
          </span>
        ) : null}
      </div>
    </li>
  );
}
