/**
 * The time slider: a range input over every day of the data's range (arrow keys move a day,
 * Page Up/Down further, Home/End to the ends, as for any range input), buttons to step to the
 * previous or next date the network changes, play/pause (one change date per tick), and a way
 * back to all dates. Moving it calls `onAt`; the map follows through TimelinePanel.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { addDays, daysBetween, nextDate, previousDate } from '@/components/timeline/dates';
import styles from '@/components/timeline/timeline.module.css';

export const PLAY_TICK_MS = 900;

export interface TimelineProps {
  range: { min: string; max: string };
  /** The dates the stances in force change, ascending (where step and play stop). */
  changes: readonly string[];
  at?: string | undefined;
  onAt: (date: string | undefined) => void;
}

export function Timeline({ range, changes, at, onAt }: TimelineProps) {
  const id = useId();
  const [playing, setPlaying] = useState(false);
  const shown = at ?? range.max;
  const span = Math.max(0, daysBetween(range.min, range.max));
  const value = Math.min(span, Math.max(0, daysBetween(range.min, shown)));
  // The latest `at` for the timer, so a tick never steps from a stale date.
  const atRef = useRef(shown);
  useEffect(() => {
    atRef.current = shown;
  }, [shown]);

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const next = nextDate(changes, atRef.current);
      if (next === undefined) setPlaying(false);
      else onAt(next);
    }, PLAY_TICK_MS);
    return () => clearInterval(timer);
  }, [playing, changes, onAt]);

  const play = () => {
    // Playing from the end starts again from the beginning.
    if (nextDate(changes, shown) === undefined) onAt(changes[0] ?? range.min);
    setPlaying((p) => !p);
  };
  const previous = previousDate(changes, shown);
  const next = nextDate(changes, shown);

  return (
    <div className={styles.slider} data-testid="timeline">
      <div className={styles.sliderRow}>
        <label htmlFor={`${id}-date`}>Date</label>
        <input
          id={`${id}-date`}
          type="range"
          min={0}
          max={span}
          step={1}
          value={value}
          aria-valuetext={shown}
          data-testid="timeline-slider"
          onChange={(event) => onAt(addDays(range.min, Number(event.target.value)))}
        />
        <output htmlFor={`${id}-date`} className={styles.date} data-testid="timeline-date" aria-live="polite">
          {at ?? 'All dates'}
        </output>
      </div>
      <div className={styles.sliderRow}>
        <button type="button" onClick={() => previous && onAt(previous)} disabled={!previous} aria-label="Previous change">
          ◀ Previous
        </button>
        <button type="button" onClick={play} aria-pressed={playing} data-testid="timeline-play">
          {playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" onClick={() => next && onAt(next)} disabled={!next} aria-label="Next change">
          Next ▶
        </button>
        <button type="button" onClick={() => { setPlaying(false); onAt(undefined); }} disabled={at === undefined}>
          All dates
        </button>
      </div>
      <span className={styles.range}>
        {range.min} – {range.max}; {changes.length} dates when stances begin or end
      </span>
    </div>
  );
}
