/**
 * "Open a file": a Cytoscape.js JSON or snapshot JSON file from disk, validated and shown
 * read-only. Nothing is uploaded; the file is read in the browser.
 */
import { useState, type ChangeEvent } from 'react';
import { parseImportedFile, type ImportedView } from '@/components/export/importFile';
import SnapshotView from '@/components/share/SnapshotView';
import styles from '@/components/share/share.module.css';

export default function ImportFile() {
  const [view, setView] = useState<ImportedView | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setError(null);
    setView(null);
    const result = parseImportedFile(await file.text(), file.name);
    if (result.ok) setView(result.view);
    else setError(result.error);
  }

  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">Open a file</h2>
      <p>View a Cytoscape.js JSON file (.cyjs, .json) or a snapshot saved as JSON, read-only. The file stays on your computer.</p>
      <input type="file" accept=".json,.cyjs,application/json" onChange={(e) => void onFile(e)} aria-label="Graph file to open" data-testid="import-file" />
      {error ? (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      ) : null}
      {view ? (
        <div style={{ height: '75vh', marginTop: 16, border: '1px solid var(--line)' }} data-testid="import-view">
          <SnapshotView title={view.title} note={view.note} elements={view.elements} viewport={view.viewport} selection={view.selection} focusIds={view.focusIds} answer={view.answer} layout={view.layout} meta={`Opened from a file · ${view.elements.nodes.length} nodes · ${view.elements.edges.length} relationships`} />
        </div>
      ) : null}
    </section>
  );
}
