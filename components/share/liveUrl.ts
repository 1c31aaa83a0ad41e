/** "Open live": the explorer or console URL that re-runs what produced a snapshot, on today's data. */
import type { SnapshotOrigin } from '@/graph/snapshots/snapshotTypes';
import { stateToSearch } from '@/components/console/consoleState';

export function liveUrl(origin: SnapshotOrigin): string {
  if (origin.kind === 'explorer') {
    const search = new URLSearchParams(origin.view).toString();
    return search === '' ? '/' : `/?${search}`;
  }
  return `/query${stateToSearch({ query: origin.query, params: origin.params as Parameters<typeof stateToSearch>[0]['params'] }, { run: true })}`;
}
