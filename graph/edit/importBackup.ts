/**
 * What a browser import replaced, kept so the import can be reverted. The audit trail stores
 * states of single things; a reload changes a whole data set, so before it the data set is
 * exported (graph/export) into one `(:ImportBackup {change, data})` node beside the `import`
 * change, and reverting the import loads that export back through the one write path.
 * Backups are app nodes (graph/db/appNodes.ts): `--reset` keeps them, counts and checksums skip them.
 * A data set whose export is larger than IMPORT_MAX_BYTES gets no backup, and its reload stays
 * not revertible (the change says so).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { getEnv } from '@/graph/db/env';
import { transactions } from '@/graph/db/driver';
import { exportDataset } from '@/graph/export/exportDataset';
import { Dataset } from '@/graph/model/schema';

const { read, write } = transactions('edit');

export interface Backup {
  /** The exported data set, as JSON. */
  json: string;
  info: Dataset['dataset'];
}

/** The data set as it stands, for a backup, or null when it is too big to keep (or cannot be exported). */
export async function backupOf(datasetId: string): Promise<Backup | null> {
  try {
    const data = await exportDataset(datasetId);
    const json = JSON.stringify(data);
    return Buffer.byteLength(json) <= getEnv().IMPORT_MAX_BYTES ? { json, info: data.dataset } : null;
  } catch {
    // An unfinished earlier load (409) or a data set that does not export cleanly: nothing to go back to.
    return null;
  }
}

export async function saveBackup(tx: ManagedTransaction, changeId: string, backup: Backup): Promise<void> {
  await tx.run('CREATE (:ImportBackup {change: $changeId, data: $json})', { changeId, json: backup.json });
}

export async function readBackup(changeId: string): Promise<Dataset | null> {
  const json = await read(async (tx) => (await tx.run('MATCH (b:ImportBackup {change: $changeId}) RETURN b.data AS data', { changeId })).records[0]?.get('data'));
  return typeof json === 'string' ? Dataset.parse(JSON.parse(json)) : null;
}

export async function dropBackup(changeId: string): Promise<void> {
  await write((tx) => tx.run('MATCH (b:ImportBackup {change: $changeId}) DELETE b', { changeId }));
}
