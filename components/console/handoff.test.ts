import { HANDOFF_KEY, takeHandoff, writeHandoff, type Handoff } from '@/components/console/handoff';

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
  it('hands elements over once: the explorer reads them and the key is gone', () => {
    const storage = memoryStorage();
    writeHandoff(storage, handoff);
    expect(storage.data.has(HANDOFF_KEY)).toBe(true);
    expect(takeHandoff(storage)).toEqual(handoff);
    expect(storage.data.has(HANDOFF_KEY)).toBe(false);
    expect(takeHandoff(storage)).toBeNull();
  });

  it('ignores a hand-off that is not valid', () => {
    const storage = memoryStorage();
    storage.setItem(HANDOFF_KEY, '{"elements": 3}');
    expect(takeHandoff(storage)).toBeNull();
    storage.setItem(HANDOFF_KEY, 'not json');
    expect(takeHandoff(storage)).toBeNull();
  });
});
