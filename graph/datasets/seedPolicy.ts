/**
 * Whether `npm start` may load the demo data set. It writes only into a database that holds
 * nothing (saved snapshots, editors and the audit trail aside, which `--reset` keeps): a user's own server with other data in
 * it is served as it is, never written to.
 */
import type { Driver } from 'neo4j-driver';
import { transactions } from '@/graph/db/driver';
import { IS_DATA_NODE } from '@/graph/db/appNodes';
import { loadDataset, type LoadReport } from '@/graph/datasets/load';
import type { Dataset } from '@/graph/model/schema';

const { read } = transactions('load');

export interface DatabaseContents {
  /** Every node but saved snapshots, editors and recorded changes. */
  nodes: number;
  /** Ids of the Stance Graph data sets loaded. */
  datasets: string[];
}

export type SeedDecision = { seed: true; message: string } | { seed: false; message: string };

export async function databaseContents(driver?: Driver): Promise<DatabaseContents> {
  return read(async (tx) => {
    const result = await tx.run(
      `CALL () { MATCH (n) WHERE ${IS_DATA_NODE} RETURN count(n) AS nodes }
       CALL () { OPTIONAL MATCH (d:Dataset) RETURN collect(d.id) AS datasets }
       RETURN nodes, datasets`,
    );
    const record = result.records[0];
    return { nodes: record?.get('nodes').toNumber() ?? 0, datasets: [...((record?.get('datasets') as string[] | undefined) ?? [])].sort() };
  }, { driver });
}

/** Pure: what `npm start` does with a database holding `contents`. */
export function seedDecision(contents: DatabaseContents, demoTitle: string): SeedDecision {
  if (contents.nodes === 0) return { seed: true, message: `The database is empty: loading the ${demoTitle} data set ...` };
  if (contents.datasets.length > 0) {
    return { seed: false, message: `The database holds the data set${contents.datasets.length > 1 ? 's' : ''} ${contents.datasets.join(', ')}: not seeding.` };
  }
  const nodes = `${contents.nodes} node${contents.nodes === 1 ? '' : 's'}`;
  return { seed: false, message: `The database holds ${nodes} and no Stance Graph data set; not seeding: run \`npm run seed\` to load one.` };
}

/** What `npm start` runs: loads `data` only into an empty database; `log` hears the decision. */
export async function seedIfEmpty(data: Dataset, log: (line: string) => void, driver?: Driver): Promise<LoadReport | null> {
  const decision = seedDecision(await databaseContents(driver), data.dataset.title);
  log(decision.message);
  return decision.seed ? loadDataset(data, { driver }) : null;
}
