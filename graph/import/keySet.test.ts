import { idKey } from '@/graph/import/validate';
import { KeySet } from '@/graph/import/keySet';

describe('graph/import/keySet', () => {
  it('holds what a Set holds, through many doublings, 0 and the largest keys included', () => {
    const keys = new KeySet();
    const reference = new Set<number>();
    const values = [0, 1, 2 ** 53 - 1, 2 ** 32, 2 ** 32 + 1];
    for (let i = 0; i < 50_000; i++) values.push(idKey(`stance-${i % 30_000}`));
    for (const value of values) expect(keys.add(value)).toBe(!reference.has(value) && (reference.add(value), true));
    expect(keys.size).toBe(reference.size);
    for (const value of reference) expect(keys.has(value)).toBe(true);
    expect(keys.has(idKey('never added'))).toBe(false);
    expect(keys.has(3)).toBe(false);
  });

  it('refuses what is not a stance key', () => {
    expect(() => new KeySet().add(-1)).toThrow('not a stance key: -1');
    expect(() => new KeySet().add(0.5)).toThrow(RangeError);
  });
});
