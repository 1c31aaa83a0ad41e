/**
 * The one write path for data sets. Every format (graph/import/*) arrives as an `Importer`, and
 * `loadImport` handles it the same way:
 *  1. validate the whole input (graph/import/validate.ts) and check it against the database
 *     (graph/import/existing.ts): a bad file stops here, with nothing written;
 *  2. mark the data set incomplete, then write in batches of `UNWIND …`, one transaction per
 *     batch, so memory stays bounded whatever the file size. The write pass reads the records the
 *     validation pass spooled (graph/import/spool.ts), and each stance goes through the query
 *     that fits it (graph/datasets/writeBatch.ts `routeStances`): created without looking in a data set
 *     new to the graph, merged otherwise;
 *  3. drop what an earlier version of the data set had and this one has not, and only then mark
 *     the data set complete (graph/datasets/cleanup.ts). A load killed half-way leaves a data set
 *     marked incomplete, and running it again finishes it; a first load that fails with an error
 *     removes the data set it had begun.
 * Kinds become labels and relationship types through Cypher's dynamic `$(...)` syntax, still as
 * parameters: nothing from a file is ever spliced into query text.
 */
import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { transactions } from '@/graph/db/driver';
import { IS_DATA_NODE } from '@/graph/db/appNodes';
import { backfillMembership, finishLoad, removeDataset } from '@/graph/datasets/cleanup';
import { countMissingRankings } from '@/graph/datasets/rankings';
import { applySchema, DATA_SCHEMA } from '@/graph/db/migrations';
import { summariseMissing } from '@/graph/datasets/summary';
import { datasetImporter } from '@/graph/import/datasetFile';
import { checkAgainstDatabase } from '@/graph/import/existing';
import { KeySet } from '@/graph/import/keySet';
import { Spool } from '@/graph/import/spool';
import type { Importer, Skipped } from '@/graph/import/types';
import { validateImport } from '@/graph/import/validate';
import type { Dataset } from '@/graph/model/schema';
import { emptyBatch, type LoadContext } from '@/graph/datasets/writeBatch';
import { WriteQueue } from '@/graph/datasets/writeQueue';

const { write } = transactions('load');

/** Records per write transaction; measured with `npm run bench:import` (docs/benchmarks.md). */
export const DEFAULT_BATCH = 5000;

export interface LoadReport {
  dataset: string;
  version: string;
  format: string;
  /** Records of each kind in the input (stances: distinct stance ids). */
  actors: number;
  topics: number;
  sources: number;
  stances: number;
  /** What the load did to the stances of this data set. */
  stancesAdded: number;
  stancesUpdated: number;
  stancesUnchanged: number;
  /** Records that added their evidence to a stance met earlier in the same input. */
  stancesMerged: number;
  /** Stances an earlier version of the data set had and this one has not. */
  stancesRemoved: number;
  nodesCreated: number;
  relationshipsCreated: number;
  skipped: Skipped[];
  /** Possible duplicates and other things worth a look, none of them errors. */
  warnings: string[];
}

export interface LoadOptions {
  reset?: boolean;
  driver?: Driver;
  batchSize?: number;
  /** Called after each written batch with the records written so far and the total. */
  onProgress?: (written: number, total: number) => void;
}

/** The data's constraints and indexes (graph/db/migrations.ts), made before a load writes: the CLI loads without a server started. */
export async function ensureSchema(driver?: Driver): Promise<void> {
  await applySchema(DATA_SCHEMA, driver);
}

/**
 * Deletes everything but saved snapshots, editors and the audit trail (graph/edit/), in batches so a
 * large graph does not exhaust memory. Reseeding must not lock the editors out or erase who changed what.
 */
export async function resetGraph(driver?: Driver): Promise<void> {
  let deleted = 0;
  do {
    deleted = await write(async (tx) => {
      const result = await tx.run(`MATCH (n) WHERE ${IS_DATA_NODE} WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted`);
      return result.records[0]?.get('deleted').toNumber() ?? 0;
    }, { driver });
  } while (deleted > 0);
}

