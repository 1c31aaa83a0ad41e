/**
 * POST /api/changes/<id>/revert's one entry: an import is undone by removing the data set it
 * created (graph/edit/importRevert.ts); every other change by restoring the states it recorded
 * (revertChange in graph/edit/audit.ts).
 */
import { transactions } from '@/graph/db/driver';
import { readChange, revertChange } from '@/graph/edit/audit';
import type { Change } from '@/graph/edit/changeTypes';
import { revertImport } from '@/graph/edit/importRevert';

const { read } = transactions('edit');

export async function revert(id: string, editor: string): Promise<Change> {
  const change = await read((tx) => readChange(tx, id));
  if (change && change.action === 'import' && !change.revertedBy) return revertImport(change, editor);
  return revertChange(id, editor);
}
