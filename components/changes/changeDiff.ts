/**
 * What a change did, as lines a person reads: for each thing it touched, the fields whose value
 * differs between `before` and `after` (a created thing lists what it was created with, a deleted
 * one what it held). Bookkeeping (edit counters, the loader's hashes, quote offsets) is left out.
 * Pure, so the /changes page and its tests share it.
 */
import type { Change, Entity } from '@/graph/edit/changeTypes';

export interface DiffLine {
  field: string;
  before: string;
  after: string;
}

export interface EntityDiff {
  /** "stance us--supports--juan-guaido (data set edit-crisis)", "actor us". */
  label: string;
  kind: 'created' | 'deleted' | 'changed' | 'joined' | 'left';
  lines: DiffLine[];
}

const HIDDEN = new Set(['version', 'hash', 'run', 'quoteStarts', 'quoteEnds', 'eventIds', 'toLabel']);

/** Long values (an article's text) are cut here; the whole is in the API's answer. */
const MAX_CHARS = 200;

export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map((v) => showValue(v)).join(' · ');
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS)}…` : text;
}

function labelOf(e: Entity): string {
  if (e.type === 'stance') return `stance ${e.id} (data set ${e.dataset})`;
  if (e.type === 'member') return `${e.label.toLowerCase()} ${e.id} in data set ${e.dataset}`;
  return `${e.type} ${e.id}`;
}

function fields(value: object | null): Record<string, unknown> {
  return value === null ? {} : (value as Record<string, unknown>);
}

export function entityDiff(before: Entity, after: Entity): EntityDiff | null {
  if (before.type === 'member' || after.type === 'member') {
    if (before.value === after.value) return null;
    return { label: labelOf(after), kind: after.value ? 'joined' : 'left', lines: [] };
  }
  const then = fields(before.value);
  const now = fields(after.value);
  const kind = before.value === null ? 'created' : after.value === null ? 'deleted' : 'changed';
  const names = [...new Set([...Object.keys(then), ...Object.keys(now)])].filter((name) => !HIDDEN.has(name));
  const lines = names
    .map((field) => ({ field, before: before.value === null ? '' : showValue(then[field]), after: after.value === null ? '' : showValue(now[field]) }))
    .filter((line) => line.before !== line.after && !(kind !== 'changed' && (line.before === '—' || line.after === '—')));
  if (kind === 'changed' && lines.length === 0) return null;
  return { label: labelOf(after), kind, lines };
}

/** Every thing the change touched whose state differs, in the order the change lists them. */
export function changeDiff(change: Pick<Change, 'before' | 'after'>): EntityDiff[] {
  const { before, after } = change;
  if (!before || !after) return [];
  return after.flatMap((a, i) => {
    const b = before[i];
    const diff = b ? entityDiff(b, a) : null;
    return diff ? [diff] : [];
  });
}
