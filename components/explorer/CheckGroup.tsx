/**
 * A group of filter boxes where an empty choice means "all" (every box shows ticked), with an
 * optional "only" button beside each box that keeps that value alone.
 */
import styles from '@/components/explorer/explorer.module.css';
import own from '@/components/explorer/filters.module.css';
import { onlyThis, toggle } from '@/components/explorer/choice';

export interface CheckGroupProps<T extends string | number> {
  legend: string;
  all: readonly T[];
  selected: readonly T[];
  label: (value: T) => string;
  onChange: (next: T[]) => void;
  testId: string;
  /** Name of a value for its "only" button ("Only <name>"); no buttons without it. */
  only?: (value: T) => string;
}

export function CheckGroup<T extends string | number>({ legend, all, selected, label, onChange, testId, only }: CheckGroupProps<T>) {
  const none = selected.length === 0;
  return (
    <fieldset className={styles.fieldset} data-testid={testId}>
      <legend>{legend}</legend>
      {all.map((value) => {
        const box = (
          <label key={String(value)} className={styles.check}>
            <input type="checkbox" checked={none || selected.includes(value)} onChange={() => onChange(toggle(selected, all, value))} /> {label(value)}
          </label>
        );
        if (!only) return box;
        const alone = selected.length === 1 && selected[0] === value;
        return (
          <div key={String(value)} className={own.option}>
            {box}
            <button type="button" className={own.only} aria-label={alone ? `All ${legend.toLowerCase()}` : `Only ${only(value)}`} onClick={() => onChange(onlyThis(selected, all, value))}>
              {alone ? 'all' : 'only'}
            </button>
          </div>
        );
      })}
    </fieldset>
  );
}
