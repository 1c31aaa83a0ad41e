/**
 * /snapshots: the recent snapshots of this instance (title, time, counts: no links, since a
 * link is the capability to view), the ones shared from this browser (with links), and opening
 * a graph file to view.
 */
import type { GetServerSideProps } from 'next';
import Head from 'next/head';
import Link from 'next/link';
import { describeNeo4jError } from '@/graph/http/errors';
import { listSnapshots, type SnapshotListItem } from '@/graph/snapshots/store';
import MySnapshots from '@/components/share/MySnapshots';
import ImportFile from '@/components/export/ImportFile';
import styles from '@/components/share/share.module.css';

type Props = { snapshots: SnapshotListItem[] } | { error: string };

export const getServerSideProps: GetServerSideProps<Props> = async ({ res }) => {
  try {
    return { props: { snapshots: (await listSnapshots(100)).snapshots } };
  } catch (error) {
    const apiError = describeNeo4jError(error);
    res.statusCode = apiError.status;
    return { props: { error: apiError.message } };
  }
};

export default function SnapshotsPage(props: Props) {
  return (
    <main className={styles.list}>
      <Head>
        <title>Snapshots · Stance Graph</title>
      </Head>
      <p>
        <Link href="/">Explorer</Link> · <Link href="/query">Console</Link>
      </p>
      <h1>Snapshots</h1>
      <MySnapshots />
      <h2>Recent snapshots on this instance</h2>
      <p>Only the people a link was sent to can open a snapshot, so this list has no links.</p>
      {'error' in props ? (
        <p role="alert" className={styles.error}>
          {props.error}
        </p>
      ) : props.snapshots.length === 0 ? (
        <p>No snapshots yet. Use Share in the explorer or the console to save a view as a link.</p>
      ) : (
        <table className={styles.table} data-testid="snapshot-list">
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Saved (UTC)</th>
              <th scope="col">Nodes</th>
              <th scope="col">Relationships</th>
            </tr>
          </thead>
          <tbody>
            {props.snapshots.map((s, i) => (
              <tr key={`${s.createdAt}-${i}`}>
                <td>{s.title}</td>
                <td>
                  <time dateTime={s.createdAt}>{s.createdAt.replace('T', ' ').slice(0, 16)}</time>
                </td>
                <td>{s.nodeCount}</td>
                <td>{s.edgeCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ImportFile />
    </main>
  );
}
