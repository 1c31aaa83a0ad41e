/**
 * State of the data-file import form: the chosen file and its format (guessed from the name as
 * `npm run seed` does, changeable), data set id and title, then POST /api/edit/import twice:
 * `confirm=0` for the preview, `confirm=1` to load. Any change to the inputs drops the preview,
 * so "Import" always loads exactly what was previewed.
 */
import { useCallback, useState } from 'react';
import { errorFromBody, fetchErrorMessage } from '@/components/apiClient';
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

/** A failed answer as text: the file's problems when it was a bad file, else the API's message. */
async function failure(response: Response): Promise<{ message: string; errors: string[] }> {
  const error = errorFromBody(await response.json().catch(() => null), response);
  const details = ImportErrors.safeParse(error.details);
  return { message: error.message, errors: details.success ? details.data.errors : [] };
}

class ImportFailed extends Error {
  constructor(readonly info: { message: string; errors: string[] }) {
    super(info.message);
  }
}

async function send(fields: ImportFields & { file: File; format: Format }, confirm: '0' | '1'): Promise<unknown> {
  const query = new URLSearchParams({ format: fields.format, name: fields.file.name, confirm });
  if (fields.dataset.trim()) query.set('dataset', fields.dataset.trim());
  if (fields.title.trim()) query.set('title', fields.title.trim());
  const response = await fetch(`/api/edit/import?${query.toString()}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: fields.file,
    credentials: 'same-origin',
  });
  if (!response.ok) throw new ImportFailed(await failure(response));
  return response.json();
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
      const body = await send({ ...fields, file, format }, confirm);
      setPhase(confirm === '1' ? { kind: 'done', done: ImportDone.parse(body) } : { kind: 'preview', preview: ImportPreview.parse(body) });
    } catch (error) {
      setPhase({ kind: 'failed', ...(error instanceof ImportFailed ? error.info : { message: fetchErrorMessage(error), errors: [] }) });
    }
  }, [fields, phase]);

  const preview = useCallback(() => run('0'), [run]);
  const confirm = useCallback(() => run('1'), [run]);
  return { fields, change, phase, preview, confirm };
}
