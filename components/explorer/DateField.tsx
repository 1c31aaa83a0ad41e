/**
 * One end of the date range: a native date input that keeps what is typed and applies it only
 * when it is a complete date the filter can use (dateEntry.ts): at once for a date picked or
 * stepped with the arrow keys, after a pause in typing, and on Enter or leaving the field. Why a
 * date is not applied is said beside it (a live region, so screen readers hear it too).
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { judgeDate, type DateEnd } from '@/components/explorer/dateEntry';
import styles from '@/components/explorer/filters.module.css';

export interface DateFieldProps {
  end: DateEnd;
  testId: string;
  /** The date in force (undefined: no bound). */
  applied: string | undefined;
  /** The data's date range: shown when no date is in force, and what typed dates must fall within. */
  range: { min: string; max: string } | null;
  /** The other end's date in force. */
  other: string | undefined;
  onApply: (date: string | undefined) => void;
}

/** A change this soon after a digit key is typing, not a pick from the calendar or an arrow key. */
const TYPING_MS = 250;
/** Typing is applied after this long without a keystroke. */
const PAUSE_MS = 900;

export default function DateField({ end, testId, applied, range, other, onApply }: DateFieldProps) {
  const shown = applied ?? (end === 'from' ? range?.min : range?.max) ?? '';
  const [draft, setDraft] = useState(shown);
  const [message, setMessage] = useState<string | null>(null);
  // A new date in force (a link, Back, Clear filters, the data's range arriving) replaces the draft.
  const [synced, setSynced] = useState(shown);
  if (synced !== shown) {
    setSynced(shown);
    setDraft(shown);
    setMessage(null);
  }
  const input = useRef<HTMLInputElement>(null);
  const typedAt = useRef(0);
  const pause = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ shown, range, other, onApply });
  useEffect(() => {
    latest.current = { shown, range, other, onApply };
  });
  useEffect(() => () => clearTimeout(pause.current), []);
  const messageId = useId();

  /** Applies what the field holds when it can, else says why not. */
  function commit() {
    clearTimeout(pause.current);
    const field = input.current;
    if (!field) return;
    const now = latest.current;
    const verdict = judgeDate(field.value, field.validity.badInput, { end, range: now.range, other: now.other });
    if ('keep' in verdict) {
      setMessage(verdict.message);
      return;
    }
    setMessage(null);
    // Leaving a field unchanged (showing the data's own bound) sets no filter.
    if ((verdict.apply ?? '') !== now.shown) now.onApply(verdict.apply);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (/^\d$/.test(event.key)) typedAt.current = Date.now();
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    }
  }

  return (
    <span className={styles.dateField}>
      <label className={styles.dateLabel}>
        {end === 'from' ? 'From' : 'To'}{' '}
        <input
          ref={input}
          type="date"
          data-testid={testId}
          value={draft}
          min={range?.min}
          max={range?.max}
          aria-describedby={messageId}
          aria-invalid={message !== null}
          onKeyDown={onKeyDown}
          onBlur={commit}
          onChange={(event) => {
            setDraft(event.target.value);
            setMessage(null);
            clearTimeout(pause.current);
            // Typing, or a part just cleared: wait for the next keystroke rather than judge half a date.
            if (Date.now() - typedAt.current < TYPING_MS || event.target.value === '') pause.current = setTimeout(commit, PAUSE_MS);
            else commit();
          }}
        />
      </label>
      <span id={messageId} className={styles.dateMessage} role="status" aria-live="polite" data-testid={`${testId}-message`}>
        {message}
      </span>
    </span>
  );
}
