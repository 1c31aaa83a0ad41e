/**
 * The /sources/new form: the article as pasted text or a chosen .txt/.html file (read in the
 * browser; HTML is sent as html and turned into text on the server), its citation, and the data
 * set (an existing one, or a new one by title). Posts POST /api/edit/sources and answers the new id.
 */
import { useState } from 'react';
import { refreshEditor } from '@/components/auth/useEditor';
import { ApiRequestError, fetchErrorMessage, send } from '@/components/apiClient';
import { SourceCreated } from '@/graph/workbench/workbenchTypes';

export interface NewSourceFields {
  title: string;
  publisher: string;
  date: string;
  url: string;
  author: string;
  /** An existing data set's id, or NEW_DATASET. */
  dataset: string;
  datasetTitle: string;
  text: string;
  /** Set when a file was chosen: its name and whether it is HTML. */
  file: { name: string; html: boolean } | null;
}

export const NEW_DATASET = '__new';

const EMPTY: NewSourceFields = { title: '', publisher: '', date: '', url: '', author: '', dataset: '', datasetTitle: '', text: '', file: null };

const isHtmlFile = (file: File) => /\.html?$/i.test(file.name) || file.type === 'text/html';

export function useNewSource(onCreated: (created: SourceCreated) => void) {
  const [fields, setFields] = useState<NewSourceFields>(EMPTY);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const change = (patch: Partial<NewSourceFields>) => setFields((f) => ({ ...f, ...patch }));

  const chooseFile = async (file: File | undefined) => {
    if (!file) return change({ file: null });
    if (!/\.(txt|html?)$/i.test(file.name)) {
      setError(`"${file.name}" is not a .txt or .html file.`);
      return;
    }
    setError(null);
    const content = await file.text();
    change({ text: content, file: { name: file.name, html: isHtmlFile(file) } });
  };

  const submit = async () => {
    setSaving(true);
    setError(null);
    const optional = (value: string) => (value.trim() ? value.trim() : undefined);
    const body = {
      ...(fields.dataset === NEW_DATASET ? { datasetTitle: fields.datasetTitle.trim() } : { dataset: fields.dataset }),
      title: fields.title.trim(),
      publisher: fields.publisher.trim(),
      date: fields.date,
      url: optional(fields.url),
      author: optional(fields.author),
      ...(fields.file?.html ? { html: fields.text } : { text: fields.text }),
    };
    try {
      onCreated(await send('POST', '/api/edit/sources', body, SourceCreated));
    } catch (e) {
      if (e instanceof ApiRequestError && e.status === 401) void refreshEditor();
      setError(fetchErrorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return { fields, change, chooseFile, submit, saving, error };
}
