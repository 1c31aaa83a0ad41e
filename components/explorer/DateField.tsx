/**
 * One end of the date range: a text field written YYYY-MM-DD, one Tab stop (a native date input
 * has one per part plus its calendar button). It keeps what is typed and applies it only when it
 * is a whole date the filter can use (dateEntry.ts): as the last digit of a whole date is typed,
 * and on Enter or leaving the field (where an emptied field means "no bound" and a half-typed
 * date is said). The format and the data's range are said beside the field; why a date is not
 * applied is said in a live region, so screen readers hear it too. Focusing the field selects
 * its text, so typing replaces the date shown.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { DATE_FORMAT, judgeDate, readTypedDate, type DateEnd } from '@/components/explorer/dateEntry';
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
  const latest = useRef({ shown, range, other, onApply });
  useEffect(() => {
    latest.current = { shown, range, other, onApply };
  });
  const hintId = useId();
  const messageId = useId();

  /**
   * Applies `text` when it is a date the filter can use, else says why not. While typing
   * (`finished` false) a half-typed date is not remarked on, and an emptied field waits.
   */
  function commit(text: string, finished: boolean) {
    const now = latest.current;
    const typed = readTypedDate(text);
    if (!finished && (typed.incomplete || typed.value === '')) return;
    const verdict = judgeDate(typed.value, typed.incomplete, { end, range: now.range, other: now.other });
    if ('keep' in verdict) {
      setMessage(verdict.message);
      return;
    }
    setMessage(null);
    // Leaving a field unchanged (showing the data's own bound) sets no filter.
    if ((verdict.apply ?? '') !== now.shown) now.onApply(verdict.apply);
    else if (typed.value !== text) setDraft(now.shown); // 20190125 typed for the date in force: show it written out
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit(event.currentTarget.value, true);
    }
  }

  return (
    <span className={styles.dateField}>
      <label className={styles.dateLabel}>
        {end === 'from' ? 'From' : 'To'}{' '}
        <input
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          maxLength={10}
          placeholder={DATE_FORMAT}
          className={styles.dateInput}
          data-testid={testId}
          value={draft}
          aria-describedby={`${hintId} ${messageId}`}
          aria-invalid={message !== null}
          onFocus={(event) => event.currentTarget.select()}
          onKeyDown={onKeyDown}
          onBlur={(event) => commit(event.currentTarget.value, true)}
          onChange={(event) => {
            setDraft(event.target.value);
            setMessage(null);
            commit(event.target.value, false);
          }}
        />
      </label>
      <span id={hintId} className={styles.dateHint}>
        {DATE_FORMAT}
        {range ? `, ${range.min} to ${range.max}` : ''}
      </span>
      <span id={messageId} className={styles.dateMessage} role="status" aria-live="polite" data-testid={`${testId}-message`}>
        {message}
      </span>
    </span>
  );
}
