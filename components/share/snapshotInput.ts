/**
 * The snapshot a Share sends, read from a live canvas: the elements it shows (in the order the
 * view's lists show them) with their positions, the visible frame, zoom and pan, the selection
 * and focus, and the question the view answered with its sentence. Kept apart from the dialog so
 * it can be tested on a headless canvas.
 */
import type cytoscape from 'cytoscape';
import type { Elements } from '@/graph/model/elements';
import type { SnapshotAnswer, SnapshotInput, SnapshotOrigin } from '@/graph/snapshots/snapshotTypes';
import type { LayoutName } from '@/components/graph/GraphCanvas';
import { elementsFromCy, focusIdsOf, selectionOf, viewportOf } from '@/components/export/fromCy';
import { frameOf } from '@/components/graph/frame';
import { inListOrder } from '@/components/share/frozenAnswer';
import { STYLE_VERSION } from '@/components/share/styleVersion';

export interface SnapshotSource {
  /** What produced the view, for "open live". */
  origin: SnapshotOrigin;
  layout: LayoutName;
  /** The question the view answers and its sentence, frozen with the snapshot. */
  answer?: SnapshotAnswer;
  /** The view's elements in the order its lists show them; the snapshot keeps that order. */
  order?: Elements;
}

export function buildSnapshotInput(cy: cytoscape.Core, props: SnapshotSource, title: string, note: string): SnapshotInput {
  const elements = elementsFromCy(cy);
  const frame = frameOf(cy);
  return {
    title: title.trim(),
    ...(note.trim() ? { note: note.trim() } : {}),
    origin: props.origin,
    elements: props.order ? inListOrder(elements, props.order) : elements,
    viewport: { ...viewportOf(cy), ...(frame ? { frame } : {}) },
    layout: props.layout,
    selection: selectionOf(cy),
    focusIds: focusIdsOf(cy),
    ...(props.answer ? { answer: props.answer } : {}),
    styleVersion: STYLE_VERSION,
  };
}
