/**
 * The editor's selection in the rendered source text, as offsets into the stored text. Follows the
 * document's selection (mouse, or Shift+arrows in the read-only text box) while it lies inside the
 * text; keeps the last one when focus moves to the form or a button, so "Code selection" still has it.
 */
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { offsetOfPoint, type Span } from '@/components/workbench/segments';

export function useTextSelection(container: RefObject<HTMLElement | null>, textLength: number): { selection: Span | null; clear: () => void } {
  const [selection, setSelection] = useState<Span | null>(null);
  useEffect(() => {
    const onChange = () => {
      const root = container.current;
      const current = document.getSelection();
      if (!root || !current || current.rangeCount === 0) return;
      const range = current.getRangeAt(0);
      if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return;
      const start = offsetOfPoint(root, range.startContainer, range.startOffset, textLength);
      const end = offsetOfPoint(root, range.endContainer, range.endOffset, textLength);
      if (start === null || end === null) return;
      setSelection(end > start ? { start, end } : null);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [container, textLength]);
  const clear = useCallback(() => setSelection(null), []);
  return { selection, clear };
}
