/**
 * A frozen graph, read-only: the saved elements at their saved positions, the saved frame fitted
 * into this canvas (or zoom and pan as saved, for snapshots without a frame), the saved selection
 * (or, without positions, its recorded layout, fitted: snapshotDrawing.ts), the question the view
 * answered with its sentence as it read then, the note, the stance list in the view's order, the
 * details panel working from the frozen data, and a notice when the live data has moved on.
 * Used by /s/[id] and by file import.
 */
import { useState, type ReactNode } from 'react';
import type cytoscape from 'cytoscape';
import type { Elements } from '@/graph/model/elements';
import type { LayoutName, Selection, SnapshotAnswer, SnapshotChanges, Viewport } from '@/graph/snapshots/snapshotTypes';
import type { z } from 'zod';
import { snapshotDrawing } from '@/components/share/snapshotDrawing';
import GraphCanvas from '@/components/graph/GraphCanvas';
import DetailsPanel from '@/components/graph/DetailsPanel';
import Legend from '@/components/graph/Legend';
import StanceList from '@/components/explorer/StanceList';
import { viewCoverageText } from '@/components/explorer/coverageText';
import ExportMenu from '@/components/export/ExportMenu';
import styles from '@/components/share/share.module.css';

export interface SnapshotViewProps {
  title: string;
  note?: string;
  elements: Elements;
  viewport?: Viewport;
  selection: Selection | null;
  focusIds?: string[];
  /** The question the view answered and its sentence, as they read when the snapshot was taken. */
  answer?: SnapshotAnswer;
  /** Absent for imported files, which have nothing live to compare with. */
  changes?: SnapshotChanges;
  /** Under the title: when it was made, counts... */
  meta?: ReactNode;
  /** Extra header actions, e.g. "Open live". */
  actions?: ReactNode;
  /** The layout the view was made with; run only when the nodes carry no positions (snapshotDrawing). */
  layout: z.infer<typeof LayoutName>;
}

export default function SnapshotView({ title, note, elements, viewport, selection: saved, focusIds, answer, changes, meta, actions, layout }: SnapshotViewProps) {
  const drawing = snapshotDrawing(elements, layout, viewport);
  const [selection, setSelection] = useState<Selection | null>(saved);
  const [cy, setCy] = useState<cytoscape.Core | null>(null);
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <h1>{title}</h1>
        {changes ? (
          <span className={styles.meta} data-testid="snapshot-provenance">
            Title and note by whoever shared this view. The nodes, stances and evidence were read from the data when it was shared.
          </span>
        ) : null}
        {meta ? <span className={styles.meta}>{meta}</span> : null}
        <div className={styles.actions}>
          {actions}
          <ExportMenu cy={cy} title={title} />
        </div>
      </header>
      {answer ? (
        <section className={styles.answer} aria-labelledby="snapshot-question" data-testid="snapshot-answer">
          <h2 id="snapshot-question">{answer.question}</h2>
          <p data-testid="snapshot-sentence">{answer.sentence}</p>
          {/* Sent with the snapshot, as the title and note are: the stances and evidence below are the ones read from the data. */}
          <p className={styles.meta} data-testid="snapshot-answer-origin">
            The question and answer as whoever shared this view saw them.
          </p>
        </section>
      ) : null}
      <div className={styles.body}>
        <div className={styles.canvas}>
          {elements.nodes.length === 0 ? (
            <p style={{ padding: 20 }}>This view holds no nodes.</p>
          ) : (
            <GraphCanvas elements={elements} layout={drawing.layout} focusIds={focusIds} viewport={drawing.viewport} selection={selection} onSelect={setSelection} onReady={setCy} />
          )}
        </div>
        <aside className={styles.side} aria-label="Note and details">
          {changes?.changed ? (
            <div className={styles.changed} role="status" data-testid="changed-notice">
              <strong>The live data has changed since this snapshot was taken.</strong> What you see is the data as it was.
              <ul>
                {changes.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {note ? (
            // The sharer's words, not data: said so, and rendered as text only (React escapes it).
            <figure className={styles.note} data-testid="snapshot-shared-note">
              <figcaption>Note from whoever shared this view (their words, not checked against the data):</figcaption>
              <blockquote data-testid="snapshot-note">{note}</blockquote>
            </figure>
          ) : null}
          <DetailsPanel elements={elements} selection={selection} onSelect={setSelection} />
          <StanceList elements={elements} selection={selection} onSelect={setSelection} />
          <p className={styles.note} data-testid="snapshot-coverage">
            {viewCoverageText(elements)}
          </p>
          <Legend elements={elements} />
        </aside>
      </div>
    </div>
  );
}
