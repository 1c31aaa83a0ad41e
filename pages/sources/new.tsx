/** /sources/new: store an article (pasted or uploaded) as a source, then open it in the workbench. Editors only. */
import Head from 'next/head';
import Link from 'next/link';
import { useRouter } from 'next/router';
import { useEditor } from '@/components/auth/useEditor';
import { useDatasets } from '@/components/explorer/useDatasets';
import NewSourceForm from '@/components/workbench/NewSourceForm';
import { useNewSource } from '@/components/workbench/useNewSource';
import styles from '@/components/workbench/workbench.module.css';

export default function NewSourcePage() {
  const router = useRouter();
  const { editor, loading } = useEditor();
  const datasets = useDatasets();
  const form = useNewSource((created) => void router.push(`/sources/${encodeURIComponent(created.id)}`));
  return (
    <main className={styles.page}>
      <Head>
        <title>New source · Stance Graph</title>
      </Head>
      <p className={styles.nav}>
        <Link href="/">Explorer</Link> · <Link href="/sources">Sources</Link>
      </p>
      <h1>New source</h1>
      <p className={styles.hint}>Paste an article or upload it; it is stored as plain text, and every quote coded from it keeps its exact place in that text.</p>
      {loading ? (
        <p role="status">Checking who is signed in…</p>
      ) : !editor ? (
        <p><Link href="/login?next=/sources/new">Sign in as an editor</Link> to add sources.</p>
      ) : (
        <>
          {datasets.status === 'error' && <p role="alert" className={styles.error}>{datasets.error} You can still add the source to a new data set.</p>}
          <NewSourceForm form={form} datasets={datasets.datasets} />
        </>
      )}
    </main>
  );
}
