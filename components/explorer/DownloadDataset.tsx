/**
 * "Download data set": each loaded data set (as /api/health lists them) as a file in the chosen
 * format, from GET /api/datasets/[id]/export, which `npm run seed` loads back. The list is
 * fetched each time the menu opens, so a data set loaded since shows up.
 */
import { useRef, useState } from 'react';
import { Health } from '@/graph/http/healthTypes';
import { EXPORT_FILE, ExportFormat, exportFileName, exportUrl } from '@/graph/model/exportFormats';
import { fetchErrorMessage, getJson } from '@/components/apiClient';
import shared from '@/components/share/share.module.css';
import styles from '@/components/explorer/DownloadDataset.module.css';

type Listing = { status: 'loading' } | { status: 'ready'; datasets: Health['datasets'] } | { status: 'error'; message: string };

const FORMATS = ExportFormat.options;

export default function DownloadDataset() {
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<ExportFormat>('yaml');
  const [listing, setListing] = useState<Listing>({ status: 'loading' });
  const pending = useRef<AbortController | null>(null);

  function toggled(nowOpen: boolean) {
    setOpen(nowOpen);
    pending.current?.abort();
    if (!nowOpen) return;
    const controller = new AbortController();
    pending.current = controller;
    setListing({ status: 'loading' });
    getJson('/api/health', Health, { signal: controller.signal })
      .then((health) => setListing({ status: 'ready', datasets: health.datasets }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setListing({ status: 'error', message: fetchErrorMessage(error) });
      });
  }

  return (
    <details className={shared.menu} open={open} onToggle={(e) => toggled(e.currentTarget.open)} data-testid="download-dataset">
      <summary className={shared.button}>Download data set</summary>
      <div className={`${shared.menuList} ${styles.panel}`} role="group" aria-label="Download a data set">
        <label className={styles.format}>
          Format
          <select value={format} onChange={(e) => setFormat(ExportFormat.parse(e.currentTarget.value))} data-testid="download-format">
            {FORMATS.map((f) => (
              <option key={f} value={f}>
                {EXPORT_FILE[f].label}
              </option>
            ))}
          </select>
        </label>
        {listing.status === 'loading' ? (
          <p role="status" className={`${shared.meta} ${styles.message}`}>
            Loading the data sets…
          </p>
        ) : null}
        {listing.status === 'error' ? (
          <p role="alert" className={`${shared.error} ${styles.message}`}>
            {listing.message}
          </p>
        ) : null}
        {listing.status === 'ready' && listing.datasets.length === 0 ? <p className={`${shared.meta} ${styles.message}`}>No data set is loaded.</p> : null}
        {listing.status === 'ready' && listing.datasets.length > 0 ? (
          <ul className={styles.list}>
            {listing.datasets.map((d) => (
              <li key={d.id}>
                <a href={exportUrl(d.id, format)} download={exportFileName(d.id, format)} data-dataset={d.id}>
                  {d.title}
                  <span className={styles.count}>
                    {exportFileName(d.id, format)} · {d.stances.toLocaleString('en')} {d.stances === 1 ? 'stance' : 'stances'}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </details>
  );
}
