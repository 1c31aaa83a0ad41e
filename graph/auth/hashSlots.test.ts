import { hashSlotCount } from '@/graph/auth/hashSlots';
import { ConcurrencyGate } from '@/graph/http/concurrencyGate';

class GateFull extends Error {}
const full = () => new GateFull();

/** A promise and the function that settles it. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('graph/auth/hashSlots (a ConcurrencyGate with a bounded queue)', () => {
  it('runs at most `slots` at once, queues up to `maxWaiting` in order, and refuses the rest at once', async () => {
    const gate = new ConcurrencyGate(2, 2);
    const blockers = Array.from({ length: 5 }, deferred);
    const started: number[] = [];
    let peak = 0;
    const runs = blockers.map((blocker, i) =>
      gate.run(async () => {
        started.push(i);
        peak = Math.max(peak, gate.load.running);
        await blocker.promise;
        return i;
      }, 10_000, full),
    );
    const refused = runs[4]!.catch((error: unknown) => error);
    expect(await refused).toBeInstanceOf(GateFull);
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(gate.load).toEqual({ running: 2, waiting: 2 });
    blockers[1]!.resolve();
    expect(await runs[1]).toBe(1);
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([0, 1, 2]);
    for (const blocker of blockers) blocker.resolve();
    expect(await Promise.all(runs.slice(0, 4))).toEqual([0, 1, 2, 3]);
    expect(peak).toBe(2);
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it('frees the slot when the work fails', async () => {
    const gate = new ConcurrencyGate(1, 0);
    await expect(gate.run(() => Promise.reject(new Error('boom')), 10_000, full)).rejects.toThrow('boom');
    expect(await gate.run(() => Promise.resolve('ok'), 10_000, full)).toBe('ok');
  });

  it('takes half of libuv thread pool, at least one thread', () => {
    expect(hashSlotCount(undefined)).toBe(2);
    expect(hashSlotCount('8')).toBe(4);
    expect(hashSlotCount('1')).toBe(1);
    expect(hashSlotCount('lots')).toBe(2);
  });
});
