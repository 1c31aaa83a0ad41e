/**
 * Writes a validated Dataset into Neo4j: constraints and indexes first, then batches of
 * `UNWIND $rows ... MERGE`, so loading the same file twice changes nothing.
 * Kinds become labels and relationship types through Cypher's dynamic `$(...)` syntax, still
 * as parameters: nothing from the file is ever spliced into query text.
 */
import { createHash } from 'node:crypto';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { write } from '@/graph/driver';
import { ACTOR_KIND_LABELS, stanceId, type Dataset } from '@/graph/schema';

const BATCH = 500;

/** Schema statements: ids unique per label, and a full-text index for name search (accents folded). */
export const SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE',
  'CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (t:Topic) REQUIRE t.id IS UNIQUE',
  'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE',
  'CREATE CONSTRAINT dataset_id IF NOT EXISTS FOR (d:Dataset) REQUIRE d.id IS UNIQUE',
  // Snapshots keep only a hash of their id (graph/snapshots.ts, which also drops the old `snapshot_id` constraint).
  'CREATE CONSTRAINT snapshot_id_hash IF NOT EXISTS FOR (s:Snapshot) REQUIRE s.idHash IS UNIQUE',
  "CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Actor|Topic) ON EACH [n.name, n.aliases] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}",
] as const;

export interface LoadReport {
  dataset: string;
  version: string;
  actors: number;
  topics: number;
  sources: number;
  stances: number;
  nodesCreated: number;
  relationshipsCreated: number;
}

/** A short content hash of the data: snapshots record it to tell when the data changed. */
export function datasetVersion(data: Dataset): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 16);
}

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

interface Counted {
  nodesCreated: number;
  relationshipsCreated: number;
}

async function runBatches(tx: ManagedTransaction, query: string, rows: readonly object[], total: Counted, params: object = {}): Promise<void> {
  for (const batch of chunks(rows)) {
    const result = await tx.run(query, { ...params, rows: batch });
    const counters = result.summary.counters.updates();
    total.nodesCreated += counters.nodesCreated;
    total.relationshipsCreated += counters.relationshipsCreated;
  }
}

export async function ensureSchema(driver?: Driver): Promise<void> {
  // Schema changes cannot share a transaction with data writes.
  for (const statement of SCHEMA_STATEMENTS) {
    await write((tx) => tx.run(statement), { driver });
  }
}

/** Deletes everything but saved snapshots, in batches so a large graph does not exhaust memory. */
export async function resetGraph(driver?: Driver): Promise<void> {
  let deleted = 0;
  do {
    deleted = await write(async (tx) => {
      const result = await tx.run('MATCH (n) WHERE NOT n:Snapshot WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted');
      return result.records[0]?.get('deleted').toNumber() ?? 0;
    }, { driver });
  } while (deleted > 0);
}

export async function loadDataset(data: Dataset, options: { reset?: boolean; driver?: Driver } = {}): Promise<LoadReport> {
  const { driver } = options;
  if (options.reset) await resetGraph(driver);
  await ensureSchema(driver);
  const version = datasetVersion(data);
  const allKindLabels = Object.values(ACTOR_KIND_LABELS);

  const total: Counted = { nodesCreated: 0, relationshipsCreated: 0 };
  await write(async (tx) => {
    await tx.run(
      'MERGE (d:Dataset {id: $id}) SET d.title = $title, d.description = $description, d.version = $version',
      { id: data.dataset.id, title: data.dataset.title, description: data.dataset.description ?? null, version },
    );
    await runBatches(
      tx,
      `UNWIND $rows AS row
       MERGE (s:Source {id: row.id})
       SET s.title = row.title, s.publisher = row.publisher, s.date = date(row.date), s.file = row.file, s.url = row.url`,
      data.sources.map((s) => ({ ...s, file: s.file ?? null, url: s.url ?? null })),
      total,
    );
    await runBatches(
      tx,
      `UNWIND $rows AS row
       MERGE (a:Actor {id: row.id})
       SET a.name = row.name, a.aliases = row.aliases, a.kind = row.kind, a.description = row.description
       WITH a, row
       // A kind changed in the file must not leave the old kind's label behind.
       REMOVE a:$($allKindLabels)
       SET a:$(row.label)`,
      data.actors.map((a) => ({ ...a, description: a.description ?? null, label: ACTOR_KIND_LABELS[a.kind] })),
      total,
      { allKindLabels },
    );
    await runBatches(
      tx,
      `UNWIND $rows AS row
       MERGE (t:Topic {id: row.id})
       SET t.name = row.name, t.description = row.description`,
      data.topics.map((t) => ({ ...t, description: t.description ?? null })),
      total,
    );
    await runBatches(
      tx,
      `UNWIND $rows AS row
       MATCH (a:Actor {id: row.from})
       CALL (row) {
         MATCH (b:Actor {id: row.to}) RETURN b
         UNION
         MATCH (b:Topic {id: row.to}) RETURN b
       }
       MERGE (a)-[r:$(row.kind) {id: row.id}]->(b)
       SET r.polarity = toInteger(row.polarity), r.date = date(row.date), r.until = CASE WHEN row.until IS NULL THEN null ELSE date(row.until) END,
           r.certainty = row.certainty, r.quotes = row.quotes, r.sourceIds = row.sourceIds, r.note = row.note,
           r.dataset = $dataset`,
      data.stances.map((s) => ({
        id: stanceId(s),
        from: s.from,
        to: s.to,
        kind: s.kind,
        polarity: s.polarity,
        date: s.date,
        until: s.until ?? null,
        certainty: s.certainty,
        quotes: s.evidence.map((e) => e.quote),
        sourceIds: s.evidence.map((e) => e.source),
        note: s.note ?? null,
      })),
      total,
      { dataset: data.dataset.id },
    );
  }, { driver });
  return {
    dataset: data.dataset.id,
    version,
    actors: data.actors.length,
    topics: data.topics.length,
    sources: data.sources.length,
    stances: data.stances.length,
    ...total,
  };
}
