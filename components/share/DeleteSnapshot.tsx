/** "Delete": removes a snapshot for whoever holds its delete token (shown once when it was shared). */
import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import styles from '@/components/share/share.module.css';
import { forgetMySnapshot } from '@/components/share/mySnapshots';
import { z } from 'zod';
import { fetchErrorMessage, send } from '@/components/apiClient';

/** What DELETE /api/snapshots/<id> answers. */
const Deleted = z.object({ deleted: z.string() });

export default function DeleteSnapshot({ id }: { id: string }) {
  const [token, setToken] = useState('');
  const [state, setState] = useState<{ busy: boolean; error?: string; done?: boolean }>({ busy: false });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setState({ busy: true });
    try {
      await send('DELETE', `/api/snapshots/${encodeURIComponent(id)}`, undefined, Deleted, { headers: { 'x-delete-token': token.trim() } });
      forgetMySnapshot(id);
      setState({ busy: false, done: true });
    } catch (error) {
      setState({ busy: false, error: fetchErrorMessage(error) });
    }
  }

  return (
    <details className={styles.menu} data-testid="delete-menu">
      <summary className={styles.button}>Delete…</summary>
      <div className={styles.menuList} style={{ padding: 12, minWidth: 300 }}>
        {state.done ? (
          <p role="status">
            Deleted. The link no longer works. <Link href="/snapshots">All snapshots</Link>
          </p>
        ) : (
          <form onSubmit={(e) => void submit(e)}>
            <label className={styles.field}>
              Delete token
              <input value={token} onChange={(e) => setToken(e.target.value)} required autoComplete="off" data-testid="delete-token" />
            </label>
            {state.error ? (
              <p role="alert" className={styles.error}>
                {state.error}
              </p>
            ) : null}
            <button type="submit" className={styles.button} disabled={state.busy || token.trim() === ''} data-testid="delete-submit">
              {state.busy ? 'Deleting…' : 'Delete this snapshot'}
            </button>
          </form>
        )}
      </div>
    </details>
  );
}
