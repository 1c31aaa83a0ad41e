/** Where in the editor text to mark an error Neo4j reported. Pure, so it is unit-tested. */
import type { CypherPosition } from '@/graph/model/errorBody';

/**
 * The character range to underline for an error at `position`: located by line and column
 * (1-based, as Neo4j counts them) rather than by offset, which counts from the start of whatever
 * statement the server actually sent; widened to the word there.
 */
export function errorRange(text: string, position: Pick<CypherPosition, 'line' | 'column'>): { from: number; to: number } {
  if (text.length === 0) return { from: 0, to: 0 };
  const lines = text.split('\n');
  const lineIndex = Math.max(0, Math.min(position.line, lines.length) - 1);
  const lineStart = lines.slice(0, lineIndex).reduce((sum, line) => sum + line.length + 1, 0);
  const at = Math.min(lineStart + Math.max(0, position.column - 1), text.length);
  // An error "at the end" (a missing token) points past the last character: mark the last one.
  if (at >= text.length) return { from: text.length - 1, to: text.length };
  const word = /^[A-Za-z0-9_$]+/.exec(text.slice(at));
  return { from: at, to: at + Math.max(1, word?.[0].length ?? 1) };
}
