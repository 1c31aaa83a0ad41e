/**
 * /s/[id]: a snapshot, read-only and server-rendered (title, description and Open Graph tags for
 * link previews), drawn as saved (its frame fitted into this page's canvas), with the question it
 * answered and its sentence, and "open live" to re-run its origin on today's data.
 */
import type { GetServerSideProps } from 'next';
import Head from 'next/head';
import Link from 'next/link';
import { ApiError, describeNeo4jError } from '@/graph/http/errors';
import { getSnapshot, type SnapshotResponse } from '@/graph/snapshots/store';
import SnapshotView from '@/components/share/SnapshotView';
import { liveUrl } from '@/components/share/liveUrl';
import DeleteSnapshot from '@/components/share/DeleteSnapshot';
import styles from '@/components/share/share.module.css';

type Props = { found: SnapshotResponse; pageUrl: string } | { error: string };

export const getServerSideProps: GetServerSideProps<Props> = async ({ params, req, res }) => {
  try {
    const found = await getSnapshot(String(params?.id ?? ''));
    const host = req.headers['x-forwarded-host'] ?? req.headers.host ?? 'localhost';
    const proto = req.headers['x-forwarded-proto'] ?? 'http';
    // The snapshot never changes, but "changed since" can, and it can be deleted: always revalidate.
    res.setHeader('Cache-Control', 'private, no-cache');
    return { props: { found, pageUrl: `${String(proto)}://${String(host)}/s/${found.snapshot.id}` } };
  } catch (error) {
    const apiError = error instanceof ApiError ? error : describeNeo4jError(error);
    if (apiError.status === 404) return { notFound: true };
    res.statusCode = apiError.status;
    return { props: { error: apiError.message } };
  }
};

function describe(s: SnapshotResponse['snapshot']): string {
  const counts = `${s.elements.nodes.length} nodes and ${s.elements.edges.length} relationships`;
  // A link preview says what the view answered before what the sender added.
  // The note is the sharer's words, so the preview says whose they are.
  const text = [s.answer?.sentence, s.note ? `Note from whoever shared this view: “${s.note}”` : ''].filter(Boolean).join(' ');
  const lead = text ? `${text.slice(0, 200)}${text.length > 200 ? '…' : ''} — ` : '';
  return `${lead}A Stance Graph snapshot of ${counts}, saved ${s.createdAt.slice(0, 10)}.`;
}

/** The timeline's day and compared dates the view was saved with (they travel in its explorer URL). */
function timelineNote(origin: SnapshotResponse['snapshot']['origin']): string {
  if (origin.kind !== 'explorer') return '';
  const { at, cmp } = origin.view;
  const parts = [at ? ` · the network as it stood on ${at}` : '', cmp ? ` · comparing ${cmp.replace('..', ' with ')}` : ''];
  return parts.join('');
}

export default function SnapshotPage(props: Props) {
  if ('error' in props) {
    return (
      <main className={styles.list}>
        <Head>
          <title>Snapshot unavailable · Stance Graph</title>
        </Head>
        <h1>This snapshot cannot be shown right now</h1>
        <p role="alert">{props.error}</p>
        <Link href="/snapshots">All snapshots</Link>
      </main>
    );
  }
  const { snapshot, changes } = props.found;
  const description = describe(snapshot);
  const title = `${snapshot.title} · Stance Graph`;
  return (
    <>
      <Head>
        <title>{title}</title>
        <meta name="description" content={description} />
        <meta property="og:type" content="article" />
        <meta property="og:site_name" content="Stance Graph" />
        <meta property="og:title" content={snapshot.title} />
        <meta property="og:description" content={description} />
        <meta property="og:url" content={props.pageUrl} />
        <meta name="twitter:card" content="summary" />
        <meta name="twitter:title" content={snapshot.title} />
        <meta name="twitter:description" content={description} />
      </Head>
      <SnapshotView
        title={snapshot.title}
        note={snapshot.note}
        elements={snapshot.elements}
        viewport={snapshot.viewport}
        layout={snapshot.layout}
        selection={snapshot.selection}
        focusIds={snapshot.focusIds}
        answer={snapshot.answer}
        changes={changes}
        meta={
          <>
            Snapshot of <time dateTime={snapshot.createdAt}>{new Date(snapshot.createdAt).toUTCString()}</time> · {snapshot.elements.nodes.length} nodes ·{' '}
            {snapshot.elements.edges.length} relationships · from the {snapshot.origin.kind}
            {timelineNote(snapshot.origin)}
          </>
        }
        actions={
          <>
            <Link className={styles.button} href="/snapshots">
              All snapshots
            </Link>
            <a className={`${styles.button} ${styles.primary}`} href={liveUrl(snapshot.origin)} data-testid="open-live">
              Open live
            </a>
            <DeleteSnapshot id={snapshot.id} />
          </>
        }
      />
    </>
  );
}