/** Loads one data set given as a value (the YAML/JSON data format): the same path as every file. */
export async function loadDataset(data: Dataset, options: LoadOptions = {}): Promise<LoadReport> {
  return loadImport(datasetImporter(data), options);
}

export async function loadImport(importer: Importer, options: LoadOptions = {}): Promise<LoadReport> {
  const { driver } = options;
  const spool = Spool.create();
  try {
    const validated = await validateImport(importer, spool);
    await spool.finish();
    const { warnings, externalTopics } = await checkAgainstDatabase(importer, validated, driver, options.reset);
    const version = await importer.version();
    if (options.reset) await resetGraph(driver);
    await ensureSchema(driver);
    await backfillMembership(driver);
    await countMissingRankings(driver);
    await summariseMissing(driver);

    const dataset = importer.dataset;
    const run = randomUUID();
    const fresh = await beginLoad(importer, driver);
    const load: LoadContext = { dataset: dataset.id, run, validated, fresh, createdRepeats: new KeySet(), isTopic: (id) => validated.topics.has(id) || externalTopics.has(id) };
    const batchSize = options.batchSize ?? DEFAULT_BATCH;
    const queue = new WriteQueue(load, batchSize, driver);
    let stancesRemoved: number;
    try {
      await writeSpooled(spool, queue, batchSize, (written) => options.onProgress?.(written, validated.records));
      stancesRemoved = await finishLoad({ dataset, version, run, validated, externalTopics, driver });
    } catch (error) {
      // A data set this load created is taken away again: a failed first load must not leave an
      // empty, incomplete data set behind (issue #38). A reload stays marked incomplete, to be rerun.
      if (fresh) await removeDataset(dataset.id, driver).catch(() => undefined);
      throw error;
    }
    return {
      dataset: dataset.id, version, format: importer.format,
      actors: validated.actors.size, topics: validated.topics.size, sources: validated.sources.size, stances: validated.distinctStances,
      ...queue.counts, stancesRemoved, skipped: importer.skipped(), warnings,
    };
  } finally {
    spool.remove();
  }
}

/** The write pass: the spooled records cut into batches and handed to the queue, in file order. */
async function writeSpooled(spool: Spool, queue: WriteQueue, batchSize: number, onProgress: (written: number) => void): Promise<void> {
  let batch = emptyBatch();
  let buffered = 0;
  let written = 0;
  const flush = async () => {
    const full = batch;
    batch = emptyBatch();
    const upTo = (written += buffered);
    buffered = 0;
    await queue.submit(full, () => onProgress(upTo));
  };
  try {
    for await (const records of spool.records()) {
      for (const record of records) {
        if (record.type === 'actor') batch.actors.push(record.value);
        else if (record.type === 'topic') batch.topics.push(record.value);
        else if (record.type === 'source') batch.sources.push(record.value);
        else batch.stances.push(record.value);
        if (++buffered >= batchSize) await flush();
      }
    }
    if (buffered > 0) await flush();
    await queue.finish();
  } catch (error) {
    // No write may outlive a failed load.
    await queue.settle();
    throw error;
  }
}

/**
 * Marks the data set incomplete (creating it if new) and tells whether the graph held nothing of
 * it before: its node created by this very `MERGE` (so two loads racing for a new data set cannot
 * both think so: the id constraint lets one create it) and no stance carrying its id.
 */
async function beginLoad(importer: Importer, driver?: Driver): Promise<boolean> {
  const { dataset } = importer;
  return write(async (tx) => {
    const result = await tx.run(
      `MERGE (d:Dataset {id: $id})
       SET d.title = $title, d.description = $description, d.complete = false, d.format = $format, d.file = $file`,
      { id: dataset.id, title: dataset.title, description: dataset.description ?? null, format: importer.format, file: importer.file },
    );
    if (result.summary.counters.updates().nodesCreated === 0) return false;
    const stances = await tx.run('MATCH ()-[r]->() WHERE r.dataset = $id RETURN 1 LIMIT 1', { id: dataset.id });
    return stances.records.length === 0;
  }, { driver });
}
