/** A stance's editable values as the explorer's element data holds them (graph/model/elements.ts: the data set on the edge, its id, version and note among its properties). */
import type { EdgeData } from '@/graph/model/elements';
import { Certainty, StanceKind, STANCE_KIND_POLARITY, type Polarity } from '@/graph/model/schema';

export interface StanceValues {
  kind: StanceKind;
  polarity: Polarity;
  certainty: Certainty;
  date: string;
  note: string;
}

export interface EditableStance {
  dataset: string;
  id: string;
  version: number;
  values: StanceValues;
}

export const STANCE_FIELDS = ['kind', 'polarity', 'certainty', 'date', 'note'] as const;

/** The stance behind an edge, or null when the edge is not a data set's stance (a console result, say). */
export function editableStance(edge: EdgeData): EditableStance | null {
  const { id, version, note } = edge.properties;
  const dataset = edge.dataset;
  const kind = StanceKind.safeParse(edge.type);
  if (typeof dataset !== 'string' || typeof id !== 'string' || !kind.success) return null;
  return {
    dataset,
    id,
    version: typeof version === 'number' ? version : 0,
    values: { kind: kind.data, polarity: edge.polarity, certainty: edge.certainty ?? 'reported', date: edge.date ?? '', note: typeof note === 'string' ? note : '' },
  };
}

/** The PATCH body: the version and only the fields the editor changed (an emptied note is cleared). */
export function stancePatch(stance: EditableStance, edited: StanceValues): Record<string, unknown> | null {
  const patch: Record<string, unknown> = {};
  for (const field of STANCE_FIELDS) {
    if (edited[field] === stance.values[field]) continue;
    patch[field] = field === 'note' && edited.note.trim() === '' ? null : field === 'note' ? edited.note.trim() : edited[field];
  }
  return Object.keys(patch).length === 0 ? null : { version: stance.version, ...patch };
}

/** The usual polarity of a kind, which a changed kind brings along (the editor may change it back). */
export const usualPolarity = (kind: StanceKind): Polarity => STANCE_KIND_POLARITY[kind];
