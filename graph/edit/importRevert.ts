/**
 * Reverting a browser import. The audit trail keeps states of single things, not of whole data
 * sets, so only an import that created its data set can be reverted: reverting it removes the data
 * set the way `npm run seed -- --remove` does (its stances, and whatever nothing else uses), which
 * leaves the graph as it was before the import. An import that reloaded an existing data set is
 * refused (409 NotRevertible); load the earlier file again instead.
 */
import { removeDataset } from '@/graph/datasetCleanup';
import { read, write } from '@/graph/driver';
import { readChange, recordRevert } from '@/graph/edit/audit';
import type { Change } from '@/graph/edit/changeSchema';
import { ApiError } from '@/graph/errors';

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
  if (!createdItsDataset(change)) {
    throw new ApiError(409, 'NotRevertible', 'This import reloaded a data set that existed before it; the audit trail does not keep the earlier contents. Load the earlier file again to go back.');
  }
  const later = await laterChanges(change);
  if (later.length > 0) {
    throw new ApiError(409, 'EditConflict', `Cannot revert the import: the data set was changed since (${later.join('; ')}). Revert those changes first.`);
  }
  const exists = await read(async (tx) => (await tx.run('MATCH (d:Dataset {id: $id}) RETURN d.id', { id: change.dataset })).records.length > 0);
  if (exists) await removeDataset(change.dataset);
  return write(async (tx) => {
    // Read again under the write: a second revert racing this one finds revertedBy set.
    await tx.run('MATCH (c:Change {id: $id}) SET c._editLock = true REMOVE c._editLock', { id: change.id });
    const current = await readChange(tx, change.id);
    if (current?.revertedBy) throw new ApiError(409, 'AlreadyReverted', `This change was reverted already (by change ${current.revertedBy}).`, { revertedBy: current.revertedBy });
    return recordRevert(tx, change, change.after ?? [], [{ type: 'dataset', id: change.dataset, value: null }], editor);
  });
}
