/**
 * The header's sign-in state: the editor's pages (Sources, Changes) and "Signed in as X · Sign out"
 * for an editor, a "Sign in" link for everyone else, nothing while loading or when the server has
 * editing turned off.
 */
import Link from 'next/link';
import { useRouter } from 'next/router';
import { useState } from 'react';
import { fetchErrorMessage } from '@/components/apiClient';
import { loginHref } from '@/components/auth/nextPath';
import { signOut, useEditor } from '@/components/auth/useEditor';
import styles from '@/components/auth/auth.module.css';

export default function EditorBar() {
  const { editor, editing, loading } = useEditor();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (loading || !editing) return null;

  const leave = async () => {
    setBusy(true);
    setError(null);
    try {
      await signOut();
    } catch (failure) {
      setError(`Could not sign out: ${fetchErrorMessage(failure)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.bar} data-testid="editor-bar">
      {editor ? (
        <>
          <Link href="/sources">Sources</Link>
          <span aria-hidden="true">·</span>
          <Link href="/changes">Changes</Link>
          <span aria-hidden="true">·</span>
          <span>
            Signed in as <span className={styles.name}>{editor.name}</span>
          </span>
          <span aria-hidden="true">·</span>
          <button type="button" className={styles.linkButton} onClick={() => void leave()} disabled={busy}>
            {busy ? 'Signing out…' : 'Sign out'}
          </button>
          {error ? (
            <span className={styles.error} role="alert">
              {error}
            </span>
          ) : null}
        </>
      ) : (
        <Link href={loginHref(router.asPath)}>Sign in</Link>
      )}
    </div>
  );
}
