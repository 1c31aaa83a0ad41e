/** The history of run queries (this browser only), newest first; a click runs one again. */
import type { HistoryEntry } from '@/components/console/history';
import styles from '@/components/console/console.module.css';

interface Props {
  history: HistoryEntry[];
  onRun: (entry: HistoryEntry) => void;
  onClear: () => void;
}

const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export default function QueryHistory({ history, onRun, onClear }: Props) {
  return (
    <section className={styles.sideSection} aria-labelledby="console-history-title">
      <div className={styles.sideHeader}>
        <h2 id="console-history-title">History</h2>
        <button type="button" className={styles.linkButton} onClick={onClear} disabled={history.length === 0}>
          Clear
        </button>
      </div>
      {history.length === 0 ? (
        <p className={styles.hint}>Queries you run appear here, newest first. They stay in this browser only.</p>
      ) : (
        <ol className={`${styles.sideList} ${styles.historyList}`} data-testid="history">
          {history.map((entry) => (
            <li key={`${entry.ranAt}-${entry.query}`}>
              <button type="button" className={styles.sideItem} onClick={() => onRun(entry)} title="Run this query again">
                <code className={styles.queryPreview}>{entry.query}</code>
                <span className={styles.hint}>
                  {timeFormat.format(new Date(entry.ranAt))}
                  {Object.keys(entry.params).length > 0 ? ` · params ${JSON.stringify(entry.params)}` : ''}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
