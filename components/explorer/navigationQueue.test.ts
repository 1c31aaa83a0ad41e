import { navigationQueue } from '@/components/explorer/navigationQueue';

describe('components/explorer/navigationQueue', () => {
  it('starts a navigation only when the one before has landed, in order', async () => {
    const log: string[] = [];
    const landings: Array<() => void> = [];
    const queue = navigationQueue<string>((view, mode) => {
      log.push(`start ${mode} ${view}`);
      return new Promise<void>((resolve) => landings.push(() => (log.push(`land ${view}`), resolve())));
    });
    const done = Promise.all([queue.go('a', 'push'), queue.go('b', 'push')]);
    await Promise.resolve();
    expect(log).toEqual(['start push a']);
    landings[0]?.();
    await new Promise((r) => setTimeout(r, 0));
    expect(log).toEqual(['start push a', 'land a', 'start push b']);
    landings[1]?.();
    await done;
    expect(log).toEqual(['start push a', 'land a', 'start push b', 'land b']);
  });

  it('builds on the last view asked for while navigations are pending, and on the shown view after', async () => {
    let land = () => {};
    const queue = navigationQueue<{ to?: string; ask?: string }>(() => new Promise<void>((resolve) => (land = resolve)));
    const shown = { to: '2019-02-09', ask: 'backers' };
    const first = queue.go({ ...queue.latest(shown), to: undefined }, 'push');
    // The page still shows the old view; the next change must keep the date just cleared.
    expect({ ...queue.latest(shown), ask: 'opponents' }).toEqual({ to: undefined, ask: 'opponents' });
    await new Promise((r) => setTimeout(r, 0));
    land();
    await first;
    expect(queue.latest(shown)).toBe(shown);
  });

  it('goes on after a navigation that failed', async () => {
    const seen: string[] = [];
    const queue = navigationQueue<string>((view) => (seen.push(view), view === 'bad' ? Promise.reject(new Error('cancelled')) : Promise.resolve()));
    await Promise.all([queue.go('bad', 'push'), queue.go('good', 'replace')]);
    expect(seen).toEqual(['bad', 'good']);
  });
});
