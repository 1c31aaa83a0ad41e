/**
 * Edit and "Merge into…" for an actor in the explorer's details panel, for signed-in editors only.
 * A 409 says what changed meanwhile and offers to reload; after a change the view reloads.
 */
import { useState } from 'react';
import { useEditor } from '@/components/auth/useEditor';
import ActorEditForm from '@/components/edit/ActorEditForm';
import ConflictNotice from '@/components/edit/ConflictNotice';
import MergeActor from '@/components/edit/MergeActor';
import { ACTOR_FIELDS, actorPatch, editableActor, splitAliases, type ActorValues } from '@/components/edit/actorValues';
import { send } from '@/components/apiClient';
import { EditAnswer } from '@/components/edit/editAnswers';
import { useEditAction } from '@/components/edit/useEditAction';
import type { ActorHit } from '@/graph/views/viewTypes';
import type { NodeData } from '@/graph/model/elements';
import styles from '@/components/edit/edit.module.css';

interface Props {
  node: NodeData;
  /** After a saved edit (or to reload after a conflict): the view fetches the graph again. */
  onChanged: () => void;
  /** After a merge of this actor (`merged`, its id) into `survivor`: the view reloads and shows the survivor. */
  onMerged: (merged: string, survivor: ActorHit) => void;
}

export default function ActorTools({ node, onChanged, onMerged }: Props) {
  const { editor } = useEditor();
  const [mode, setMode] = useState<'closed' | 'edit' | 'merge'>('closed');
  const action = useEditAction();
  const actor = editableActor(node);
  if (!editor || !actor) return null;
  const close = () => {
    setMode('closed');
    action.reset();
  };
  const reload = () => {
    close();
    onChanged();
  };
  const save = async (edited: ActorValues) => {
    const patch = actorPatch(actor, edited);
    if (!patch) return close();
    if (await action.run(() => send('PATCH', `/api/edit/actors/${encodeURIComponent(actor.id)}`, patch, EditAnswer))) reload();
  };
  return (
    <section aria-label="Edit this actor" data-testid="actor-tools">
      {mode === 'closed' ? (
        <div className={styles.tools}>
          <button type="button" className={styles.button} onClick={() => setMode('edit')}>Edit actor</button>
          <button type="button" className={styles.button} onClick={() => setMode('merge')}>Merge into…</button>
        </div>
      ) : null}
      {mode === 'edit' ? <ActorEditForm initial={actor.values} busy={action.busy} onSave={(v) => void save(v)} onCancel={close} /> : null}
      {mode === 'merge' ? (
        <MergeActor
          actor={{ id: actor.id, name: actor.values.name, version: actor.version }}
          action={action}
          onMerged={(survivor) => {
            close();
            onMerged(actor.id, survivor);
          }}
          onCancel={close}
        />
      ) : null}
      {action.error ? <p role="alert" className={styles.error}>{action.error}</p> : null}
      {action.conflict ? (
        <ConflictNotice
          message={action.conflict.message}
          then={{ ...actor.values, aliases: splitAliases(actor.values.aliases), description: actor.values.description || null }}
          now={action.conflict.current}
          // A merge's conflict may be about the survivor: then the message says which, and nothing is compared.
          fields={action.conflict.current && action.conflict.current.id !== actor.id ? [] : ACTOR_FIELDS}
          onReload={reload}
        />
      ) : null}
    </section>
  );
}
