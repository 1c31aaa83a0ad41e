/**
 * Removes a data set a test loaded into the test Neo4j, and the audit trail's changes that name
 * it, so the tests after it see the seed as it was. Safe to call when the data set is not there.
 */
import { removeDataset } from '@/graph/datasets/cleanup';
import { transactions } from '@/graph/db/driver';

const { read, write } = transactions('test');

export async function removeTestDataset(id: string): Promise<void> {
  const exists = await read(async (tx) => Number((await tx.run('MATCH (d:Dataset {id: $id}) RETURN count(d) AS n', { id })).records[0]?.get('n') ?? 0) > 0);
  if (exists) await removeDataset(id);
  await write((tx) => tx.run('MATCH (c:Change) WHERE $id IN coalesce(c.datasets, [c.dataset]) DELETE c', { id }));
}
