/**
 * /changes: the audit trail of browser edits, newest first, filterable by editor, data set and
 * actor (kept in the address); signed-in editors can revert any change (itself recorded).
 * Everything from users is rendered as text.
 */
import Head from 'next/head';
import Link from 'next/link';
import { useRouter } from 'next/router';
import EditorBar from '@/components/auth/EditorBar';
import { useEditor } from '@/components/auth/useEditor';
import ChangeFilters from '@/components/changes/ChangeFilters';
import ChangeItem from '@/components/changes/ChangeItem';
import { filterQuery, filtersFromQuery, type ChangeFilters as Filters } from '@/components/changes/changesQuery';
import { useChanges } from '@/components/changes/useChanges';
import styles from '@/components/changes/changes.module.css';

export default function ChangesPage() {
  const router = useRouter();
  const filters = filtersFromQuery(router.query);
  const { editor, editing } = useEditor();
  const list = useChanges(filters, router.isReady);
  const setFilters = (next: Filters) => void router.replace({ pathname: '/changes', query: filterQuery(next) }, undefined, { shallow: true });
  const filtered = filters.editor !== '' || filters.dataset !== '' || filters.actor !== '';

  return (
    <main className={styles.page}>
      <Head>
        <title>Changes · Stance Graph</title>
      </Head>
      <div className={styles.nav}>
        <Link href="/">Explorer</Link>
        <Link href="/sources">Sources</Link>
        <EditorBar />
      </div>
      <h1>Changes</h1>
      <p className={styles.hint}>
        Every change made in the browser, newest first: who made it, when, and the values before and after.
        {editor && editing ? ' Revert undoes a change and records that as a change too.' : ''}
      </p>
      <ChangeFilters key={JSON.stringify(filters)} filters={filters} onChange={setFilters} />
      <p role="status" className={styles.hint}>
        {list.announcement}
      </p>
      {list.status === 'loading' && <p role="status">Loading changes…</p>}
      {list.status === 'error' && (
        <p role="alert" className={styles.error}>
          Could not load the changes: {list.error}{' '}
          <button type="button" className={styles.linkButton} onClick={() => void list.reload()}>
            Try again
          </button>
        </p>
      )}
      {list.status === 'ready' && list.changes.length === 0 && (
        <p data-testid="changes-empty">{filtered ? 'No change matches these filters.' : 'No changes yet: edits made in the browser will be listed here.'}</p>
      )}
      {list.status === 'ready' && list.changes.length > 0 && (
        <ol className={styles.list} data-testid="change-list">
          {list.changes.map((change) => (
            <ChangeItem
              key={change.id}
              change={change}
              canRevert={editor !== null && editing}
              reverting={list.reverting === change.id}
              revertError={list.revertErrors[change.id]}
              onRevert={(c) => void list.revert(c)}
              onActor={(actor) => setFilters({ ...filters, actor })}
            />
          ))}
        </ol>
      )}
      {list.status === 'ready' && (list.next || list.moreError) && (
        <div className={styles.more}>
          {list.next && (
            <button type="button" className={styles.button} onClick={() => void list.loadMore()} disabled={list.loadingMore}>
              {list.loadingMore ? 'Loading…' : 'Load more'}
            </button>
          )}
          {list.moreError && (
            <span role="alert" className={styles.error}>
              {list.moreError}
            </span>
          )}
        </div>
      )}
    </main>
  );
}
