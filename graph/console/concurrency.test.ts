import { withConsoleSlot } from '@/graph/console/concurrency';
import { ConcurrencyGate } from '@/graph/http/concurrencyGate';
import { RetryLaterError } from '@/graph/http/retryLater';

/** A promise with its resolver, to hold work open until the test lets it finish. */
function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const busy = () => new Error('busy');
const tick = () => new Promise((r) => setImmediate(r));

describe('graph/console/concurrency', () => {
  it('runs at most `limit` at once; a further one waits and starts when a slot frees', async () => {
    const gate = new ConcurrencyGate(2);
    const holds = [deferred(), deferred(), deferred()];
    const started: number[] = [];
    const runs = holds.map((hold, i) =>
      gate.run(async () => {
        started.push(i);
        await hold.promise;
        return i;
      }, 10_000, busy),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    expect(gate.load).toEqual({ running: 2, waiting: 1 });
    holds[1]!.resolve();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    expect(gate.load).toEqual({ running: 2, waiting: 0 });
    holds[0]!.resolve();
    holds[2]!.resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2]);
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it('gives up on a waiter after waitMs with the given error, and never runs its work', async () => {
    const gate = new ConcurrencyGate(1);
    const hold = deferred();
    const first = gate.run(() => hold.promise, 0, busy);
    let ranLate = false;
    await expect(gate.run(async () => (ranLate = true), 30, busy)).rejects.toThrow('busy');
    await expect(gate.run(async () => (ranLate = true), 0, busy)).rejects.toThrow('busy');
    expect(ranLate).toBe(false);
    expect(gate.load).toEqual({ running: 1, waiting: 0 });
    hold.resolve();
    await first;
    await expect(gate.run(async () => 'free again', 0, busy)).resolves.toBe('free again');
  });

  it('frees the slot when the work fails', async () => {
    const gate = new ConcurrencyGate(1);
    await expect(gate.run(() => Promise.reject(new Error('query failed')), 0, busy)).rejects.toThrow('query failed');
    expect(gate.load.running).toBe(0);
  });

  it('serves waiters first come, first served', async () => {
    const gate = new ConcurrencyGate(1);
    const hold = deferred();
    const order: string[] = [];
    const first = gate.run(() => hold.promise, 0, busy);
    const later = ['a', 'b', 'c'].map((name) => gate.run(async () => void order.push(name), 10_000, busy));
    hold.resolve();
    await Promise.all([first, ...later]);
    expect(order).toEqual(['a', 'b', 'c']);
  });

  it('answers the console 503 Busy with Retry-After from CYPHER_MAX_CONCURRENT and CYPHER_QUEUE_WAIT_MS', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, { CYPHER_MAX_CONCURRENT: '1', CYPHER_QUEUE_WAIT_MS: '20', CYPHER_TIMEOUT_MS: '4500' });
    try {
      const hold = deferred();
      const running = withConsoleSlot(() => hold.promise);
      const refusal = await withConsoleSlot(async () => 'never').catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(RetryLaterError);
      expect(refusal).toMatchObject({ status: 503, code: 'Busy', retryAfterSeconds: 5 });
      expect((refusal as Error).message).toMatch(/already running 1 queries at once/);
      hold.resolve();
      await running;
      await expect(withConsoleSlot(async () => 'ran')).resolves.toBe('ran');
    } finally {
      for (const name of ['CYPHER_MAX_CONCURRENT', 'CYPHER_QUEUE_WAIT_MS', 'CYPHER_TIMEOUT_MS']) {
        if (saved[name] === undefined) delete process.env[name];
        else process.env[name] = saved[name];
      }
    }
  });
});
