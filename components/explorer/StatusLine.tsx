/**
 * "Showing N of M": how much of the matching graph is on screen, and a way to load more when
 * the API cut it to the most connected part.
 */
import type { ExplorerData } from '@/components/explorer/useExplorerData';
import { MAX_VIEW_ACTORS } from '@/graph/views/viewTypes';
import styles from '@/components/explorer/explorer.module.css';

export interface StatusLineProps {
  data: ExplorerData;
  limit: number;
  onLoadMore: () => void;
  /** What the canvas draws in groups (levels of detail), when it does. */
  aggregated?: { nodes: number; edges: number; groups: number };
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** "(Juan Guaidó and 13 others)": the actors counted include the focus, so say so beside the count. */
export function focusPart(data: Pick<ExplorerData, 'elements' | 'focusIds'>): string {
  const names = data.focusIds.flatMap((id) => data.elements.nodes.find((n) => n.data.id === id)?.data.label ?? []);
  if (names.length === 0) return '';
  const others = data.elements.nodes.length - names.length;
  const focus = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return ` (${focus} and ${plural(others, 'other', 'others')})`;
}

export default function StatusLine({ data, limit, onLoadMore, aggregated }: StatusLineProps) {
  const { nodes, edges } = data.elements;
  const shown = `${plural(nodes.length, 'actor', 'actors')}${focusPart(data)} and ${plural(edges.length, 'stance', 'stances')}`;
  const total = data.total;
  return (
    <p className={styles.status} data-testid="status-line" aria-live="polite">
      {data.status === 'loading' ? 'Loading… ' : null}
      {data.status === 'error' ? 'Nothing to show until the graph loads. ' : null}
      {total && data.truncated ? (
        <>
          Showing {nodes.length.toLocaleString('en')} of {plural(total.nodes, 'actor', 'actors')} and {edges.length.toLocaleString('en')} of {plural(total.edges, 'stance', 'stances')}, most connected first.{' '}
          {limit < MAX_VIEW_ACTORS ? (
            <button type="button" className={styles.linkButton} onClick={onLoadMore} data-testid="load-more">
              Load more
            </button>
          ) : (
            'Narrow the filters to see the rest.'
          )}
        </>
      ) : (
        <>Showing {shown}{total ? ` (all ${plural(total.edges, 'matching stance', 'matching stances')})` : ''}.</>
      )}
      {aggregated && aggregated.groups > 0 ? (
        <span data-testid="aggregated">
          {' '}To keep the canvas quick, {plural(aggregated.nodes, 'less connected actor is', 'less connected actors are')} drawn in {plural(aggregated.groups, 'group', 'groups')}, with{' '}
          {plural(aggregated.edges, 'stance', 'stances')} of theirs as bundles or inside the groups; open a group (double-click it, or from Groups on the canvas) to draw its actors.
        </span>
      ) : null}
    </p>
  );
}
