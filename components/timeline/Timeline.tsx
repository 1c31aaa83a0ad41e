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
  // The day the slider was last moved to, until the address (`at`) has caught up with it. Without
  // it a second arrow key pressed before that render started again from the old day, and the
  // controlled input snapped back: fast key presses were lost.
  const [moved, setMoved] = useState<string | null>(null);
  if (moved !== null && at === moved) setMoved(null);
  const current = moved ?? at;
  const shown = current ?? range.max;
  // Every other way of moving (buttons, play) names its day outright: the slider's pending day is dropped.
  const go = (date: string | undefined) => {
    setMoved(null);
    onAt(date);
  };
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
      else {
        setMoved(null);
        onAt(next);
      }
    }, PLAY_TICK_MS);
    return () => clearInterval(timer);
  }, [playing, changes, onAt]);

  const play = () => {
    // Playing from the end starts again from the beginning.
    if (nextDate(changes, shown) === undefined) go(changes[0] ?? range.min);
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
          onChange={(event) => {
            const day = addDays(range.min, Number(event.target.value));
            setMoved(day);
            onAt(day);
          }}
        />
        <output htmlFor={`${id}-date`} className={styles.date} data-testid="timeline-date" aria-live="polite">
          {current ?? 'All dates'}
        </output>
      </div>
      <div className={styles.sliderRow}>
        <button type="button" onClick={() => previous && go(previous)} disabled={!previous} aria-label="Previous change">
          ◀ Previous
        </button>
        <button type="button" onClick={play} aria-pressed={playing} data-testid="timeline-play">
          {playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" onClick={() => next && go(next)} disabled={!next} aria-label="Next change">
          Next ▶
        </button>
        <button type="button" onClick={() => { setPlaying(false); go(undefined); }} disabled={current === undefined}>
          All dates
        </button>
      </div>
      <span className={styles.range}>
        {range.min} – {range.max}; {changes.length} dates when stances begin or end
      </span>
    </div>
  );
}
