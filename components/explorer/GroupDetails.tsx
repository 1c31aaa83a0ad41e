/**
 * What a group or a bundle of the canvas's levels of detail stands for (components/graph/aggregate.ts),
 * one click from what it hides: `GroupPanel` when one is selected on the canvas, `GroupList` as the
 * keyboard way to every group ("Open" draws its actors and their stances one by one, "Fold" gathers
 * them again). Names are rendered as text.
 */
import { isAggregate, type ActorGroup } from '@/components/graph/aggregate';
import type { LevelOfDetailState } from '@/components/explorer/useLevelOfDetail';
import type { Elements } from '@/graph/model/elements';
import styles from '@/components/explorer/explorer.module.css';

const MEMBERS_LISTED = 30;
const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** "Open" or "Fold"; in the list the group's name follows for screen readers (it is written beside the button). */
function OpenButton({ group, lod, named = false }: { group: ActorGroup; lod: LevelOfDetailState; named?: boolean }) {
  const name = named ? <span className={styles.visuallyHidden}> {group.label}</span> : ` ${group.label}`;
  return group.expanded ? (
    <button type="button" className={styles.linkButton} onClick={() => lod.fold(group.id)} data-testid="fold-group">
      Fold{name}
    </button>
  ) : (
    <button type="button" className={styles.linkButton} onClick={() => lod.open(group.id)} data-testid="open-group">
      Open{name}
    </button>
  );
}

export interface GroupPanelProps {
  /** The selected group node's or bundle edge's id. */
  id: string;
  lod: LevelOfDetailState;
  /** The real view, for member names. */
  elements: Elements;
}

export function GroupPanel({ id, lod, elements }: GroupPanelProps) {
  const names = new Map(elements.nodes.map((n) => [n.data.id, n.data.label]));
  const group = lod.groups.find((g) => g.id === id);
  const bundle = group ? undefined : lod.elements.edges.find((e) => e.data.id === id)?.data;
  const groupAt = (end: string) => lod.groups.find((g) => g.id === end);
  const nameOf = (end: string) => groupAt(end)?.label ?? names.get(end) ?? 'Unknown';
  return (
    <aside className={styles.details} aria-label="Details" aria-live="polite" data-testid="details-panel">
      {group ? (
        <>
          <h2 data-testid="details-title">{group.label}</h2>
          <p className={styles.hint}>
            {count(group.members.length, 'actor', 'actors')} of this view, drawn as one to keep the canvas quick
            {group.undrawn > 0 ? `; ${count(group.undrawn, 'stance', 'stances')} of theirs (among themselves, or with less connected actors) are drawn only when it is open` : ''}.
            {group.expanded ? ' It is open: its actors are drawn one by one.' : ' Opening it draws its actors one by one.'}
          </p>
          <OpenButton group={group} lod={lod} />
          <ul className={styles.stanceList} aria-label="Members, most connected first">
            {group.members.slice(0, MEMBERS_LISTED).map((member) => (
              <li key={member}>{names.get(member) ?? member}</li>
            ))}
          </ul>
          {group.members.length > MEMBERS_LISTED ? <p className={styles.hint}>and {count(group.members.length - MEMBERS_LISTED, 'other', 'others')}.</p> : null}
        </>
      ) : bundle ? (
        <>
          <h2 data-testid="details-title">
            {String(bundle.label)} between {nameOf(bundle.source)} and {nameOf(bundle.target)}
          </h2>
          <p className={styles.hint}>
            {bundle.polarity > 0 ? 'Backing' : bundle.polarity < 0 ? 'Opposing' : 'Neither backing nor opposing'} stances, whichever way each points, drawn as one line. Each stance and its evidence are shown when its group is open.
          </p>
          {[bundle.source, bundle.target].flatMap((end) => {
            const g = isAggregate(end) ? groupAt(end) : undefined;
            return g ? [<OpenButton key={g.id} group={g} lod={lod} />] : [];
          })}
        </>
      ) : (
        <p className={styles.hint}>The selected group is not in this view any more.</p>
      )}
    </aside>
  );
}

/** Every group of the canvas, folded or open, with its button. */
export function GroupList({ lod }: { lod: LevelOfDetailState }) {
  if (lod.groups.length === 0) return null;
  return (
    <details className={styles.details} data-testid="group-list">
      <summary>Groups on the canvas ({lod.groups.length})</summary>
      <ul className={styles.stanceList}>
        {lod.groups.map((group) => (
          <li key={group.id}>
            {group.expanded ? `${group.label} (open) ` : `${group.label} `}
            <OpenButton group={group} lod={lod} named />
          </li>
        ))}
      </ul>
    </details>
  );
}
