/**
 * The timeline, self-contained for the explorer to mount once: the slider over the data's dates,
 * small charts of the network over time (stances in force, balance, camp sizes), the list of what
 * changed between two dates, and the map shown as it stood on `at` (elements out of force fade
 * out, positions kept, no layout). Everything it shows travels through its props, so the
 * explorer keeps `at` and `compare` in the URL.
 */
import { useCallback, useEffect, useMemo } from 'react';
import type cytoscape from 'cytoscape';
import { useTimeline, type Compare } from '@/components/timeline/useTimeline';
import { Timeline } from '@/components/timeline/Timeline';
import { Sparkline } from '@/components/timeline/Sparkline';
import { ChangesList } from '@/components/timeline/ChangesList';
import { clearInForce, showDay } from '@/components/timeline/applyInForce';
import styles from '@/components/timeline/timeline.module.css';

export interface TimelinePanelProps {
  /** The view's filters, as /api/analysis takes them. */
  filtersQuery: URLSearchParams;
  /** The day the map shows (YYYY-MM-DD); undefined: every date. */
  at?: string | undefined;
  onAt: (date: string | undefined) => void;
  compare?: Compare | undefined;
  onCompare: (compare: Compare | undefined) => void;
  onSelectStance: (stanceId: string) => void;
  cy: cytoscape.Core | null;
}

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** Keeps the canvas showing `at`, again after the view re-syncs its elements; undone when `at` goes. */
function useInForceOnCanvas(cy: cytoscape.Core | null, at: string | undefined): void {
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    if (!at) {
      clearInForce(cy);
      return;
    }
    showDay(cy, at);
    let frame = 0;
    // New elements arrive without the class: work the day out again once the sync is done.
    const resync = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => !cy.destroyed() && showDay(cy, at, { animate: false }));
    };
    cy.on('add remove', resync);
    return () => {
      cancelAnimationFrame(frame);
      cy.off('add remove', resync);
    };
  }, [cy, at]);
  // Leaving the timeline shows everything again.
  useEffect(() => () => void (cy && !cy.destroyed() && clearInForce(cy)), [cy]);
}

export function TimelinePanel({ filtersQuery, at, onAt, compare, onCompare, onSelectStance, cy }: TimelinePanelProps) {
  const { timeline, diff } = useTimeline(filtersQuery, compare);
  useInForceOnCanvas(cy, at);

  // The names are read from the map again when a new comparison arrives (the view may have changed since).
  const compared = diff.status === 'ready' ? diff.data : null;
  const names = useMemo(() => {
    const map = new Map<string, string>();
    if (!cy || !compared) return map;
    cy.nodes().forEach((n) => {
      const key = n.data('key') as string | undefined;
      if (key) map.set(key, String(n.data('label')));
    });
    return map;
  }, [cy, compared]);
  const nameOf = useCallback((id: string) => names.get(id) ?? id, [names]);

  if (timeline.status === 'idle' || timeline.status === 'loading') {
    return (
      <section className={styles.panel} aria-label="Timeline" data-testid="timeline-panel" data-status="loading">
        <p role="status">Loading the timeline…</p>
      </section>
    );
  }
  if (timeline.status === 'error') {
    return (
      <section className={styles.panel} aria-label="Timeline" data-testid="timeline-panel" data-status="error">
        <p className={styles.error} role="alert">
          Could not load the timeline: {timeline.error}
        </p>
      </section>
    );
  }
  const { range, points, truncated, changes } = timeline.data;
  if (!range || points.length === 0) {
    return (
      <section className={styles.panel} aria-label="Timeline" data-testid="timeline-panel" data-status="empty">
        <p>No dated stances match the current filters, so there is no timeline to show.</p>
      </section>
    );
  }
  const dates = points.map((p) => p.date);
  return (
    <section className={styles.panel} aria-label="Timeline" data-testid="timeline-panel" data-status="ready">
      <h2 className={styles.heading}>Timeline</h2>
      <Timeline range={range} changes={dates} at={at} onAt={onAt} />
      <div className={styles.charts}>
        <Sparkline title="Stances in force" dates={dates} series={[{ name: 'Stances', values: points.map((p) => p.stances) }]} at={at} testId="chart-stances" />
        <Sparkline
          title="Balanced triangles"
          dates={dates}
          series={[{ name: 'Balanced', values: points.map((p) => p.ratio) }]}
          at={at}
          yDomain={[0, 1]}
          format={percent}
          testId="chart-balance"
        />
        <Sparkline
          title="Camp sizes (actors)"
          dates={dates}
          series={[
            { name: 'Camp 1', values: points.map((p) => p.camps[0]) },
            { name: 'Camp 2', values: points.map((p) => p.camps[1]) },
          ]}
          at={at}
          testId="chart-camps"
        />
      </div>
      {truncated && (
        <p className={styles.muted}>
          The charts show {points.length} of the {changes} dates when stances begin or end, evenly spread.
        </p>
      )}
      <ChangesList
        key={compare ? `${compare.from}..${compare.to}` : 'none'}
        range={range}
        compare={compare}
        onCompare={onCompare}
        diff={diff}
        nameOf={nameOf}
        onSelectStance={onSelectStance}
        defaults={{ from: at ?? range.min, to: range.max }}
      />
    </section>
  );
}
