/**
 * Loads the project's seed dataset into the integration Neo4j for the API tests; expectations
 * are computed from the same Dataset object so the tests follow the data as it grows.
 */
import { loadDataset } from '@/graph/datasets/load';
import { transactions } from '@/graph/db/driver';
import { readDataset } from '@/graph/import/readDataset';
import { stanceId, type Dataset } from '@/graph/model/schema';

const { write } = transactions('test');

export async function seedApiData(): Promise<Dataset> {
  const data = readDataset();
  await loadDataset(data, { reset: true });
  // The full-text index answers searches only once it is online.
  await write((tx) => tx.run('CALL db.awaitIndexes(30)'));
  return data;
}

/** The stances of `id` in the dataset, as `stanceId`s, by polarity. */
export function stancesOf(data: Dataset, id: string): { positive: string[]; negative: string[]; neutral: string[] } {
  const mine = data.stances.filter((s) => s.from === id || s.to === id);
  const ids = (p: number) => mine.filter((s) => s.polarity === p).map(stanceId).sort();
  return { positive: ids(1), negative: ids(-1), neutral: ids(0) };
}
