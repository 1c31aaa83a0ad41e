/**
 * /login: editors sign in here (accounts come from `npm run editor -- add <name>`). After signing
 * in they go back to the page that sent them (`?next=`, a path of this site only), else the explorer.
 */
import Head from 'next/head';
import Link from 'next/link';
import { useRouter } from 'next/router';
import { useState, type FormEvent } from 'react';
import { fetchErrorMessage } from '@/components/apiClient';
import { safeNextPath } from '@/components/auth/nextPath';
import { signIn, useEditor } from '@/components/auth/useEditor';
import styles from '@/components/auth/auth.module.css';

export default function LoginPage() {
  const router = useRouter();
  const { editor, editing, loading, error: stateError } = useEditor();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const next = safeNextPath(router.query.next);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      await signIn(name.trim(), password);
      await router.replace(next);
    } catch (failure) {
      setError(fetchErrorMessage(failure));
      setPassword('');
      setSubmitting(false);
    }
  };

  return (
    <main className={styles.page}>
      <Head>
        <title>Sign in · Stance Graph</title>
      </Head>
      <h1>Sign in to edit</h1>
      {loading ? (
        <p role="status">Checking whether you are signed in…</p>
      ) : stateError ? (
        <p className={styles.alert} role="alert">
          {stateError}
        </p>
      ) : !editing ? (
        <p>Editing is turned off on this server; the graph can be explored but not changed.</p>
      ) : editor && !submitting ? (
        <p>
          You are signed in as <strong>{editor.name}</strong>. <Link href={next}>Continue</Link>
        </p>
      ) : (
        <form className={styles.form} onSubmit={(event) => void submit(event)} aria-describedby="login-hint">
          <p id="login-hint" className={styles.hint}>
            Editors can add sources and stances and curate actors. Accounts are created by the server&apos;s administrator.
          </p>
          <div className={styles.field}>
            <label htmlFor="login-name">Editor name</label>
            <input id="login-name" name="username" autoComplete="username" required autoFocus value={name} onChange={(event) => setName(event.target.value)} />
          </div>
          <div className={styles.field}>
            <label htmlFor="login-password">Password</label>
            <input
              id="login-password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </div>
          {error ? (
            <p className={styles.alert} role="alert" data-testid="login-error">
              {error}
            </p>
          ) : null}
          <button type="submit" className={styles.submit} disabled={submitting}>
            {submitting ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      )}
      <p>
        <Link href="/">Back to the explorer</Link>
      </p>
    </main>
  );
}
