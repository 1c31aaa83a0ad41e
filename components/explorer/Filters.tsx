/**
 * Filters of the view: data sets, depth, stance kinds, polarity, actor kinds, certainty and the
 * date range ("the network as it stood"). An empty list in the view means "all", so every box
 * shows ticked; kinds have "only" buttons to keep one alone.
 */
import { ACTOR_KIND_LABELS, Certainty, STANCE_KIND_POLARITY, STANCE_KINDS } from '@/graph/model/schema';
import { isFiltered, NO_FILTERS, type ViewState } from '@/components/explorer/viewState';
import { KIND_STYLES, polaritySign } from '@/components/graph/style';
import { typeLabel } from '@/graph/model/elements';
import { CheckGroup } from '@/components/explorer/CheckGroup';
import DatasetPicker from '@/components/explorer/DatasetPicker';
import DateField from '@/components/explorer/DateField';
import { datasetRange, type DatasetsState } from '@/components/explorer/useDatasets';
import styles from '@/components/explorer/explorer.module.css';

export interface FiltersProps {
  view: ViewState;
  /** Dates seen in what was loaded: the range when the data sets' own is not known. */
  bounds: { min: string; max: string } | null;
  datasets: DatasetsState;
  onChange: (patch: Partial<ViewState>) => void;
}

const POLARITIES = [1, -1, 0] as const;
const POLARITY_LABEL: Record<number, string> = { 1: 'backs', [-1]: 'opposes', 0: 'neutral' };
const ACTOR_KINDS = [...Object.keys(ACTOR_KIND_LABELS), 'topic'];
const actorKindName = (k: string) => KIND_STYLES[k]?.label ?? k;

export default function Filters({ view, bounds, datasets, onChange }: FiltersProps) {
  const filtered = isFiltered(view);
  // The range in force: the chosen data sets' dates, whatever view a link opened.
  const range = datasetRange(datasets.datasets, view.dataset) ?? bounds;
  return (
    <form className={styles.filters} aria-label="Filters" onSubmit={(event) => event.preventDefault()}>
      <DatasetPicker state={datasets} selected={view.dataset} onChange={(dataset) => onChange({ dataset })} />
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
        <DateField end="from" testId="filter-from" applied={view.from} range={range} other={view.to} onApply={(from) => onChange({ from })} />
        <DateField end="to" testId="filter-to" applied={view.to} range={range} other={view.from} onApply={(to) => onChange({ to })} />
      </fieldset>
      <details className={styles.details}>
        <summary>Actor kinds{view.actorKinds.length > 0 ? ` (${view.actorKinds.length})` : ''}</summary>
        <CheckGroup legend="Actor kinds" testId="filter-actor-kinds" all={ACTOR_KINDS} selected={view.actorKinds} label={actorKindName} onChange={(actorKinds) => onChange({ actorKinds })} only={actorKindName} />
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
          only={typeLabel}
        />
      </details>
      {filtered ? (
        <button type="button" className={styles.linkButton} onClick={() => onChange(NO_FILTERS)}>
          Clear filters
        </button>
      ) : null}
    </form>
  );
}
