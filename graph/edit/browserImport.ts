/**
 * The browser import (POST /api/edit/import) once the file is on disk: the importer `npm run seed`
 * would pick, then either a preview with nothing written (graph/edit/importPreview.ts) or the load
 * through the one write path (`loadImport`) followed by one `import` change in the audit trail.
 * A bad file is a 400 carrying the loader's own messages, each naming the file, record and field.
 */
import { transactions } from '@/graph/db/driver';
import { recordChange } from '@/graph/edit/audit';
import type { EditorSession } from '@/graph/auth/guard';
import { backupOf, saveBackup } from '@/graph/edit/importBackup';
import { previewImport } from '@/graph/edit/importPreview';
import type { ImportDone, ImportPreview } from '@/graph/edit/importTypes';
import type { Upload } from '@/graph/edit/importUpload';
import { ApiError } from '@/graph/http/errors';
import { importerFor, type Format } from '@/graph/import';
import { ImportError, type Importer } from '@/graph/import/types';
import { loadImport, type LoadReport } from '@/graph/datasets/load';
import { DatasetFileError } from '@/graph/import/readDataset';

const { read, write } = transactions('edit');

export interface ImportRequest {
  format: Format;
  dataset?: string;
  title?: string;
}

/** The problems of a bad file, with the temporary folder left out of every message. */
function badFile(error: ImportError | DatasetFileError, upload: Upload): ApiError {
  const clean = (text: string) => text.split(`${upload.dir}/`).join('').split(`${upload.dir}\\`).join('');
  const errors = error instanceof DatasetFileError ? error.problems.map((p) => `${upload.name}: ${clean(p)}`) : [clean(error.message)];
  const message = errors.length === 1 ? errors[0]! : `${upload.name} is not a valid Stance Graph data file (${errors.length} problems).`;
  return new ApiError(400, 'BadImport', message, { errors });
}

/** Runs `work` with the upload's importer, turning a bad file into its 400. */
async function withImporter<T>(upload: Upload, request: ImportRequest, work: (importer: Importer) => Promise<T>): Promise<T> {
  try {
    const importer = await importerFor(upload.file, { format: request.format, ...(request.dataset ? { dataset: request.dataset } : {}), ...(request.title ? { title: request.title } : {}) });
    // The loader names the file in its errors and stores it on the data set: the user's name, not the temporary path.
    return await work({ ...importer, file: upload.name });
  } catch (error) {
    if (error instanceof ImportError || error instanceof DatasetFileError) throw badFile(error, upload);
    throw error;
  }
}

export async function previewUpload(upload: Upload, request: ImportRequest): Promise<ImportPreview> {
  return withImporter(upload, request, (importer) => previewImport(importer));
}

/** One line for the audit trail: what the load did. */
export function importSummary(name: string, title: string, report: LoadReport): string {
  const skipped = report.skipped.reduce((n, s) => n + s.count, 0);
  return (
    `Imported ${name} (${report.format}) into "${title}": ${report.stancesAdded} stances added, ${report.stancesUpdated} updated, ` +
    `${report.stancesUnchanged} unchanged, ${report.stancesRemoved} removed` + (skipped > 0 ? `, ${skipped} records skipped` : '')
  );
}

/**
 * Data sets being loaded by this server now. A second browser import of the same data set waits for
 * no one: it gets 409, since two loads of one data set at once would each drop the other's stances.
 */
const loading = new Set<string>();

export async function loadUpload(upload: Upload, request: ImportRequest, editor: EditorSession): Promise<ImportDone> {
  return withImporter(upload, request, async (importer) => {
    const id = importer.dataset.id;
    if (loading.has(id)) throw new ApiError(409, 'ImportRunning', `Data set "${id}" is being imported right now; wait until that import has finished, then try again.`);
    loading.add(id);
    try {
      return await loadAndRecord(upload, importer, editor);
    } finally {
      loading.delete(id);
    }
  });
}

async function loadAndRecord(upload: Upload, importer: Importer, editor: EditorSession): Promise<ImportDone> {
  const { dataset } = importer;
  const isNew = await read(async (tx) => (await tx.run('MATCH (d:Dataset {id: $id}) RETURN d.id', { id: dataset.id })).records.length === 0);
  // A reload replaces the whole data set: keep what it replaces, so the import can be reverted.
  const previous = isNew ? null : await backupOf(dataset.id);
  const report = await loadImport(importer);
  // Recorded once the load has finished, in a transaction of its own: a load is many transactions.
  const change = await write(async (tx) => {
    const recorded = await recordChange(tx, {
      editor: editor.name,
      action: 'import',
      dataset: dataset.id,
      actorIds: [],
      target: `dataset:${dataset.id}`,
      // A new data set was absent before (a revert removes it again); a reloaded one is restored
      // from its backup (graph/edit/importBackup.ts), and without one the import is not revertible.
      before: isNew ? [{ type: 'dataset', id: dataset.id, value: null }] : previous ? [{ type: 'dataset', id: dataset.id, value: { title: previous.info.title, description: previous.info.description ?? null, format: null } }] : null,
      after: [{ type: 'dataset', id: dataset.id, value: { title: dataset.title, description: dataset.description ?? null, format: importer.format } }],
      summary: importSummary(upload.name, dataset.title, report),
    });
    if (previous) await saveBackup(tx, recorded.id, previous);
    return recorded;
  });
  return { report, change: { id: change.id } };
}
