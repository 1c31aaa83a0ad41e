/** The stances that quote this source, each with its quote as text and a link to it in the explorer. */
import Link from 'next/link';
import type { WorkbenchQuote } from '@/graph/workbench/workbenchTypes';
import styles from '@/components/workbench/workbench.module.css';

export default function QuoteList({ quotes, names }: { quotes: readonly WorkbenchQuote[]; names: ReadonlyMap<string, string> }) {
  return (
    <section className={styles.side} aria-labelledby="quotes-title" style={{ marginTop: 12 }}>
      <h2 id="quotes-title">Stances quoting this source</h2>
      {quotes.length === 0 ? (
        <p className={styles.hint}>None yet.</p>
      ) : (
        <ul className={styles.list} data-testid="quote-list">
          {quotes.map((q, i) => (
            <li key={`${q.dataset}/${q.stanceId}/${i}`}>
              <Link href={`/?focus=${encodeURIComponent(q.from)}`}>{names.get(q.from) ?? q.from}</Link>{' '}
              {q.kind.replace(/_/g, ' ').toLowerCase()} {names.get(q.to) ?? q.to}: <q>{q.quote}</q>
              {q.start === null && <span className={styles.hint}> (not found in the text)</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
