/**
 * The export formats, their files and the download URL: no I/O and no YAML writer here, so the
 * browser (components/explorer/DownloadDataset.tsx) can share them with the server.
 */
import { z } from 'zod';

export const ExportFormat = z.enum(['yaml', 'json', 'csv'], { error: 'must be yaml, json or csv' });
export type ExportFormat = z.infer<typeof ExportFormat>;

/** Each format's file extension, media type and the name the explorer shows for it. */
export const EXPORT_FILE: Record<ExportFormat, { extension: string; mimeType: string; label: string }> = {
  yaml: { extension: 'yaml', mimeType: 'application/yaml; charset=utf-8', label: 'YAML (the seed file format)' },
  json: { extension: 'json', mimeType: 'application/json; charset=utf-8', label: 'JSON' },
  csv: { extension: 'csv', mimeType: 'text/csv; charset=utf-8', label: 'CSV (the spreadsheet template)' },
};

/** The file name an export of data set `id` is saved under. */
export function exportFileName(id: string, format: ExportFormat): string {
  return `${id}.${EXPORT_FILE[format].extension}`;
}

/** Where GET /api/datasets/[id]/export answers data set `id` in `format`. */
export function exportUrl(id: string, format: ExportFormat): string {
  return `/api/datasets/${encodeURIComponent(id)}/export?format=${format}`;
}
