/**
 * "How are A and B connected?" as a list: how long a chain may be (2 to 4 stances), then every
 * chain grouped by length and sign ("the enemy of my enemy"), shortest first. Each step is a
 * button that selects its stance, so its evidence opens in the details panel, as a click on the
 * canvas would.
 */
import type { Elements } from '@/graph/model/elements';
import type { Selection } from '@/components/graph/GraphCanvas';
import type { Chains } from '@/components/explorer/useExplorerData';
import { groupChains, signWords } from '@/graph/model/chains';
import { StanceLabel } from '@/components/explorer/StanceLabel';
import styles from '@/components/explorer/explorer.module.css';

export const STEP_CHOICES = [2, 3, 4] as const;

export interface ChainListProps {
  elements: Elements;
  /** Null while the chains load (or failed to). */
  chains: Chains | null;
  steps: number;
  onSteps: (steps: number) => void;
  selection: Selection | null;
  onSelect: (selection: Selection) => void;
}

const plural = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`;

export default function ChainList({ elements, chains, steps, onSteps, selection, onSelect }: ChainListProps) {
  const names = new Map(elements.nodes.map((n) => [n.data.id, n.data.label]));
  const edges = new Map(elements.edges.map((e) => [e.data.id, e.data]));
  const groups = chains ? groupChains(chains.paths) : [];
  return (
    <section className={styles.details} aria-label="Chains of stances" data-testid="chains">
      <label className={styles.check}>
        Chains of up to
        <select value={steps} onChange={(event) => onSteps(Number(event.target.value))} data-testid="chain-steps">
          {STEP_CHOICES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
        stances
      </label>
      {chains?.truncated ? <p className={styles.hint}>More chains exist: only the {chains.paths.length} shortest are listed.</p> : null}
      {groups.map((group, index) => (
        <details key={`${group.length}:${group.sign}`} className={styles.details} open={index === 0} data-testid="chain-group" data-length={group.length} data-sign={group.sign} data-count={group.count}>
          <summary>
            {plural(group.length, 'step')}, {signWords(group.sign)}: {plural(group.count, 'chain')}
          </summary>
          <ol className={styles.stanceList}>
            {group.paths.map((path) => (
              <li key={path.edgeIds.join('|')} data-testid="chain" style={{ padding: '2px 0 4px', borderBottom: '1px solid var(--line)' }}>
                {path.edgeIds.map((id, i) => {
                  const edge = edges.get(id);
                  if (!edge) return null;
                  const active = selection?.group === 'edges' && selection.id === id;
                  return (
                    <button key={`${i}:${id}`} type="button" className={active ? styles.stanceActive : styles.stance} aria-pressed={active} onClick={() => onSelect({ group: 'edges', id })}>
                      <StanceLabel edge={edge} names={names} />
                    </button>
                  );
                })}
              </li>
            ))}
          </ol>
        </details>
      ))}
    </section>
  );
}
