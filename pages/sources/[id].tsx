/**
 * /sources/<id>: the evidence workbench. The source's text with actor and topic mentions, cue
 * sentences and existing stance quotes marked; a signed-in editor selects a passage (mouse, or
 * Shift+arrows and Enter) and codes it as a stance with its exact offsets in the stored text.
 */
import Head from 'next/head';
import Link from 'next/link';
import { useRouter } from 'next/router';
import { useEditor } from '@/components/auth/useEditor';
import { safeUrl } from '@/components/graph/EvidenceList';
import QuoteList from '@/components/workbench/QuoteList';
import SourceText from '@/components/workbench/SourceText';
import StanceForm from '@/components/workbench/StanceForm';
import { useWorkbenchPage } from '@/components/workbench/useWorkbenchPage';
import styles from '@/components/workbench/workbench.module.css';

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

export default function SourceWorkbenchPage() {
  const router = useRouter();
  const id = router.isReady && typeof router.query.id === 'string' ? router.query.id : null;
  const { editor } = useEditor();
  const { fetched, bench, textRef, selection, latestSelection, form, names, quoteTitles, segments } = useWorkbenchPage(id);
  const code = editor
    ? () => {
        const span = latestSelection();
        if (span) form.open(span);
      }
    : null;
  const closeForm = () => {
    form.close();
    textRef.current?.focus();
  };

  return (
    <main className={styles.page}>
      <Head>
        <title>{bench ? `${bench.source.title} · Sources · Stance Graph` : 'Source · Stance Graph'}</title>
      </Head>
      <p className={styles.nav}>
        <Link href="/">Explorer</Link> · <Link href="/sources">Sources</Link>
      </p>
      {fetched.status === 'loading' && <p role="status">Loading the source…</p>}
      {fetched.status === 'error' && <p role="alert" className={styles.error}>{fetched.error}</p>}
      {bench && (
        <>
          <h1>{bench.source.title}</h1>
          <p className={styles.meta}>
            {bench.source.publisher}, {bench.source.date}
            {bench.source.author ? ` · ${bench.source.author}` : ''} · data set {bench.source.datasets.join(', ') || '(none)'}
            {/* The same check as the evidence panel: a source stored before URLs were checked may name any scheme. */}
            {safeUrl(bench.source.url ?? undefined) && <> · <a href={safeUrl(bench.source.url ?? undefined)} rel="noopener noreferrer" target="_blank" data-testid="source-link">original</a></>}
          </p>
          <ul className={styles.legend} aria-label="What is marked in the text">
            <li><span className={styles.mention}>Underlined</span>: {count(bench.mentions.length, 'mention')} of known actors and topics</li>
            <li><span className={styles.cue}>Yellow</span>: {count(bench.cues.length, 'sentence')} with stance cue words (suggestions)</li>
            <li><span className={styles.quote}>Green</span>: {count(bench.quotes.length, 'quote')} of existing stances</li>
          </ul>
          <div className={styles.layout}>
            <SourceText ref={textRef} text={bench.text} segments={segments} names={names} quoteTitles={quoteTitles} onCode={code} />
            <div>
              {editor && form.draft ? (
                <StanceForm
                  draft={form.draft}
                  known={bench.known}
                  datasets={bench.source.datasets}
                  saving={form.status.state === 'saving'}
                  error={form.status.state === 'error' ? form.status.message : null}
                  onChange={form.change}
                  onSave={() => void form.save()}
                  onClose={closeForm}
                />
              ) : (
                <section className={styles.side} aria-labelledby="code-title">
                  <h2 id="code-title">Code a stance</h2>
                  {editor ? (
                    <>
                      <p className={styles.hint}>Select the words that state the stance, then press Enter in the text or use the button.</p>
                      <button type="button" className={`${styles.button} ${styles.primary}`} disabled={!selection} onClick={() => code?.()}>
                        Code selection
                      </button>
                    </>
                  ) : (
                    <p className={styles.hint}><Link href={`/login?next=${encodeURIComponent(router.asPath)}`}>Sign in as an editor</Link> to code stances from this text.</p>
                  )}
                  {form.status.state === 'saved' && <p role="status" className={styles.ok}>Saved: {form.status.message}</p>}
                </section>
              )}
              <QuoteList quotes={bench.quotes} names={names} />
            </div>
          </div>
        </>
      )}
    </main>
  );
}
