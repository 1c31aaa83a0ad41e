/**
 * Router navigations one at a time, each built on the view the one before asked for. Next's
 * router cancels a navigation still in flight when another starts (its history entry may be
 * written while the page never shows it), and the page's view only changes once a navigation
 * lands: so two view changes of one gesture (a date field applied as it loses focus, then the
 * question button clicked) lost the first change and left Back on a view the page did not draw.
 */
export type NavigationMode = 'push' | 'replace';

export interface NavigationQueue<V> {
  /** The view to build the next change on: the last one asked for while any is pending, else `shown`. */
  latest(shown: V): V;
  /** Navigates to `view` once every navigation asked for before it has landed. */
  go(view: V, mode: NavigationMode): Promise<void>;
}

export function navigationQueue<V>(navigate: (view: V, mode: NavigationMode) => Promise<unknown>): NavigationQueue<V> {
  let pending: { view: V } | null = null;
  let tail: Promise<void> = Promise.resolve();
  return {
    latest: (shown) => (pending ? pending.view : shown),
    go(view, mode) {
      const asked = { view };
      pending = asked;
      const run = tail.then(() => navigate(view, mode)).then(
        () => undefined,
        () => undefined, // a failed navigation must not block the ones after it
      );
      tail = run;
      return run.then(() => {
        if (pending === asked) pending = null;
      });
    },
  };
}
