/**
 * What the server does to its database when it starts (instrumentation.ts), once, before the first
 * request: the schema (graph/db/migrations.ts) and the one-time rewrite of snapshots saved with a
 * plaintext id, which the public console could otherwise read (graph/snapshots/idMigration.ts).
 * The schema goes only into a database that is empty or already holds Stance Graph data: a user's
 * own graph with other data in it is served as it is (the loader makes the schema when told to load).
 */
import { getEnv, type Env } from '@/graph/db/env';
import { applySchema, DATA_SCHEMA, DROP_OLD_SCHEMA, EDIT_SCHEMA } from '@/graph/db/migrations';
import { databaseContents } from '@/graph/datasets/seedPolicy';
import { hasPlaintextSnapshotIds, migratePlaintextSnapshotIds } from '@/graph/snapshots/idMigration';

export interface Preparation {
  /** Whether the schema was made (false: a foreign graph, left alone). */
  schema: boolean;
  /** Old snapshots whose plaintext id was replaced by its hash. */
  snapshotsMigrated: number;
  message: string;
}

export async function prepareDatabase(env: Env = getEnv()): Promise<Preparation> {
  const contents = await databaseContents();
  const ours = contents.nodes === 0 || contents.datasets.length > 0;
  if (ours) {
    await applySchema(DATA_SCHEMA);
    if (env.EDITING === 'on') await applySchema(EDIT_SCHEMA);
  }
  // Our own old snapshots are rewritten even in a foreign graph: they are the app's nodes, and their ids are capabilities.
  const snapshotsMigrated = (await hasPlaintextSnapshotIds()) ? await migratePlaintextSnapshotIds() : 0;
  if (ours) await applySchema(DROP_OLD_SCHEMA);
  const schema = ours ? `schema ready${env.EDITING === 'on' ? ' (with the edit indexes)' : ''}` : `the database holds ${contents.nodes} nodes and no Stance Graph data set: its schema is left as it is`;
  const migrated = snapshotsMigrated > 0 ? `; ${snapshotsMigrated} old snapshot id${snapshotsMigrated === 1 ? '' : 's'} hashed` : '';
  return { schema: ours, snapshotsMigrated, message: `Database: ${schema}${migrated}.` };
}
