/**
 * State of the data-file import form: the chosen file and its format (guessed from the name as
 * `npm run seed` does, changeable), data set id and title, then POST /api/edit/import twice:
 * `confirm=0` for the preview, `confirm=1` to load. Any change to the inputs drops the preview,
 * so "Import" always loads exactly what was previewed.
 */
import { useCallback, useState } from 'react';
import { ApiRequestError, fetchErrorMessage, upload } from '@/components/apiClient';
import { ImportDone, ImportErrors, ImportPreview } from '@/graph/edit/importTypes';
import { formatOf, type Format } from '@/graph/model/importFormats';

export interface ImportFields {
  file: File | null;
  /** '' until a file names one or the user picks one. */
  format: Format | '';
  dataset: string;
  title: string;
}

export type ImportPhase =
  | { kind: 'idle' }
  | { kind: 'previewing' }
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'importing'; preview: ImportPreview }
  | { kind: 'done'; done: ImportDone }
  | { kind: 'failed'; message: string; errors: string[] };

/** A failure as text: the file's problems when it was a bad file, else the API's (or the network's) message. */
function failure(error: unknown): { message: string; errors: string[] } {
  const details = ImportErrors.safeParse(error instanceof ApiRequestError ? error.details : undefined);
  return { message: fetchErrorMessage(error), errors: details.success ? details.data.errors : [] };
}

/** The import's address: `confirm=0` previews, `confirm=1` loads. */
function importUrl(fields: ImportFields & { file: File; format: Format }, confirm: '0' | '1'): string {
  const query = new URLSearchParams({ format: fields.format, name: fields.file.name, confirm });
  if (fields.dataset.trim()) query.set('dataset', fields.dataset.trim());
  if (fields.title.trim()) query.set('title', fields.title.trim());
  return `/api/edit/import?${query.toString()}`;
}

export function useImport() {
  const [fields, setFields] = useState<ImportFields>({ file: null, format: '', dataset: '', title: '' });
  const [phase, setPhase] = useState<ImportPhase>({ kind: 'idle' });

  const change = useCallback((patch: Partial<ImportFields>) => {
    setFields((before) => {
      const next = { ...before, ...patch };
      // A newly chosen file brings the format its name implies (the user may still change it).
      if (patch.file !== undefined && patch.format === undefined) next.format = patch.file ? (formatOf(patch.file.name) ?? '') : '';
      return next;
    });
    setPhase({ kind: 'idle' });
  }, []);

  const run = useCallback(async (confirm: '0' | '1') => {
    const { file, format } = fields;
    if (!file) return setPhase({ kind: 'failed', message: 'Choose a data file first.', errors: [] });
    if (!format) return setPhase({ kind: 'failed', message: `Cannot tell the format of "${file.name}" from its name: choose one.`, errors: [] });
    const previewed = phase.kind === 'preview' ? phase.preview : null;
    if (confirm === '1' && !previewed) return;
    setPhase(previewed ? { kind: 'importing', preview: previewed } : { kind: 'previewing' });
    try {
      const url = importUrl({ ...fields, file, format }, confirm);
      setPhase(confirm === '1' ? { kind: 'done', done: await upload(url, file, ImportDone) } : { kind: 'preview', preview: await upload(url, file, ImportPreview) });
    } catch (error) {
      setPhase({ kind: 'failed', ...failure(error) });
    }
  }, [fields, phase]);

  const preview = useCallback(() => run('0'), [run]);
  const confirm = useCallback(() => run('1'), [run]);
  return { fields, change, phase, preview, confirm };
}
