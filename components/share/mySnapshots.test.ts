import { forgetMySnapshot, MY_SNAPSHOTS_KEY, parseMySnapshots, readMySnapshots, rememberMySnapshot, withMySnapshot } from '@/components/share/mySnapshots';

/** A Storage stand-in: the functions take any object with getItem/setItem. */
function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

const a = { id: 'AAAAAAAAAAAAAAAAAAAAAAAA', title: 'First', createdAt: '2026-11-23T10:00:00.000Z' };
const b = { id: 'BBBBBBBBBBBBBBBBBBBBBBBB', title: 'Second', createdAt: '2026-11-23T11:00:00.000Z' };

describe('components/share/mySnapshots', () => {
  it('remembers snapshots newest first, once each, and forgets deleted ones', () => {
    const storage = memoryStorage();
    rememberMySnapshot(a, storage);
    rememberMySnapshot(b, storage);
    rememberMySnapshot(a, storage);
    expect(readMySnapshots(storage).map((s) => s.title)).toEqual(['First', 'Second']);
    forgetMySnapshot(a.id, storage);
    expect(readMySnapshots(storage)).toEqual([b]);
  });

  it('treats unreadable or foreign storage as empty', () => {
    expect(parseMySnapshots(null)).toEqual([]);
    expect(parseMySnapshots('{not json')).toEqual([]);
    expect(parseMySnapshots(JSON.stringify([{ id: 'short', title: 'x', createdAt: 'y' }]))).toEqual([]);
    expect(readMySnapshots(memoryStorage({ [MY_SNAPSHOTS_KEY]: '42' }))).toEqual([]);
  });

  it('keeps at most 100', () => {
    let list = [a];
    for (let i = 0; i < 120; i++) list = withMySnapshot(list, { ...b, id: `${String(i).padStart(3, '0')}CCCCCCCCCCCCCCCCCCCCC`, title: `n${i}` });
    expect(list).toHaveLength(100);
    expect(list[0]?.title).toBe('n119');
  });
});
