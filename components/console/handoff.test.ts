import { HANDOFF_KEY, readHandoff, writeHandoff, type Handoff } from '@/components/console/handoff';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    data,
  };
}

const handoff: Handoff = {
  elements: {
    nodes: [{ data: { id: '4:x:1', label: 'Alpha', labels: ['Station'], kind: 'Station', backers: 0, opponents: 0, properties: { name: 'Alpha' } } }],
    edges: [],
  },
  query: 'MATCH (n:Station) RETURN n',
  createdAt: '2026-01-01T00:00:00.000Z',
};

describe('components/console/handoff', () => {
  it('hands elements over, and a later hand-off replaces the earlier one', () => {
    const storage = memoryStorage();
    expect(readHandoff(storage)).toBeNull();
    writeHandoff(storage, handoff);
    expect(storage.data.has(HANDOFF_KEY)).toBe(true);
    expect(readHandoff(storage)).toEqual(handoff);
    const later = { ...handoff, query: 'RETURN 1' };
    writeHandoff(storage, later);
    expect(readHandoff(storage)).toEqual(later);
  });

  it('ignores a hand-off that is not valid', () => {
    const storage = memoryStorage();
    storage.setItem(HANDOFF_KEY, '{"elements": 3}');
    expect(readHandoff(storage)).toBeNull();
    storage.setItem(HANDOFF_KEY, 'not json');
    expect(readHandoff(storage)).toBeNull();
  });
});
