/** One end of a stance: a known actor (or topic, for "to"), or a new one created inline with its name, kind and aliases. */
import type { Party } from '@/components/workbench/useStanceForm';
import type { KnownEntity } from '@/graph/workbench/workbenchTypes';
import { ActorKind } from '@/graph/model/schema';
import styles from '@/components/workbench/workbench.module.css';

interface Props {
  label: string;
  name: 'from' | 'to';
  value: Party;
  known: readonly KnownEntity[];
  allowTopics: boolean;
  onChange: (party: Party) => void;
}

const NEW_ACTOR = '__new-actor';
const NEW_TOPIC = '__new-topic';

export default function PartyField({ label, name, value, known, allowTopics, onChange }: Props) {
  const actors = known.filter((k) => k.type === 'actor');
  const topics = known.filter((k) => k.type === 'topic');
  const selected = value.type === 'known' ? value.id : value.type === 'new-actor' ? NEW_ACTOR : NEW_TOPIC;
  const pick = (id: string) => {
    if (id === NEW_ACTOR) onChange({ type: 'new-actor', name: '', kind: 'state', aliases: '' });
    else if (id === NEW_TOPIC) onChange({ type: 'new-topic', name: '' });
    else onChange({ type: 'known', id });
  };
  return (
    <fieldset className={styles.fieldset}>
      <legend>{label}</legend>
      <label className={styles.field}>
        <span>{label === 'From' ? 'Actor taking the stance' : 'Actor or topic the stance is about'}</span>
        <select name={name} value={selected} onChange={(e) => pick(e.target.value)} required>
          <option value="">Choose…</option>
          <option value={NEW_ACTOR}>New actor…</option>
          {allowTopics && <option value={NEW_TOPIC}>New topic…</option>}
          <optgroup label="Actors">
            {actors.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
          </optgroup>
          {allowTopics && topics.length > 0 && (
            <optgroup label="Topics">
              {topics.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
            </optgroup>
          )}
        </select>
      </label>
      {value.type !== 'known' && (
        <label className={styles.field}>
          <span>New {value.type === 'new-actor' ? 'actor' : 'topic'}&apos;s name</span>
          <input name={`${name}-name`} value={value.name} required maxLength={200} onChange={(e) => onChange({ ...value, name: e.target.value })} />
        </label>
      )}
      {value.type === 'new-actor' && (
        <>
          <label className={styles.field}>
            <span>Kind</span>
            <select name={`${name}-kind`} value={value.kind} onChange={(e) => onChange({ ...value, kind: ActorKind.parse(e.target.value) })}>
              {ActorKind.options.map((k) => <option key={k} value={k}>{k.replace('_', ' ')}</option>)}
            </select>
          </label>
          <label className={styles.field}>
            <span>Aliases (comma-separated, optional)</span>
            <input name={`${name}-aliases`} value={value.aliases} onChange={(e) => onChange({ ...value, aliases: e.target.value })} />
          </label>
        </>
      )}
    </fieldset>
  );
}
