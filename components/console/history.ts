/**
 * The history of run queries, kept in the browser's localStorage: newest first, the same query
 * and params run again moves to the top instead of repeating, capped so storage stays small.
 */
import { z } from 'zod';
import { QueryParams } from '@/components/console/consoleState';

export const HISTORY_KEY = 'stance-graph:console-history';
export const HISTORY_LIMIT = 50;

export const HistoryEntry = z.object({
  query: z.string(),
  params: QueryParams,
  /** ISO time of the last run. */
  ranAt: z.string(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

const sameRun = (a: Pick<HistoryEntry, 'query' | 'params'>, b: Pick<HistoryEntry, 'query' | 'params'>) =>
  a.query.trim() === b.query.trim() && JSON.stringify(a.params) === JSON.stringify(b.params);

/** The history with `entry` added on top (an earlier identical run removed). */
export function addToHistory(history: readonly HistoryEntry[], entry: HistoryEntry, limit = HISTORY_LIMIT): HistoryEntry[] {
  return [entry, ...history.filter((old) => !sameRun(old, entry))].slice(0, limit);
}

/** Reads the stored history; anything unreadable (another version, hand edits) counts as empty. */
export function loadHistory(storage: Pick<Storage, 'getItem'>): HistoryEntry[] {
  try {
    const parsed = z.array(HistoryEntry).safeParse(JSON.parse(storage.getItem(HISTORY_KEY) ?? '[]'));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function saveHistory(storage: Pick<Storage, 'setItem'>, history: readonly HistoryEntry[]): void {
  try {
    storage.setItem(HISTORY_KEY, JSON.stringify(history));
  } catch {
    // Storage full or disabled (private mode): history is a convenience, the run itself succeeded.
  }
}

/**
 * The stored history as an external store for React's useSyncExternalStore: the server renders
 * an empty history, the browser reads localStorage, and every tab sees changes (storage event).
 */
const EMPTY: HistoryEntry[] = [];
const listeners = new Set<() => void>();
let cached: { text: string | null; value: HistoryEntry[] } | null = null;

function snapshot(): HistoryEntry[] {
  const text = window.localStorage.getItem(HISTORY_KEY);
  if (cached?.text !== text) cached = { text, value: loadHistory(window.localStorage) };
  return cached.value;
}

export const historyStore = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    window.addEventListener('storage', listener);
    return () => {
      listeners.delete(listener);
      window.removeEventListener('storage', listener);
    };
  },
  getSnapshot: snapshot,
  getServerSnapshot: (): HistoryEntry[] => EMPTY,
  add(entry: HistoryEntry): void {
    saveHistory(window.localStorage, addToHistory(snapshot(), entry));
    listeners.forEach((listener) => listener());
  },
  clear(): void {
    saveHistory(window.localStorage, []);
    listeners.forEach((listener) => listener());
  },
};
