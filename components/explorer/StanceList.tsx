/**
 * The stances and actors in view as a plain list of buttons: the keyboard (and screen reader)
 * way into the graph, selecting the same things a click on the canvas selects. Opening a stance
 * moves focus to its evidence in the details panel; its "Back" returns here. Once opened, the list
 * fetches the evidence of the stances it lists (the first SHOWN, in batches, cached for the panel
 * too), so each sentence names who reports it, the same sentence a snapshot of the view lists.
 * Closed, it asks nothing: at a million stances those batches competed with the first drawing.
 */
import { useState } from 'react';
import type { Elements } from '@/graph/model/elements';
import { useEvidence, withEvidenceOf } from '@/components/evidence/useEvidence';
import type { Selection } from '@/components/graph/GraphCanvas';
import { StanceLabel } from '@/components/explorer/StanceLabel';
import { useEvidenceFocus } from '@/components/graph/evidenceFocusTracker';
import styles from '@/components/explorer/explorer.module.css';

export interface StanceListProps {
  elements: Elements;
  selection: Selection | null;
  onSelect: (selection: Selection) => void;
}

const SHOWN = 400;
const NOTHING: readonly never[] = [];

export default function StanceList({ elements, selection, onSelect }: StanceListProps) {
  const names = new Map(elements.nodes.map((n) => [n.data.id, n.data.label]));
  const edges = elements.edges.slice(0, SHOWN);
  const [open, setOpen] = useState(false);
  const focus = useEvidenceFocus();
  const loaded = useEvidence(open ? edges.map((e) => e.data) : NOTHING);
  return (
    <details className={styles.details} data-testid="stance-list" data-evidence-status={loaded.status} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        Stances in view ({elements.edges.length}){elements.edges.length > SHOWN ? `, first ${SHOWN} listed` : ''}
      </summary>
      {open && loaded.status === 'loading' ? (
        <p role="status" className={styles.hint}>
          Loading who reports each stance…
        </p>
      ) : null}
      {open && loaded.error ? (
        <p role="alert" className={styles.hint}>
          Who reports each stance could not be loaded: {loaded.error}{' '}
          <button type="button" className={styles.linkButton} onClick={loaded.retry}>
            Try again
          </button>
        </p>
      ) : null}
      <ul className={styles.stanceList}>
        {edges.map(({ data }) => (
          <li key={data.id}>
            <button type="button" className={selection?.id === data.id ? styles.stanceActive : styles.stance} aria-pressed={selection?.id === data.id} data-stance-list-button={data.id} onClick={(event) => {
                focus.open(data.id, { kind: 'list', element: event.currentTarget }, edges.map((e) => e.data.id));
                onSelect({ group: 'edges', id: data.id });
              }}
            >
              <StanceLabel edge={withEvidenceOf(data, loaded.evidence)} names={names} />
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
