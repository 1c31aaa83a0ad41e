/** What an import would do, as the preview (POST /api/edit/import?confirm=0) counted it. */
import type { ImportPreview } from '@/graph/edit/importTypes';
import styles from '@/components/workbench/workbench.module.css';

const newAndKnown = (what: string, c: { new: number; known: number }) => `${c.new + c.known} ${what} (${c.new} new, ${c.known} already in the graph)`;

export default function ImportSummary({ preview }: { preview: ImportPreview }) {
  return (
    <section aria-label="Import preview" data-testid="import-preview">
      <p>
        {preview.datasetExists ? 'Updates' : 'Creates'} data set <strong>{preview.title}</strong> ({preview.dataset}, {preview.format}).
      </p>
      <ul className={styles.list}>
        <li data-testid="import-stances">
          {preview.stances} stances: {preview.added} added, {preview.updated} updated, {preview.unchanged} unchanged, {preview.removed} removed
          {preview.merged > 0 ? `; ${preview.merged} records add evidence to a stance met earlier in the file` : ''}.
        </li>
        <li>{newAndKnown('actors', preview.actors)}; {newAndKnown('topics', preview.topics)}; {newAndKnown('sources', preview.sources)}.</li>
        {preview.skipped.map((s) => <li key={s.reason}>Skipped {s.count}: {s.reason}.</li>)}
      </ul>
      {preview.warnings.length > 0 && (
        <>
          <p>Worth a look before importing:</p>
          <ul className={styles.list}>{preview.warnings.map((w, i) => <li key={i}>{w}</li>)}</ul>
        </>
      )}
    </section>
  );
}
