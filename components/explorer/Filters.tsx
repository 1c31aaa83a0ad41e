/**
 * Filters of the view: depth, stance kinds, polarity, actor kinds, certainty and the date range
 * ("the network as it stood"). An empty list in the view means "all", so every box shows ticked.
 */
import { ACTOR_KIND_LABELS, Certainty, STANCE_KIND_POLARITY, type StanceKind } from '@/graph/schema';
import { isFiltered, type ViewState } from '@/components/explorer/viewState';
import { KIND_STYLES, polaritySign } from '@/components/graph/style';
import { typeLabel } from '@/graph/elements';
import styles from '@/components/explorer/explorer.module.css';

export interface FiltersProps {
  view: ViewState;
  bounds: { min: string; max: string } | null;
  onChange: (patch: Partial<ViewState>) => void;
}

/** Toggles `value`, reading an empty list as "all ticked" (so unticking one keeps the others). */
export function toggle<T>(current: readonly T[], all: readonly T[], value: T): T[] {
  const base = current.length === 0 ? [...all] : [...current];
  const next = base.includes(value) ? base.filter((v) => v !== value) : [...base, value];
  // Everything ticked is the same as no filter: keep the URL short.
  return all.every((v) => next.includes(v)) ? [] : all.filter((v) => next.includes(v));
}

function CheckGroup<T extends string | number>({ legend, all, selected, label, onChange, testId }: { legend: string; all: readonly T[]; selected: readonly T[]; label: (v: T) => string; onChange: (next: T[]) => void; testId: string }) {
  const none = selected.length === 0;
  return (
    <fieldset className={styles.fieldset} data-testid={testId}>
      <legend>{legend}</legend>
      {all.map((value) => (
        <label key={String(value)} className={styles.check}>
          <input type="checkbox" checked={none || selected.includes(value)} onChange={() => onChange(toggle(selected, all, value))} /> {label(value)}
        </label>
      ))}
    </fieldset>
  );
}

const STANCE_KINDS = Object.keys(STANCE_KIND_POLARITY) as StanceKind[];
const POLARITIES = [1, -1, 0] as const;
const POLARITY_LABEL: Record<number, string> = { 1: 'backs', [-1]: 'opposes', 0: 'neutral' };
const ACTOR_KINDS = [...Object.keys(ACTOR_KIND_LABELS), 'topic'];

export default function Filters({ view, bounds, onChange }: FiltersProps) {
  const filtered = isFiltered(view);
  return (
    <form className={styles.filters} aria-label="Filters" onSubmit={(event) => event.preventDefault()}>
      <div className={styles.row}>
        <label htmlFor="depth">Depth</label>
        <select id="depth" value={view.depth} onChange={(event) => onChange({ depth: Number(event.target.value) })}>
          <option value={1}>1 step from focus</option>
          <option value={2}>2 steps</option>
          <option value={3}>3 steps</option>
        </select>
      </div>
      <CheckGroup
        legend="Polarity"
        testId="filter-polarity"
        all={POLARITIES}
        selected={view.polarity}
        label={(p) => `${polaritySign(p)} ${POLARITY_LABEL[p]}`}
        onChange={(polarity) => onChange({ polarity: polarity as ViewState['polarity'] })}
      />
      <CheckGroup legend="Certainty" testId="filter-certainty" all={Certainty.options} selected={view.certainty} label={(c) => c} onChange={(certainty) => onChange({ certainty })} />
      <fieldset className={styles.fieldset}>
        <legend>Date range</legend>
        <label className={styles.dateLabel}>
          From{' '}
          <input type="date" data-testid="filter-from" value={view.from ?? bounds?.min ?? ''} min={bounds?.min} max={view.to ?? bounds?.max} onChange={(event) => onChange({ from: event.target.value || undefined })} />
        </label>
        <label className={styles.dateLabel}>
          To{' '}
          <input type="date" data-testid="filter-to" value={view.to ?? bounds?.max ?? ''} min={view.from ?? bounds?.min} max={bounds?.max} onChange={(event) => onChange({ to: event.target.value || undefined })} />
        </label>
      </fieldset>
      <details className={styles.details}>
        <summary>Actor kinds{view.actorKinds.length > 0 ? ` (${view.actorKinds.length})` : ''}</summary>
        <CheckGroup legend="Actor kinds" testId="filter-actor-kinds" all={ACTOR_KINDS} selected={view.actorKinds} label={(k) => KIND_STYLES[k]?.label ?? k} onChange={(actorKinds) => onChange({ actorKinds })} />
      </details>
      <details className={styles.details}>
        <summary>Stance kinds{view.kinds.length > 0 ? ` (${view.kinds.length})` : ''}</summary>
        <CheckGroup
          legend="Stance kinds"
          testId="filter-kinds"
          all={STANCE_KINDS}
          selected={view.kinds}
          label={(k) => `${polaritySign(STANCE_KIND_POLARITY[k])} ${typeLabel(k)}`}
          onChange={(kinds) => onChange({ kinds })}
        />
      </details>
      {filtered ? (
        <button type="button" className={styles.linkButton} onClick={() => onChange({ kinds: [], polarity: [], actorKinds: [], certainty: [], from: undefined, to: undefined })}>
          Clear filters
        </button>
      ) : null}
    </form>
  );
}
