/**
 * "What changed between two dates": two date inputs, then the stances that began, ended or
 * flipped sign and the actors that changed camp (from /api/analysis/diff). Each stance is a
 * button that selects it on the map and opens its evidence (`onSelectStance`). The inputs start
 * from the compared dates: mount it with a key naming them, so a new comparison resets them.
 */
import { useId, useState, type FormEvent } from 'react';
import type { DiffResponse } from '@/graph/analysis/analysisTypes';
import type { Compare, Loadable } from '@/components/timeline/useTimeline';
import styles from '@/components/timeline/timeline.module.css';
import { DATE_FORMAT, readTypedDate } from '@/components/explorer/dateEntry';
import { IsoDate } from '@/graph/model/schema';
import { stanceVerb } from '@/components/stanceSentence';

export interface ChangesListProps {
  range: { min: string; max: string };
  compare?: Compare | undefined;
  onCompare: (compare: Compare | undefined) => void;
  diff: Loadable<DiffResponse>;
  /** An actor's name for its id (the id when the map does not hold it). */
  nameOf: (id: string) => string;
  onSelectStance: (stanceId: string) => void;
  /** Dates proposed when nothing is compared yet. */
  defaults: Compare;
}

/** The verb from the kind and the polarity (docs/sentences.md): a neutral stance never reads "supports". */
const verbOf = (kind: string, polarity: -1 | 0 | 1) => {
  const { words, lean } = stanceVerb(kind, polarity);
  return lean ? `${words} (${lean})` : words;
};
const signWord = (sign: number) => (sign > 0 ? 'positive' : 'negative');

function StanceButton({ id, diff, nameOf, onSelect }: { id: string; diff: DiffResponse; nameOf: (id: string) => string; onSelect: (id: string) => void }) {
  const stance = diff.stances[id];
  const text = stance ? `${nameOf(stance.from)} ${verbOf(stance.kind, stance.polarity)} ${nameOf(stance.to)} (${stance.date}${stance.until ? ` to ${stance.until}` : ''})` : id;
  return (
    <button type="button" className={styles.linkButton} onClick={() => onSelect(id)} data-stance-id={id}>
      {text}
    </button>
  );
}

function Section({ title, count, testId, children }: { title: string; count: number; testId: string; children: React.ReactNode }) {
  return (
    <section data-testid={testId}>
      <h4 className={styles.heading}>
        {title} ({count})
      </h4>
      {count === 0 ? <p className={styles.muted}>None.</p> : <ul className={styles.list}>{children}</ul>}
    </section>
  );
}

export function ChangesList({ range, compare, onCompare, diff, nameOf, onSelectStance, defaults }: ChangesListProps) {
  const id = useId();
  const [from, setFrom] = useState(compare?.from ?? defaults.from);
  const [to, setTo] = useState(compare?.to ?? defaults.to);
  // Text fields written YYYY-MM-DD, one Tab stop each (a native date input has one per part), as the explorer's date filter.
  const [first, second] = [readTypedDate(from).value, readTypedDate(to).value];
  const real = (date: string) => IsoDate.safeParse(date).success;
  const invalid = !real(first) || !real(second) ? `Write both dates as ${DATE_FORMAT}.` : first > second ? 'The first date must not be after the second.' : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!invalid) onCompare({ from: first, to: second });
  };
  const dateInput = { type: 'text', inputMode: 'numeric', autoComplete: 'off', maxLength: 10, placeholder: DATE_FORMAT, 'aria-describedby': `${id}-format` } as const;

  return (
    <div className={styles.changes} data-testid="timeline-changes">
      <h3 className={styles.heading}>What changed between two dates</h3>
      <form className={styles.dates} onSubmit={submit}>
        <label htmlFor={`${id}-from`}>
          From
          <input id={`${id}-from`} {...dateInput} value={from} onChange={(e) => setFrom(e.target.value)} data-testid="compare-from" />
        </label>
        <label htmlFor={`${id}-to`}>
          To
          <input id={`${id}-to`} {...dateInput} value={to} onChange={(e) => setTo(e.target.value)} data-testid="compare-to" />
        </label>
        <span id={`${id}-format`} className={styles.muted}>
          {DATE_FORMAT}, {range.min} to {range.max}
        </span>
        <button type="submit" disabled={invalid !== null}>
          Compare
        </button>
        {compare && (
          <button type="button" onClick={() => onCompare(undefined)}>
            Clear
          </button>
        )}
      </form>
      {invalid && from && to && <p className={styles.error}>{invalid}</p>}
      {diff.status === 'loading' && <p role="status">Comparing {compare?.from} with {compare?.to}…</p>}
      {diff.status === 'error' && <p className={styles.error} role="alert">Could not compare the dates: {diff.error}</p>}
      {diff.status === 'ready' && (
        <div data-testid="changes-result">
          <p>
            From {diff.data.from} to {diff.data.to}: {diff.data.began.length} began, {diff.data.ended.length} ended, {diff.data.flipped.length} ties flipped sign,{' '}
            {diff.data.changedCamp.length} actors changed camp.
          </p>
          <Section title="Began" count={diff.data.began.length} testId="changes-began">
            {diff.data.began.map((s) => (
              <li key={s}>
                <StanceButton id={s} diff={diff.data} nameOf={nameOf} onSelect={onSelectStance} />
              </li>
            ))}
          </Section>
          <Section title="Ended" count={diff.data.ended.length} testId="changes-ended">
            {diff.data.ended.map((s) => (
              <li key={s}>
                <StanceButton id={s} diff={diff.data} nameOf={nameOf} onSelect={onSelectStance} />
              </li>
            ))}
          </Section>
          <Section title="Flipped sign" count={diff.data.flipped.length} testId="changes-flipped">
            {diff.data.flipped.map((f) => (
              <li key={`${f.a}|${f.b}`}>
                {nameOf(f.a)} – {nameOf(f.b)}: {signWord(f.from)} to {signWord(f.to)}
                <ul className={styles.list}>
                  {f.stanceIds.map((s) => (
                    <li key={s}>
                      <StanceButton id={s} diff={diff.data} nameOf={nameOf} onSelect={onSelectStance} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </Section>
          <Section title="Changed camp" count={diff.data.changedCamp.length} testId="changes-camp">
            {diff.data.changedCamp.map((c) => (
              <li key={c.actor}>
                {nameOf(c.actor)}: camp {c.from + 1} to camp {c.to + 1}
              </li>
            ))}
          </Section>
        </div>
      )}
    </div>
  );
}
