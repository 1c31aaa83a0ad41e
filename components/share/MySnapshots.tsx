/** The snapshots shared from this browser, with their links (remembered in localStorage). */
import Link from 'next/link';
import { useMemo, useSyncExternalStore } from 'react';
import { MY_SNAPSHOTS_KEY, parseMySnapshots } from '@/components/share/mySnapshots';
import styles from '@/components/share/share.module.css';

/** Other tabs sharing or deleting fire `storage` events; re-read then. */
function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  return () => window.removeEventListener('storage', onChange);
}

export default function MySnapshots() {
  // The server has no localStorage: `undefined` there means "still loading" until hydration.
  const raw = useSyncExternalStore(
    subscribe,
    () => window.localStorage.getItem(MY_SNAPSHOTS_KEY),
    () => undefined,
  );
  const mine = useMemo(() => (raw === undefined ? undefined : parseMySnapshots(raw)), [raw]);

  return (
    <section aria-labelledby="my-snapshots">
      <h2 id="my-snapshots">Shared from this browser</h2>
      {mine === undefined ? (
        <p>Loading…</p>
      ) : mine.length === 0 ? (
        <p>None yet. Use Share in the explorer or the console to save a view as a link.</p>
      ) : (
        <ul data-testid="my-snapshots" className={styles.mine}>
          {mine.map((s) => (
            <li key={s.id}>
              <Link href={`/s/${s.id}`}>{s.title}</Link> <time dateTime={s.createdAt}>{s.createdAt.replace('T', ' ').slice(0, 16)}</time>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
