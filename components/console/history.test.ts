import { addToHistory, HISTORY_KEY, loadHistory, saveHistory, type HistoryEntry } from '@/components/console/history';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

const entry = (query: string, ranAt: string, params: Record<string, unknown> = {}): HistoryEntry => ({ query, params, ranAt });

describe('components/console/history', () => {
  it('puts the newest run first and moves a repeated run to the top instead of duplicating it', () => {
    let history = addToHistory([], entry('RETURN 1', '2026-01-01T00:00:00Z'));
    history = addToHistory(history, entry('RETURN 2', '2026-01-01T00:01:00Z'));
    history = addToHistory(history, entry('RETURN 1', '2026-01-01T00:02:00Z'));
    expect(history.map((h) => [h.query, h.ranAt])).toEqual([
      ['RETURN 1', '2026-01-01T00:02:00Z'],
      ['RETURN 2', '2026-01-01T00:01:00Z'],
    ]);
  });

  it('keeps runs of the same query with different params apart and caps the length', () => {
    let history: HistoryEntry[] = [];
    for (let i = 0; i < 5; i++) history = addToHistory(history, entry('RETURN $n', `t${i}`, { n: i }), 3);
    expect(history.map((h) => h.params.n)).toEqual([4, 3, 2]);
  });

  it('round-trips through storage and treats unreadable storage as empty', () => {
    const storage = memoryStorage();
    const history = [entry('MATCH (n) RETURN n', '2026-01-01T00:00:00Z', { id: 'russia' })];
    saveHistory(storage, history);
    expect(loadHistory(storage)).toEqual(history);
    expect(loadHistory(memoryStorage({ [HISTORY_KEY]: '{not json' }))).toEqual([]);
    expect(loadHistory(memoryStorage({ [HISTORY_KEY]: '[{"query": 3}]' }))).toEqual([]);
  });
});
