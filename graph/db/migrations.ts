/**
 * The app's schema, in one place: the constraints and indexes the data, the rankings, snapshots
 * and editors rely on, and those only the edit path needs. Run once at server start
 * (instrumentation.ts, through graph/datasets/startup.ts) and by the loader before it writes
 * (`npm run seed`, imports), never lazily from the routes that use them. Every statement is
 * `IF NOT EXISTS`, so running them again changes nothing.
 */
import type { Driver } from 'neo4j-driver';
import { transactions } from '@/graph/db/driver';
import { STANCE_KINDS } from '@/graph/model/schema';

const { write } = transactions('schema');

/** Editor names are unique; `npm run editor -- add` makes it even where the server never started. */
export const EDITOR_NAME_CONSTRAINT = 'CREATE CONSTRAINT editor_name IF NOT EXISTS FOR (e:Editor) REQUIRE e.name IS UNIQUE';

/** Ids unique per label, a full-text index for name search (accents folded), the kept rankings, snapshots and editors. */
export const DATA_SCHEMA = [
  'CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE',
  'CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (t:Topic) REQUIRE t.id IS UNIQUE',
  'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE',
  'CREATE CONSTRAINT dataset_id IF NOT EXISTS FOR (d:Dataset) REQUIRE d.id IS UNIQUE',
  "CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Actor|Topic) ON EACH [n.name, n.aliases] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}",
  // "Most connected first" reads these indexes in order (graph/datasets/rankings.ts).
  'CREATE INDEX actor_stance_count IF NOT EXISTS FOR (n:Actor) ON (n.stanceCount)',
  'CREATE INDEX topic_stance_count IF NOT EXISTS FOR (n:Topic) ON (n.stanceCount)',
  // Snapshots are found by the hash of their id (graph/snapshots/idMigration.ts); creates serialise on one store node.
  'CREATE CONSTRAINT snapshot_id_hash IF NOT EXISTS FOR (s:Snapshot) REQUIRE s.idHash IS UNIQUE',
  'CREATE CONSTRAINT snapshot_store_id IF NOT EXISTS FOR (q:SnapshotStore) REQUIRE q.id IS UNIQUE',
  EDITOR_NAME_CONSTRAINT,
] as const;

/**
 * What only the edit path needs: the audit trail's ids and order, and a `(dataset, id)` index per
 * stance type so an edit finds one stance by an index seek. Not made for a read-only app
 * (EDITING=off): each index is kept up by every load.
 */
export const EDIT_SCHEMA = [
  'CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE',
  'CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at)',
  ...STANCE_KINDS.map((k) => `CREATE INDEX stance_key_${k.toLowerCase()} IF NOT EXISTS FOR ()-[r:${k}]-() ON (r.dataset, r.id)`),
] as const;

/** Snapshots once kept their plaintext id under this constraint; the property and the constraint are gone. */
export const DROP_OLD_SCHEMA = ['DROP CONSTRAINT snapshot_id IF EXISTS'] as const;

/** Runs `statements`, one transaction each: Neo4j refuses schema changes that share a transaction. */
export async function applySchema(statements: readonly string[], driver?: Driver): Promise<void> {
  for (const statement of statements) await write((tx) => tx.run(statement), { driver });
}
