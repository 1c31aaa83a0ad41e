/**
 * The one write path for data sets. Every format (graph/import/*) arrives as an `Importer`, and
 * `loadImport` handles it the same way:
 *  1. validate the whole input (graph/import/validate.ts) and check it against the database
 *     (graph/import/existing.ts): a bad file stops here, with nothing written;
 *  2. mark the data set incomplete, then write in batches of `UNWIND … MERGE`, one transaction
 *     per batch, so memory stays bounded whatever the file size;
 *  3. drop what an earlier version of the data set had and this one has not, and only then mark
 *     the data set complete (graph/datasetCleanup.ts). A load killed half-way leaves a data set
 *     marked incomplete, and running it again finishes it.
 * Kinds become labels and relationship types through Cypher's dynamic `$(...)` syntax, still as
 * parameters: nothing from a file is ever spliced into query text.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { write } from '@/graph/driver';
import { IS_DATA_NODE } from '@/graph/appNodes';
import { EDITOR_CONSTRAINT } from '@/graph/edit/editors';
import { backfillMembership, finishLoad } from '@/graph/datasetCleanup';
import { datasetImporter } from '@/graph/import/datasetFile';
import { checkAgainstDatabase } from '@/graph/import/existing';
import type { Importer, Skipped } from '@/graph/import/types';
import { parseRecord, validateImport, type Validated } from '@/graph/import/validate';
import { ACTOR_KIND_LABELS, placeQuote, STANCE_KIND_POLARITY, stanceId, type Actor, type Dataset, type Source, type Stance, type StanceKind, type Topic } from '@/graph/schema';

/** Records per write transaction; measured with `npm run bench:import` (docs/benchmarks.md). */
export const DEFAULT_BATCH = 5000;

/** Schema statements: ids unique per label, and a full-text index for name search (accents folded). */
export const SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE',
  'CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (t:Topic) REQUIRE t.id IS UNIQUE',
  'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE',
  'CREATE CONSTRAINT dataset_id IF NOT EXISTS FOR (d:Dataset) REQUIRE d.id IS UNIQUE',
  // Snapshots keep only a hash of their id (graph/snapshots.ts, which also drops the old `snapshot_id` constraint).
  'CREATE CONSTRAINT snapshot_id_hash IF NOT EXISTS FOR (s:Snapshot) REQUIRE s.idHash IS UNIQUE',
  EDITOR_CONSTRAINT,
  "CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Actor|Topic) ON EACH [n.name, n.aliases] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}",
] as const;

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

