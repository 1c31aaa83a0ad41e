/**
 * "Share": saves what the canvas shows (elements with positions, the visible frame, zoom, pan,
 * selection), the question the view answered with its sentence, and the order of the view's
 * stance list, with a title and note as a snapshot, the evidence of every stance in it fetched
 * and frozen with it; then shows its link with a copy button and,
 * once, the code that can delete it (the API that takes it is in docs/snapshots.md).
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type cytoscape from 'cytoscape';
import { SnapshotCreated, type SnapshotInput } from '@/graph/snapshots/snapshotTypes';
import { buildSnapshotInput, type SnapshotSource } from '@/components/share/snapshotInput';
import styles from '@/components/share/share.module.css';
import { rememberMySnapshot } from '@/components/share/mySnapshots';
import { fetchErrorMessage, send } from '@/components/apiClient';
import { useNodeCount } from '@/components/graph/useNodeCount';
import { evidenceClient } from '@/components/evidence/evidenceClient';

export interface ShareButtonProps extends SnapshotSource {
  cy: cytoscape.Core | null;
  /** Suggested title, e.g. the question the view answers or the focused actor's name. */
  defaultTitle?: string;
}

type State = { step: 'form'; error?: string } | { step: 'saving' } | { step: 'done'; created: SnapshotCreated; link: string };

const createSnapshot = (input: SnapshotInput): Promise<SnapshotCreated> => send('POST', '/api/snapshots', input, SnapshotCreated);

export default function ShareButton(props: ShareButtonProps) {
  const { cy, defaultTitle = 'Stance Graph view' } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, setState] = useState<State>({ step: 'form' });
  const [title, setTitle] = useState(defaultTitle);
  const [note, setNote] = useState('');
  const [copied, setCopied] = useState(false);
  const empty = useNodeCount(cy) === 0;
  // The form that had focus is gone once the link is made: focus the link (its text selected), what the reader came for.
  const linkField = useRef<HTMLInputElement>(null);
  const done = state.step === 'done';
  useEffect(() => {
    if (done) linkField.current?.focus();
  }, [done]);

  function open() {
    setState({ step: 'form' });
    setTitle(defaultTitle);
    setNote('');
    setCopied(false);
    dialog.current?.showModal();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!cy) return;
    if (title.trim() === '') return setState({ step: 'form', error: 'Give the snapshot a title.' });
    setState({ step: 'saving' });
    try {
      const input = buildSnapshotInput(cy, props, title, note);
      // A snapshot stands alone: the evidence of what it shows is fetched now and frozen with it.
      const created = await createSnapshot({ ...input, elements: await evidenceClient.withEvidence(input.elements) });
      rememberMySnapshot({ id: created.id, title: created.snapshot.title, createdAt: created.snapshot.createdAt });
      setState({ step: 'done', created, link: new URL(created.url, window.location.origin).toString() });
    } catch (error) {
      setState({ step: 'form', error: fetchErrorMessage(error) });
    }
  }

  async function copy(link: string) {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // Clipboard access can be refused (e.g. over plain http); the field stays selectable.
      setCopied(false);
    }
  }

  return (
    <>
      <button type="button" className={styles.button} onClick={open} disabled={empty} title={empty ? 'Nothing on the canvas to share yet' : 'Save this view as a link'} data-testid="share-button">
        Share
      </button>
      <dialog ref={dialog} className={styles.dialog} aria-labelledby="share-title" data-testid="share-dialog">
        <h2 id="share-title">Share this view</h2>
        {state.step === 'done' ? (
          <div>
            <p>Anyone with this link sees this view exactly as it is now, even after the data changes.</p>
            <div className={styles.link}>
              <input ref={linkField} readOnly value={state.link} aria-label="Snapshot link" onFocus={(e) => e.currentTarget.select()} data-testid="share-link" />
              <button type="button" className={styles.button} onClick={() => void copy(state.link)}>
                {copied ? 'Copied' : 'Copy'}
              </button>
            </div>
            <p>
              <strong>Keep this code to delete the snapshot later.</strong> It is shown only this once. To delete the snapshot, open its link, choose
              Delete… and paste the code. Anyone who has the code can delete the snapshot, so keep it to yourself.
            </p>
            <p className={styles.token} data-testid="share-token">
              {state.created.deleteToken}
            </p>
            <div className={styles.row}>
              <a className={styles.button} href={state.created.url} target="_blank" rel="noreferrer">
                Open the snapshot
              </a>
              <button type="button" className={`${styles.button} ${styles.primary}`} onClick={() => dialog.current?.close()}>
                Done
              </button>
            </div>
          </div>
        ) : (
          <form onSubmit={(e) => void submit(e)}>
            <label className={styles.field}>
              Title
              <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} required data-testid="share-title" />
            </label>
            <label className={styles.field}>
              Note (optional)
              <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={4} maxLength={10_000} data-testid="share-note" />
            </label>
            {state.step === 'form' && state.error ? (
              <p role="alert" className={styles.error}>
                {state.error}
              </p>
            ) : null}
            <div className={styles.row}>
              <button type="button" className={styles.button} onClick={() => dialog.current?.close()}>
                Cancel
              </button>
              <button type="submit" className={`${styles.button} ${styles.primary}`} disabled={state.step === 'saving'} data-testid="share-create">
                {state.step === 'saving' ? 'Saving…' : 'Create link'}
              </button>
            </div>
          </form>
        )}
      </dialog>
    </>
  );
}
