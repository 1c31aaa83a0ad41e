/**
 * "Export" for any graph view: PNG at 2x and SVG of the drawing, Cytoscape.js JSON, GraphML and
 * GEXF of the data with positions, and the evidence table as CSV. Works from the live
 * cytoscape instance, so it exports exactly what is on screen; the data formats carry every
 * stance's quotes and sources, fetched first (graph answers do not carry them).
 */
import { useState } from 'react';
import type cytoscape from 'cytoscape';
import { downloadBlob, downloadText } from '@/components/download';
import { toCytoscapeJson } from '@/components/export/cytoscapeJson';
import { evidenceCsv } from '@/components/export/evidenceCsv';
import { elementsFromCy, fileStem } from '@/components/export/fromCy';
import { toGEXF } from '@/components/export/gexf';
import { toGraphML } from '@/components/export/graphml';
import { drawingFromCy, toSvg } from '@/components/export/svg';
import { kindColour } from '@/components/graph/style';
import styles from '@/components/share/share.module.css';
import { useNodeCount } from '@/components/graph/useNodeCount';
import { evidenceClient } from '@/components/evidence/evidenceClient';

export interface ExportMenuProps {
  cy: cytoscape.Core | null;
  /** Names the files and goes into the documents' titles. */
  title?: string;
}

type Format = 'png' | 'svg' | 'cyjs' | 'graphml' | 'gexf' | 'csv';

const FORMATS: { format: Format; label: string }[] = [
  { format: 'png', label: 'PNG image (2x)' },
  { format: 'svg', label: 'SVG image' },
  { format: 'cyjs', label: 'Cytoscape.js JSON (.cyjs)' },
  { format: 'graphml', label: 'GraphML (.graphml)' },
  { format: 'gexf', label: 'GEXF for Gephi (.gexf)' },
  { format: 'csv', label: 'Evidence table (.csv)' },
];

async function exportAs(cy: cytoscape.Core, format: Format, title: string): Promise<void> {
  const stem = fileStem(title);
  if (format === 'png') {
    const blob = await cy.png({ output: 'blob-promise', scale: 2, full: true, bg: '#ffffff' });
    return downloadBlob(`${stem}.png`, blob);
  }
  if (format === 'svg') return downloadText(`${stem}.svg`, toSvg(drawingFromCy(cy), { title }), 'image/svg+xml');
  const elements = await evidenceClient.withEvidence(elementsFromCy(cy));
  if (format === 'cyjs') return downloadText(`${stem}.cyjs`, JSON.stringify(toCytoscapeJson(elements, undefined, title), null, 2), 'application/json');
  if (format === 'graphml') return downloadText(`${stem}.graphml`, toGraphML(elements, undefined, title), 'application/graphml+xml');
  if (format === 'gexf') {
    return downloadText(`${stem}.gexf`, toGEXF(elements, undefined, { title, colourOf: kindColour, date: new Date().toISOString().slice(0, 10) }), 'application/gexf+xml');
  }
  return downloadText(`${stem}-evidence.csv`, evidenceCsv(elements), 'text/csv;charset=utf-8');
}

export default function ExportMenu({ cy, title = 'Stance Graph view' }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const empty = useNodeCount(cy) === 0;

  async function run(format: Format) {
    if (!cy) return;
    setBusy(true);
    setError(null);
    try {
      await exportAs(cy, format, title);
      setOpen(false);
    } catch (e) {
      setError(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <details className={styles.menu} open={open} onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="export-menu">
      <summary className={styles.button} aria-disabled={empty}>
        Export
      </summary>
      <ul className={styles.menuList} role="menu" aria-label="Export formats">
        {empty ? <li className={styles.meta}>Nothing to export yet.</li> : null}
        {FORMATS.map(({ format, label }) => (
          <li key={format} role="none">
            <button type="button" role="menuitem" disabled={empty || busy} onClick={() => void run(format)} data-format={format}>
              {label}
            </button>
          </li>
        ))}
        {busy ? (
          <li role="status" className={styles.meta}>
            Preparing the file (fetching the evidence of every stance in view)…
          </li>
        ) : null}
        {error ? (
          <li role="alert" className={styles.error}>
            {error}
          </li>
        ) : null}
      </ul>
    </details>
  );
}