export async function ensureSchema(driver?: Driver): Promise<void> {
  // Schema changes cannot share a transaction with data writes.
  for (const statement of SCHEMA_STATEMENTS) {
    await write((tx) => tx.run(statement), { driver });
  }
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

interface Buffers {
  sources: Source[];
  actors: Actor[];
  topics: Topic[];
  stances: Stance[];
}
const emptyBuffers = (): Buffers => ({ sources: [], actors: [], topics: [], stances: [] });

export async function loadImport(importer: Importer, options: LoadOptions = {}): Promise<LoadReport> {
  const { driver } = options;
  const validated = await validateImport(importer);
  const { warnings, externalTopics } = await checkAgainstDatabase(importer, validated, driver, options.reset);
  const version = await importer.version();
  if (options.reset) await resetGraph(driver);
  await ensureSchema(driver);
  await backfillMembership(driver);

  const dataset = importer.dataset;
  const run = randomUUID();
  await write((tx) => tx.run(
    `MERGE (d:Dataset {id: $id})
     SET d.title = $title, d.description = $description, d.complete = false, d.format = $format, d.file = $file`,
    { id: dataset.id, title: dataset.title, description: dataset.description ?? null, format: importer.format, file: importer.file },
  ), { driver });

  const report: LoadReport = {
    dataset: dataset.id, version, format: importer.format,
    actors: validated.actors.size, topics: validated.topics.size, sources: validated.sources.size, stances: validated.distinctStances,
    stancesAdded: 0, stancesUpdated: 0, stancesUnchanged: 0, stancesMerged: 0, stancesRemoved: 0,
    nodesCreated: 0, relationshipsCreated: 0, skipped: [], warnings,
  };
  const params = { dataset: dataset.id, run, allKindLabels: Object.values(ACTOR_KIND_LABELS) };
  const isTopic = (id: string) => validated.topics.has(id) || externalTopics.has(id);
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  let buffers = emptyBuffers();
  let buffered = 0;
  let written = 0;
  // One write in flight while the next batch is read and parsed: Neo4j and Node work at once.
  let pending: Promise<void> = Promise.resolve();
  const flush = async () => {
    const batch = buffers;
    buffers = emptyBuffers();
    const upTo = (written += buffered);
    buffered = 0;
    await pending;
    pending = write((tx) => writeBatch(tx, batch, validated, isTopic, params, report), { driver }).then(() => options.onProgress?.(upTo, validated.records));
    // Handled when awaited at the next flush; until then it must not count as an unhandled rejection.
    pending.catch(() => undefined);
  };
  for await (const records of importer.records()) {
    for (const record of records) {
      // Parsed again (cheap) rather than kept from the first pass, which would hold the whole file.
      if (record.type === 'actor') buffers.actors.push(parseRecord(importer.file, record));
      else if (record.type === 'topic') buffers.topics.push(parseRecord(importer.file, record));
      else if (record.type === 'source') buffers.sources.push(parseRecord(importer.file, record));
      else buffers.stances.push(parseRecord(importer.file, record));
      if (++buffered >= batchSize) await flush();
    }
  }
  if (buffered > 0) await flush();
  await pending;
  report.skipped = importer.skipped();
  report.stancesRemoved = await finishLoad({ dataset, version, run, validated, externalTopics, driver });
  return report;
}

/** Evidence as the parallel lists a relationship stores (docs/data-format.md, "Storage"). */
function evidenceLists(stance: Stance, validated: Validated) {
  const evidence = stance.evidence.map((e) => placeQuote(e, { text: validated.sources.get(e.source) }));
  return {
    quotes: evidence.map((e) => e.quote ?? ''),
    sourceIds: evidence.map((e) => e.source),
    quoteStarts: evidence.map((e) => e.start ?? -1),
    quoteEnds: evidence.map((e) => e.end ?? -1),
    eventIds: evidence.map((e) => e.event ?? ''),
  };
}

async function writeBatch(
  tx: ManagedTransaction,
  batch: Buffers,
  validated: Validated,
  isTopic: (id: string) => boolean,
  params: { dataset: string; run: string; allKindLabels: string[] },
  report: LoadReport,
): Promise<void> {
  const count = async (query: string, rows: object[]) => {
    if (rows.length === 0) return;
    const result = await tx.run(query, { ...params, rows });
    const counters = result.summary.counters.updates();
    report.nodesCreated += counters.nodesCreated;
    report.relationshipsCreated += counters.relationshipsCreated;
    return result;
  };
  // Membership: the data set id joins a node's `datasets` list once.
  const join = (v: string) => `SET ${v}.datasets = CASE WHEN $dataset IN coalesce(${v}.datasets, []) THEN ${v}.datasets ELSE coalesce(${v}.datasets, []) + $dataset END`;
  await count(
    `UNWIND $rows AS row
     MERGE (s:Source {id: row.id})
     SET s.title = row.title, s.publisher = row.publisher, s.date = date(row.date), s.file = row.file, s.url = row.url,
         s.author = row.author, s.section = row.section, s.text = row.text
     ${join('s')}`,
    batch.sources.map((s) => ({ ...s, file: s.file ?? null, url: s.url ?? null, author: s.author ?? null, section: s.section ?? null, text: s.text ?? null })),
  );
  await count(
    `UNWIND $rows AS row
     MERGE (a:Actor {id: row.id})
     // An actor shared with another data set keeps what that one said of it: aliases add up,
     // and a file that gives no description leaves the known one.
     SET a.name = row.name, a.kind = row.kind, a.description = coalesce(row.description, a.description),
         a.aliases = coalesce(a.aliases, []) + [x IN row.aliases WHERE NOT x IN coalesce(a.aliases, [])]
     ${join('a')}
     WITH a, row
     // A kind changed in the file must not leave the old kind's label behind.
     REMOVE a:$($allKindLabels)
     SET a:$(row.label)`,
    batch.actors.map((a) => ({ ...a, description: a.description ?? null, label: ACTOR_KIND_LABELS[a.kind] })),
  );
  await count(
    `UNWIND $rows AS row
     MERGE (t:Topic {id: row.id})
     SET t.name = row.name, t.description = coalesce(row.description, t.description)
     ${join('t')}`,
    batch.topics.map((t) => ({ ...t, description: t.description ?? null })),
  );
  const rows = mergeRows(batch.stances.map((s) => stanceRow(s, validated)));
  report.stancesMerged += batch.stances.length - rows.length;
  const groups = new Map<string, { kind: StanceKind; target: 'Actor' | 'Topic'; rows: StanceRow[] }>();
  for (const row of rows) {
    const target = isTopic(row.to) ? 'Topic' : 'Actor';
    const key = `${row.kind}:${target}`;
    const group = groups.get(key);
    if (group) group.rows.push(row);
    else groups.set(key, { kind: row.kind, target, rows: [row] });
  }
  for (const { kind, target, rows: ofKind } of groups.values()) {
    const totals = (await count(stanceQuery(kind, target), ofKind))?.records[0];
    if (!totals) continue;
    report.stancesAdded += totals.get('added').toNumber();
    report.stancesUpdated += totals.get('updated').toNumber();
    report.stancesUnchanged += totals.get('unchanged').toNumber();
    report.stancesMerged += totals.get('merged').toNumber();
  }
}

/** A stance as the loader writes it (exported for the browser import's preview, graph/edit/importPreview.ts). */
export function stanceRow(s: Stance, validated: Validated) {
  const lists = evidenceLists(s, validated);
  const fields = {
    id: stanceId(s), from: s.from, to: s.to, kind: s.kind, polarity: s.polarity, date: s.date, until: s.until ?? null,
    certainty: s.certainty, note: s.note ?? null, eventCount: s.eventCount ?? null, lastSeen: s.lastSeen ?? null, ...lists,
  };
  return { ...fields, hash: '' };
}

export type StanceRow = ReturnType<typeof stanceRow>;

/**
 * Records of one stance in the same batch, merged here: within one `UNWIND` Neo4j may run every
 * row's MERGE before any row's SET, so the query cannot see an earlier row of its own batch.
 */
export function mergeRows(rows: StanceRow[]): StanceRow[] {
  const byId = new Map<string, StanceRow>();
  for (const row of rows) {
    const key = `${row.kind}\u0000${row.from}\u0000${row.to}\u0000${row.id}`;
    const first = byId.get(key);
    if (!first) {
      byId.set(key, { ...row, quotes: [...row.quotes], sourceIds: [...row.sourceIds], quoteStarts: [...row.quoteStarts], quoteEnds: [...row.quoteEnds], eventIds: [...row.eventIds] });
      continue;
    }
    row.quotes.forEach((quote, i) => {
      const known = first.quotes.some((q, j) => q === quote && first.sourceIds[j] === row.sourceIds[i] && first.eventIds[j] === row.eventIds[i]);
      if (known) return;
      first.quotes.push(quote);
      first.sourceIds.push(row.sourceIds[i] ?? '');
      first.quoteStarts.push(row.quoteStarts[i] ?? -1);
      first.quoteEnds.push(row.quoteEnds[i] ?? -1);
      first.eventIds.push(row.eventIds[i] ?? '');
    });
  }
  // Hashed once merged, so a stance hashes the same whether its quotes came in one record or several.
  return [...byId.values()].map((row) => ({ ...row, hash: createHash('sha1').update(JSON.stringify({ ...row, hash: '' })).digest('base64') }));
}

/**
 * One stance record. A stance is keyed by its id *within its data set*, so two data sets may hold
 * the same pair's stance side by side. A record whose stance this run has already written adds
 * the evidence it does not have yet (which also makes rerunning an interrupted load harmless).
 */
const STANCE_QUERY_TEMPLATE = `
UNWIND $rows AS row
MATCH (a:Actor {id: row.from})
MATCH (b:__TARGET__ {id: row.to})
MERGE (a)-[r:__KIND__ {id: row.id, dataset: $dataset}]->(b)
WITH a, b, r, row, r.polarity IS NULL AS added
WITH a, b, r, row, added, coalesce(r.run = $run, false) AS again, r.hash = row.hash AS same
WITH a, b, r, row, again, added, same,
     CASE WHEN again THEN [i IN range(0, size(row.quotes) - 1) WHERE NOT any(j IN range(0, size(r.quotes) - 1)
       WHERE r.quotes[j] = row.quotes[i] AND r.sourceIds[j] = row.sourceIds[i] AND coalesce(r.eventIds[j], '') = row.eventIds[i])]
     ELSE range(0, size(row.quotes) - 1) END AS fresh
SET r.polarity = toInteger(row.polarity), r.date = date(row.date),
    r.until = CASE WHEN row.until IS NULL THEN null ELSE date(row.until) END,
    r.certainty = row.certainty, r.note = row.note,
    r.eventCount = CASE WHEN row.eventCount IS NULL THEN null ELSE toInteger(row.eventCount) END,
    r.lastSeen = CASE WHEN row.lastSeen IS NULL THEN null ELSE date(row.lastSeen) END,
    r.quotes = CASE WHEN again THEN r.quotes ELSE [] END + [i IN fresh | row.quotes[i]],
    r.sourceIds = CASE WHEN again THEN r.sourceIds ELSE [] END + [i IN fresh | row.sourceIds[i]],
    r.quoteStarts = CASE WHEN again THEN r.quoteStarts ELSE [] END + [i IN fresh | toInteger(row.quoteStarts[i])],
    r.quoteEnds = CASE WHEN again THEN r.quoteEnds ELSE [] END + [i IN fresh | toInteger(row.quoteEnds[i])],
    r.eventIds = CASE WHEN again THEN r.eventIds ELSE [] END + [i IN fresh | row.eventIds[i]],
    r.hash = CASE WHEN again THEN r.hash ELSE row.hash END,
    r.run = $run
RETURN sum(CASE WHEN added THEN 1 ELSE 0 END) AS added,
       sum(CASE WHEN NOT added AND NOT again AND NOT coalesce(same, false) THEN 1 ELSE 0 END) AS updated,
       sum(CASE WHEN NOT added AND NOT again AND coalesce(same, false) THEN 1 ELSE 0 END) AS unchanged,
       sum(CASE WHEN again THEN 1 ELSE 0 END) AS merged`;

/**
 * The stance query for one kind and kind of target, both static (the target's label lets Neo4j
 * find it through its id constraint without trying both labels on every row). The kind is a static relationship type. With a dynamic type
 * (`$(row.kind)`) Neo4j 5.26 plans the MERGE as a scan of every relationship in the database, so a
 * load would take time quadratic in its size; with a static type it expands between the two bound
 * actors (`Expand(Into)`; tests/integration/datasets.test.ts checks the plan). The type comes from
 * the fixed list of stance kinds in graph/schema.ts, never from input: rows carry a kind that the
 * schema has already checked against the same list, and writeBatch groups them by it.
 */
export function stanceQuery(kind: StanceKind, target: 'Actor' | 'Topic'): string {
  if (!(kind in STANCE_KIND_POLARITY)) throw new Error(`not a stance kind: ${kind}`);
  return STANCE_QUERY_TEMPLATE.replace('__KIND__', kind).replace('__TARGET__', target === 'Topic' ? 'Topic' : 'Actor');
}
