/**
 * The editor's selection in the rendered source text, as offsets into the stored text. Follows the
 * document's selection (mouse, or Shift+arrows in the read-only text box) while it lies inside the
 * text; keeps the last one when focus moves to the form or a button, so "Code selection" still has it.
 */
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { offsetOfPoint, type Span } from '@/components/workbench/segments';

/** The document's selection as a span of the text under `root`; undefined when it lies elsewhere. */
function selectedSpan(root: HTMLElement | null, textLength: number): Span | null | undefined {
  const current = document.getSelection();
  if (!root || !current || current.rangeCount === 0) return undefined;
  const range = current.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return undefined;
  const start = offsetOfPoint(root, range.startContainer, range.startOffset, textLength);
  const end = offsetOfPoint(root, range.endContainer, range.endOffset, textLength);
  if (start === null || end === null) return undefined;
  return end > start ? { start, end } : null;
}

export function useTextSelection(container: RefObject<HTMLElement | null>, textLength: number): { selection: Span | null; clear: () => void; latest: () => Span | null } {
  const [selection, setSelection] = useState<Span | null>(null);
  useEffect(() => {
    const onChange = () => {
      const span = selectedSpan(container.current, textLength);
      if (span !== undefined) setSelection(span);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [container, textLength]);
  const clear = useCallback(() => setSelection(null), []);
  // `selectionchange` arrives after the key that moved the selection, so Enter pressed right after a
  // Shift+arrow would code the selection one character short: read the document's own at that moment.
  const latest = useCallback(() => {
    const span = selectedSpan(container.current, textLength);
    return span === undefined ? selection : span;
  }, [container, textLength, selection]);
  return { selection, clear, latest };
}
