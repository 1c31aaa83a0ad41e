/**
 * What loading an import would do, with nothing written: the loader's own validation and
 * database checks (so the same errors as `npm run seed`), then its stance rows, merged and hashed
 * batch by batch exactly as graph/datasets/load.ts writes them, compared with the hashes the data set's
 * stances carry in Neo4j. Read-only transactions throughout.
 *
 * Memory is bounded as the loader's: one batch of records at a time, plus a compact key (a
 * number) per distinct stance to tell a stance's first record from later ones.
 */
import type { Driver } from 'neo4j-driver';
import { transactions } from '@/graph/db/driver';
import type { ImportPreview } from '@/graph/edit/importTypes';
import { checkAgainstDatabase } from '@/graph/import/existing';
import type { Importer } from '@/graph/import/types';
import { KeySet } from '@/graph/import/keySet';
import { idKey, parseRecord, validateImport, type Validated } from '@/graph/import/validate';
import { DEFAULT_BATCH } from '@/graph/datasets/load';
import { mergeRows, stanceRow, type StanceRow } from '@/graph/import/stanceRow';
import { staticKind, type Stance, type StanceKind } from '@/graph/model/schema';

const { read } = transactions('edit');

export interface PreviewOptions {
  driver?: Driver;
  /** Must be the batch size the load will use: a stance's stored hash is that of its first batch's rows. */
  batchSize?: number;
}

const ID_CHUNK = 10_000;

/**
 * The stored change hash of each row's stance, if it exists. Kind and target label are static in
 * the query text (from the schema's fixed list, as in graph/datasets/load.ts `stanceQuery`) so Neo4j finds
 * both ends through their id constraints and expands between them.
 */
export function stanceHashQuery(kind: StanceKind, target: 'Actor' | 'Topic'): string {
  return `UNWIND $rows AS row
MATCH (a:Actor {id: row.from})-[r:${staticKind(kind)} {id: row.id, dataset: $dataset}]->(b:${target === 'Topic' ? 'Topic' : 'Actor'} {id: row.to})
RETURN row.key AS key, r.hash AS hash`;
}

const rowKey = (row: Pick<StanceRow, 'kind' | 'from' | 'to' | 'id'>) => `${row.kind}\u0000${row.from}\u0000${row.to}\u0000${row.id}`;

/** How many of `ids` exist as nodes with `label`, asked in chunks. */
async function countKnown(label: 'Actor' | 'Topic' | 'Source', ids: Iterable<string>, driver?: Driver): Promise<number> {
  const all = [...ids];
  let known = 0;
  for (let i = 0; i < all.length; i += ID_CHUNK) {
    const chunk = all.slice(i, i + ID_CHUNK);
    known += await read(async (tx) => {
      // The label is one of three fixed words, never input.
      const result = await tx.run(`UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN count(n) AS n`, { ids: chunk });
      return result.records[0]?.get('n').toNumber() ?? 0;
    }, { driver });
  }
  return known;
}

async function datasetState(dataset: string, driver?: Driver): Promise<{ exists: boolean; stances: number }> {
  return read(async (tx) => {
    const result = await tx.run(
      `OPTIONAL MATCH (d:Dataset {id: $dataset})
       CALL () { MATCH ()-[r]->() WHERE r.dataset = $dataset RETURN count(r) AS stances }
       RETURN d IS NOT NULL AS exists, stances`,
      { dataset },
    );
    const record = result.records[0];
    return { exists: record?.get('exists') === true, stances: record?.get('stances').toNumber() ?? 0 };
  }, { driver });
}

interface StanceCounts {
  added: number;
  updated: number;
  unchanged: number;
  merged: number;
}

/** One batch's stances: merged and hashed as the loader does, each first seen compared with Neo4j. */
async function compareBatch(
  stances: Stance[],
  validated: Validated,
  isTopic: (id: string) => boolean,
  seen: KeySet,
  dataset: string,
  counts: StanceCounts,
  driver?: Driver,
): Promise<void> {
  const rows = mergeRows(stances.map((s) => stanceRow(s, validated.sources)));
  counts.merged += stances.length - rows.length;
  const groups = new Map<string, { kind: StanceKind; target: 'Actor' | 'Topic'; rows: { key: string; id: string; from: string; to: string; hash: string }[] }>();
  for (const row of rows) {
    const key = rowKey(row);
    const compact = idKey(key);
    // A stance met in an earlier batch: the load adds this evidence to it (its "merged").
    if (seen.has(compact)) {
      counts.merged++;
      continue;
    }
    seen.add(compact);
    const target = isTopic(row.to) ? 'Topic' : 'Actor';
    const group = groups.get(`${row.kind}:${target}`) ?? { kind: row.kind, target, rows: [] };
    group.rows.push({ key, id: row.id, from: row.from, to: row.to, hash: row.hash });
    groups.set(`${row.kind}:${target}`, group);
  }
  for (const { kind, target, rows: ofKind } of groups.values()) {
    const stored = await read(async (tx) => {
      const result = await tx.run(stanceHashQuery(kind, target), { rows: ofKind, dataset });
      return new Map(result.records.map((r) => [String(r.get('key')), r.get('hash') as string | null]));
    }, { driver });
    for (const row of ofKind) {
      if (!stored.has(row.key)) counts.added++;
      else if (stored.get(row.key) === row.hash) counts.unchanged++;
      else counts.updated++;
    }
  }
}

/**
 * Previews `importer` against the graph. Throws what the load would throw for a bad file
 * (ImportError, DatasetFileError), before reading anything else.
 */
export async function previewImport(importer: Importer, options: PreviewOptions = {}): Promise<ImportPreview> {
  const { driver } = options;
  const validated = await validateImport(importer);
  const { warnings, externalTopics } = await checkAgainstDatabase(importer, validated, driver);
  const dataset = importer.dataset;
  const isTopic = (id: string) => validated.topics.has(id) || externalTopics.has(id);
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const counts: StanceCounts = { added: 0, updated: 0, unchanged: 0, merged: 0 };
  const seen = new KeySet();
  let stances: Stance[] = [];
  // Batches cut where the loader cuts them: after `batchSize` records of any type.
  let buffered = 0;
  for await (const records of importer.records()) {
    for (const record of records) {
      if (record.type === 'stance') stances.push(parseRecord(importer.file, record));
      if (++buffered >= batchSize) {
        await compareBatch(stances, validated, isTopic, seen, dataset.id, counts, driver);
        stances = [];
        buffered = 0;
      }
    }
  }
  if (buffered > 0) await compareBatch(stances, validated, isTopic, seen, dataset.id, counts, driver);
  const state = await datasetState(dataset.id, driver);
  const matched = counts.updated + counts.unchanged;
  const [actorsKnown, topicsKnown, sourcesKnown] = [
    await countKnown('Actor', validated.actors.keys(), driver),
    await countKnown('Topic', validated.topics, driver),
    await countKnown('Source', validated.sources.keys(), driver),
  ];
  return {
    dataset: dataset.id,
    title: dataset.title,
    format: importer.format,
    datasetExists: state.exists,
    stances: validated.distinctStances,
    ...counts,
    removed: Math.max(0, state.stances - matched),
    actors: { new: validated.actors.size - actorsKnown, known: actorsKnown },
    topics: { new: validated.topics.size - topicsKnown, known: topicsKnown },
    sources: { new: validated.sources.size - sourcesKnown, known: sourcesKnown },
    skipped: importer.skipped(),
    warnings,
  };
}
