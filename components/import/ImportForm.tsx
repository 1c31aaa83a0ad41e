/**
 * Import a data file from the browser (editors only; the page decides): choose the file, check
 * the format guessed from its name, optionally name the data set, Preview (nothing written), then
 * Import. Everything from the file or the server is rendered as text.
 */
import Link from 'next/link';
import type { FormEvent } from 'react';
import ImportSummary from '@/components/import/ImportSummary';
import { useImport } from '@/components/import/useImport';
import { FORMATS, type Format } from '@/graph/model/importFormats';
import styles from '@/components/workbench/workbench.module.css';

const FORMAT_LABELS: Record<Format, string> = {
  yaml: 'Data format, YAML (.yaml, .yml)',
  json: 'Data format, JSON (.json)',
  spreadsheet: 'Spreadsheet (.csv, .tsv)',
  dna: 'Discourse Network Analyzer (.dna)',
  gdelt: 'GDELT 2.0 events export (*.export.CSV)',
};

export default function ImportForm() {
  const { fields, change, phase, preview, confirm } = useImport();
  const busy = phase.kind === 'previewing' || phase.kind === 'importing';
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void preview();
  };
  return (
    <form onSubmit={onSubmit} className={styles.side} aria-label="Import a data file" data-testid="import-form">
      <label className={styles.field}>
        <span>Data file</span>
        <input name="file" type="file" accept=".yaml,.yml,.json,.csv,.tsv,.dna" required onChange={(e) => change({ file: e.target.files?.[0] ?? null })} />
      </label>
      <label className={styles.field}>
        <span>Format</span>
        <select name="format" value={fields.format} required onChange={(e) => change({ format: e.target.value as Format | '' })}>
          <option value="">Choose…</option>
          {FORMATS.map((f) => <option key={f} value={f}>{FORMAT_LABELS[f]}</option>)}
        </select>
      </label>
      <label className={styles.field}>
        <span>Data set id (optional: else from the file)</span>
        <input name="dataset" value={fields.dataset} maxLength={100} pattern="[a-z0-9]+(-[a-z0-9]+)*" title="lower-case letters, digits and single hyphens, e.g. my-crisis" onChange={(e) => change({ dataset: e.target.value })} />
      </label>
      <label className={styles.field}>
        <span>Data set title (optional)</span>
        <input name="title" value={fields.title} maxLength={200} onChange={(e) => change({ title: e.target.value })} />
      </label>
      <p className={styles.row}>
        <button type="submit" className={styles.button} disabled={busy}>{phase.kind === 'previewing' ? 'Checking…' : 'Preview'}</button>
        <button type="button" className={`${styles.button} ${styles.primary}`} disabled={phase.kind !== 'preview'} onClick={() => void confirm()}>
          {phase.kind === 'importing' ? 'Importing…' : 'Import'}
        </button>
      </p>
      <div aria-live="polite" data-testid="import-result">
        {phase.kind === 'idle' && <p className={styles.hint}>Preview checks the whole file and says what would change; nothing is written until you press Import.</p>}
        {busy && <p role="status">{phase.kind === 'previewing' ? 'Checking the file…' : 'Importing; a large file takes a while…'}</p>}
        {(phase.kind === 'preview' || phase.kind === 'importing') && <ImportSummary preview={phase.preview} />}
        {phase.kind === 'done' && (
          <p className={styles.ok} role="status">
            Imported into data set {phase.done.report.dataset}: {phase.done.report.stancesAdded} stances added, {phase.done.report.stancesUpdated} updated,{' '}
            {phase.done.report.stancesUnchanged} unchanged, {phase.done.report.stancesRemoved} removed.{' '}
            <Link href={`/?dataset=${encodeURIComponent(phase.done.report.dataset)}`}>Open it in the explorer</Link> · <Link href="/changes">Changes</Link>
          </p>
        )}
        {phase.kind === 'failed' && (
          <div role="alert" className={styles.error}>
            <p>{phase.message}</p>
            {phase.errors.length > 1 && <ul>{phase.errors.map((e, i) => <li key={i}>{e}</li>)}</ul>}
          </div>
        )}
      </div>
    </form>
  );
}
