/**
 * The /changes page's filters, kept in its address (`/changes?editor=&dataset=&actor=`) so a
 * filtered list can be linked, and the API address they ask for. Pure.
 */
export interface ChangeFilters {
  editor: string;
  dataset: string;
  actor: string;
}

export const NO_FILTERS: ChangeFilters = { editor: '', dataset: '', actor: '' };

const first = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? '') : (value ?? '')).trim();

export function filtersFromQuery(query: Record<string, string | string[] | undefined>): ChangeFilters {
  return { editor: first(query.editor), dataset: first(query.dataset), actor: first(query.actor) };
}

/** The filters that are set, as query values (empty ones left out). */
export function filterQuery(filters: ChangeFilters): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value.trim() !== '').map(([key, value]) => [key, value.trim()]));
}

/** GET /api/changes for these filters, from the change `before` on when paging. */
export function changesUrl(filters: ChangeFilters, before?: string | null, limit = 50): string {
  const params = new URLSearchParams({ ...filterQuery(filters), limit: String(limit) });
  if (before) params.set('before', before);
  return `/api/changes?${params.toString()}`;
}
