/** What one change did, thing by thing: each field's value before and after (as text, never HTML). */
import { changeDiff } from '@/components/changes/changeDiff';
import type { Change } from '@/graph/edit/changeTypes';
import styles from '@/components/changes/changes.module.css';

const KIND_WORDS = { created: 'created', deleted: 'deleted', changed: 'changed', joined: 'joined', left: 'left' } as const;

/** Short diffs show at once; a merge touching many stances folds away behind its count. */
const OPEN_UP_TO_LINES = 10;

export default function ChangeDiffView({ change }: { change: Change }) {
  const diffs = changeDiff(change);
  if (diffs.length === 0) return null;
  const lines = diffs.reduce((n, d) => n + Math.max(1, d.lines.length), 0);
  return (
    <details className={styles.diff} open={lines <= OPEN_UP_TO_LINES}>
      <summary>Before → after ({diffs.length} {diffs.length === 1 ? 'thing' : 'things'})</summary>
      {diffs.map((diff, i) => (
        <div key={`${diff.label}-${i}`}>
          <p className={styles.entity}>
            {diff.label}: {KIND_WORDS[diff.kind]}
          </p>
          {diff.lines.length > 0 && (
            <table>
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">Before</th>
                  <th scope="col">After</th>
                </tr>
              </thead>
              <tbody>
                {diff.lines.map((line) => (
                  <tr key={line.field}>
                    <th scope="row">{line.field}</th>
                    <td className={styles.old}>{line.before}</td>
                    <td className={styles.new}>{line.after}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      ))}
    </details>
  );
}
