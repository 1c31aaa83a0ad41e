/**
 * "Merge into…": find the surviving actor by name, then confirm. Every stance, alias and quote of
 * this actor moves to the survivor, and this actor's name becomes one of its aliases.
 */
import { useState } from 'react';
import { send } from '@/components/apiClient';
import { EditAnswer } from '@/components/edit/editAnswers';
import { escapeCancels } from '@/components/edit/useEditForm';
import { useActorSearch } from '@/components/edit/useActorSearch';
import type { EditActionState } from '@/components/edit/useEditAction';
import type { ActorHit } from '@/graph/views/viewTypes';
import styles from '@/components/edit/edit.module.css';

interface Props {
  actor: { id: string; name: string; version: number };
  action: EditActionState & { run: (work: () => Promise<unknown>) => Promise<boolean> };
  onMerged: (survivor: ActorHit) => void;
  onCancel: () => void;
}

export default function MergeActor({ actor, action, onMerged, onCancel }: Props) {
  const [text, setText] = useState('');
  const [survivor, setSurvivor] = useState<ActorHit | null>(null);
  const search = useActorSearch(text, actor.id);
  const merge = async (into: ActorHit) => {
    const body = { from: actor.id, into: into.id, fromVersion: actor.version, intoVersion: into.version ?? 0 };
    if (await action.run(() => send('POST', '/api/edit/actors/merge', body, EditAnswer))) onMerged(into);
  };
  const onKeyDown = escapeCancels(onCancel);
  return (
    <div role="group" aria-label={`Merge ${actor.name} into another actor`} className={styles.form} onKeyDown={onKeyDown} data-testid="merge-actor">
      {survivor === null ? (
        <>
          <label className={styles.field}>
            <span>Merge “{actor.name}” into…</span>
            <input type="search" value={text} autoFocus placeholder="Name of the actor to keep" onChange={(e) => setText(e.target.value)} />
          </label>
          {search.status === 'loading' ? <p role="status" className={styles.hint}>Searching…</p> : null}
          {search.status === 'error' ? <p role="alert" className={styles.error}>{search.error}</p> : null}
          {search.status === 'ready' && search.actors.length === 0 ? <p className={styles.hint}>No other actor matches “{text.trim()}”.</p> : null}
          {search.status === 'ready' && search.actors.length > 0 ? (
            <ul className={styles.list} aria-label="Matching actors">
              {search.actors.map((hit) => (
                <li key={hit.id}>
                  <button type="button" className={styles.button} onClick={() => setSurvivor(hit)}>
                    {hit.name} <span className={styles.hint}>({hit.kind}, {hit.id})</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <div className={styles.tools}>
            <button type="button" className={styles.button} onClick={onCancel}>Cancel</button>
          </div>
        </>
      ) : (
        <>
          <p>
            Merge “{actor.name}” into “{survivor.name}”? Every stance, alias and quote of “{actor.name}” moves to “{survivor.name}”, which keeps
            “{actor.name}” as an alias; “{actor.name}” is removed. The merge is recorded and can be reverted from Changes.
          </p>
          <div className={styles.tools}>
            <button type="button" className={`${styles.button} ${styles.primary}`} autoFocus disabled={action.busy} onClick={() => void merge(survivor)}>
              {action.busy ? 'Merging…' : `Merge into ${survivor.name}`}
            </button>
            <button type="button" className={styles.button} onClick={() => setSurvivor(null)}>Choose another</button>
            <button type="button" className={styles.button} onClick={onCancel}>Cancel</button>
          </div>
        </>
      )}
    </div>
  );
}
