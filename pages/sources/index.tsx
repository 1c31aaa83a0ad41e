/** /sources: the sources, newest first, with how much of each is coded; editors add new ones (and import data files) from here. */
import Head from 'next/head';
import Link from 'next/link';
import { useEditor } from '@/components/auth/useEditor';
import ImportForm from '@/components/import/ImportForm';
import { useFetched } from '@/components/workbench/useFetched';
import { SourceCoverage } from '@/graph/views/sourceTypes';
import { SourceList } from '@/graph/workbench/workbenchTypes';
import styles from '@/components/workbench/workbench.module.css';

export default function SourcesPage() {
  const { editor } = useEditor();
  const list = useFetched('/api/workbench/sources', SourceList);
  const coverage = useFetched('/api/sources', SourceCoverage);
  return (
    <main className={styles.page}>
      <Head>
        <title>Sources · Stance Graph</title>
      </Head>
      <p className={styles.nav}>
        <Link href="/">Explorer</Link> · <Link href="/changes">Changes</Link>
      </p>
      <h1>Sources</h1>
      {coverage.status === 'ready' && (
        <p className={styles.meta} data-testid="source-coverage">
          {coverage.data.sources} sources from {coverage.data.publisherCount} publishers
          {coverage.data.firstDate ? `, ${coverage.data.firstDate} to ${coverage.data.lastDate ?? coverage.data.firstDate}` : ''}.
        </p>
      )}
      {editor && <p><Link className={`${styles.button} ${styles.primary}`} href="/sources/new">Add a source</Link></p>}
      {list.status === 'loading' && <p role="status">Loading sources…</p>}
      {list.status === 'error' && <p role="alert" className={styles.error}>{list.error}</p>}
      {list.status === 'ready' && (list.data.sources.length === 0 ? (
        <p>No sources yet.{editor ? ' Add one to start coding stances.' : ''}</p>
      ) : (
        <table className={styles.table} data-testid="source-list">
          <thead>
            <tr><th scope="col">Title</th><th scope="col">Publisher</th><th scope="col">Date</th><th scope="col">Data sets</th><th scope="col">Quotes coded</th></tr>
          </thead>
          <tbody>
            {list.data.sources.map((s) => (
              <tr key={s.id}>
                <td>{s.chars === null ? <>{s.title} <span className={styles.hint}>(no text stored)</span></> : <Link href={`/sources/${encodeURIComponent(s.id)}`}>{s.title}</Link>}</td>
                <td>{s.publisher}</td>
                <td>{s.date}</td>
                <td>{s.datasets.join(', ')}</td>
                <td>{s.quotes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      {list.status === 'ready' && list.data.truncated && <p className={styles.hint}>Only the newest {list.data.sources.length} sources are listed.</p>}
      {editor && (
        <section className={styles.importSlot} aria-labelledby="import-title">
          <h2 id="import-title">Import a data file</h2>
          <p className={styles.hint}>YAML or JSON in the data format, a spreadsheet, a Discourse Network Analyzer database or a GDELT export, checked as <code>npm run seed</code> checks it.</p>
          <ImportForm />
        </section>
      )}
    </main>
  );
}
