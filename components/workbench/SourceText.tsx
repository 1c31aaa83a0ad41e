/**
 * The source text with its marks, as plain React text in spans (never HTML). It is a read-only
 * text box (contenteditable with every edit refused) so the caret and Shift+arrow selection work
 * from the keyboard as well as the mouse; Enter (or Ctrl+Enter) codes the selection.
 */
import { forwardRef, type KeyboardEvent } from 'react';
import type { Segment } from '@/components/workbench/segments';
import styles from '@/components/workbench/workbench.module.css';

interface Props {
  text: string;
  segments: Segment[];
  /** Names by id, for a mention's tooltip. */
  names: ReadonlyMap<string, string>;
  /** Quote descriptions by index, for a quote's tooltip. */
  quoteTitles: readonly string[];
  onCode: (() => void) | null;
}

/** Keys that move the caret or select; everything else would edit the text and is refused. */
const NAVIGATION = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown', 'Tab', 'Escape', 'Shift', 'Control', 'Alt', 'Meta']);

function classOf(s: Segment): string {
  return [s.cue && styles.cue, s.cueWord && styles.cueWord, s.mention && styles.mention, s.quotes.length > 0 && styles.quote, s.selected && styles.selected].filter(Boolean).join(' ');
}

function titleOf(s: Segment, names: ReadonlyMap<string, string>, quoteTitles: readonly string[]): string | undefined {
  const parts = [s.mention ? `Mentions ${names.get(s.mention) ?? s.mention}` : null, ...s.quotes.map((i) => quoteTitles[i] ?? null)].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join('\n') : undefined;
}

const SourceText = forwardRef<HTMLDivElement, Props>(function SourceText({ text, segments, names, quoteTitles, onCode }, ref) {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onCode?.();
      return;
    }
    const copyOrSelectAll = (event.ctrlKey || event.metaKey) && ['a', 'c'].includes(event.key.toLowerCase());
    if (!NAVIGATION.has(event.key) && !copyOrSelectAll) event.preventDefault();
  };
  return (
    <div
      ref={ref}
      className={styles.text}
      contentEditable
      suppressContentEditableWarning
      spellCheck={false}
      role="textbox"
      aria-readonly="true"
      aria-multiline="true"
      aria-label="Source text: select a passage with the mouse or Shift and the arrow keys, then press Enter to code it"
      tabIndex={0}
      onKeyDown={onKeyDown}
      onBeforeInput={(e) => e.preventDefault()}
      onPaste={(e) => e.preventDefault()}
      onCut={(e) => e.preventDefault()}
      onDrop={(e) => e.preventDefault()}
      data-testid="source-text"
    >
      {segments.length === 0 ? text : segments.map((s) => (
        <span key={s.start} data-start={s.start} className={classOf(s) || undefined} title={titleOf(s, names, quoteTitles)}>
          {text.slice(s.start, s.end)}
        </span>
      ))}
    </div>
  );
});

export default SourceText;
