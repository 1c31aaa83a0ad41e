/**
 * Reverting a browser import. An import that created its data set is undone by removing the data
 * set the way `npm run seed -- --remove` does (its stances, and whatever nothing else uses); one
 * that reloaded a data set by loading back the export taken just before it
 * (graph/edit/importBackup.ts). Either leaves the graph as it was before the import. A reload
 * without a backup (the data set was too big to keep) is refused with 409 NotRevertible.
 * Later changes to the data set must be reverted first: they would be lost silently otherwise.
 */
import { removeDataset } from '@/graph/datasets/cleanup';
import { transactions } from '@/graph/db/driver';
import { readChange, recordRevert } from '@/graph/edit/audit';
import type { Change } from '@/graph/edit/changeTypes';
import { dropBackup, readBackup } from '@/graph/edit/importBackup';
import { loadDataset } from '@/graph/datasets/load';
import { ApiError } from '@/graph/http/errors';

const { read, write } = transactions('edit');

/** Whether `change` is an import that created its data set. */
export function createdItsDataset(change: Change): boolean {
  return change.action === 'import' && change.before?.length === 1 && change.before[0]?.type === 'dataset' && change.before[0].value === null;
}

/** Later changes to the data set that still stand: they would be lost with it, so they go first. */
async function laterChanges(change: Change): Promise<string[]> {
  return read(async (tx) => {
    const result = await tx.run(
      `MATCH (c:Change) WHERE c.at > datetime($at) AND $dataset IN c.datasets AND c.revertedBy IS NULL AND c.action <> 'revert'
       RETURN c.summary AS summary ORDER BY c.at LIMIT 5`,
      { at: change.at, dataset: change.dataset },
    );
    return result.records.map((r) => String(r.get('summary')));
  });
}

export async function revertImport(change: Change, editor: string): Promise<Change> {
  const created = createdItsDataset(change);
  const backup = created ? null : await readBackup(change.id);
  if (!created && !backup) {
    throw new ApiError(409, 'NotRevertible', 'This import reloaded a data set too big to keep a copy of; load the earlier file again to go back.');
  }
  const later = await laterChanges(change);
  if (later.length > 0) {
    throw new ApiError(409, 'EditConflict', `Cannot revert the import: the data set was changed since (${later.join('; ')}). Revert those changes first.`);
  }
  if (backup) {
    await loadDataset(backup);
  } else {
    const exists = await read(async (tx) => (await tx.run('MATCH (d:Dataset {id: $id}) RETURN d.id', { id: change.dataset })).records.length > 0);
    if (exists) await removeDataset(change.dataset);
  }
  const reverted = await write(async (tx) => {
    // Read again under the write: a second revert racing this one finds revertedBy set.
    await tx.run('MATCH (c:Change {id: $id}) SET c._editLock = true REMOVE c._editLock', { id: change.id });
    const current = await readChange(tx, change.id);
    if (current?.revertedBy) throw new ApiError(409, 'AlreadyReverted', `This change was reverted already (by change ${current.revertedBy}).`, { revertedBy: current.revertedBy });
    return recordRevert(tx, change, change.after ?? [], change.before ?? [], editor);
  });
  if (backup) await dropBackup(change.id);
  return reverted;
}
