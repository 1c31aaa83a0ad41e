/** The fields of /sources/new: the article (pasted or a .txt/.html file), its citation, and the data set. */
import type { FormEvent } from 'react';
import { NEW_DATASET, type useNewSource } from '@/components/workbench/useNewSource';
import type { DatasetListing } from '@/graph/datasets/datasetTypes';
import styles from '@/components/workbench/workbench.module.css';

type Form = ReturnType<typeof useNewSource>;

export default function NewSourceForm({ form, datasets }: { form: Form; datasets: readonly DatasetListing[] }) {
  const { fields, change } = form;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit();
  };
  const text = (name: 'title' | 'publisher' | 'url' | 'author', label: string, required: boolean, type = 'text') => (
    <label className={styles.field}>
      <span>{label}{required ? '' : ' (optional)'}</span>
      <input name={name} type={type} value={fields[name]} required={required} onChange={(e) => change({ [name]: e.target.value })} />
    </label>
  );
  return (
    <form onSubmit={onSubmit} className={styles.side} aria-label="New source">
      {text('title', 'Title', true)}
      {text('publisher', 'Publisher', true)}
      <label className={styles.field}>
        <span>Date published</span>
        <input name="date" type="date" value={fields.date} required onChange={(e) => change({ date: e.target.value })} />
      </label>
      {text('url', 'Address (URL)', false, 'url')}
      {text('author', 'Author', false)}
      <label className={styles.field}>
        <span>Data set</span>
        <select name="dataset" value={fields.dataset} required onChange={(e) => change({ dataset: e.target.value })}>
          <option value="">Choose…</option>
          {datasets.map((d) => <option key={d.id} value={d.id}>{d.title}</option>)}
          <option value={NEW_DATASET}>New data set…</option>
        </select>
      </label>
      {fields.dataset === NEW_DATASET && (
        <label className={styles.field}>
          <span>New data set&apos;s title</span>
          <input name="datasetTitle" value={fields.datasetTitle} required maxLength={200} onChange={(e) => change({ datasetTitle: e.target.value })} />
        </label>
      )}
      <label className={styles.field}>
        <span>Upload a .txt or .html file (optional)</span>
        <input name="file" type="file" accept=".txt,.html,.htm,text/plain,text/html" onChange={(e) => void form.chooseFile(e.target.files?.[0])} />
      </label>
      <label className={styles.field}>
        <span>{fields.file ? `Content of ${fields.file.name}${fields.file.html ? ' (HTML: turned into text when saved)' : ''}` : 'Article text (paste it here)'}</span>
        <textarea name="text" rows={14} value={fields.text} required onChange={(e) => change({ text: e.target.value })} />
      </label>
      {form.error && <p role="alert" className={styles.error}>{form.error}</p>}
      <button type="submit" className={`${styles.button} ${styles.primary}`} disabled={form.saving}>{form.saving ? 'Saving…' : 'Save source'}</button>
    </form>
  );
}
