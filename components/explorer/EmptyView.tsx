/**
 * What the canvas says when a view holds nothing. Three cases: the database holds no data set
 * at all (a new or foreign database: say how to load one, and that the console works on any
 * graph), a "how are A and B connected?" question without a chain, and filters that match nothing.
 */
import Link from 'next/link';
import styles from '@/components/explorer/explorer.module.css';

export interface EmptyViewProps {
  /** The whole graph, unfiltered, is empty: no data set is loaded. */
  noData: boolean;
  /** The question was "how are A and B connected?". */
  asksPaths: boolean;
  maxSteps: number;
  filtered: boolean;
  onClearFilters: () => void;
}

export default function EmptyView({ noData, asksPaths, maxSteps, filtered, onClearFilters }: EmptyViewProps) {
  if (noData) {
    return (
      <div className={styles.empty} role="status" data-testid="empty" data-reason="no-data">
        <p>
          <strong>No data set is loaded.</strong> This database holds no actors or stances yet.
        </p>
        <p>
          Load one from a terminal with <code>npm run seed -- path/to/file.yaml</code> (the data format is described in the README), then reload this page.
        </p>
        <p>
          The <Link href="/query">Cypher console</Link> works on any graph, including whatever this database already holds.
        </p>
      </div>
    );
  }
  return (
    <div className={styles.empty} role="status" data-testid="empty" data-reason={asksPaths ? 'no-chain' : 'no-match'}>
      {asksPaths ? `No chain of stances links them within ${maxSteps} steps${filtered ? ' with these filters' : ''}.` : 'No stances match these filters.'}{' '}
      {filtered || !asksPaths ? (
        <button type="button" className={styles.linkButton} onClick={onClearFilters}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
