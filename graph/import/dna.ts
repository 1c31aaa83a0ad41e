/**
 * The Discourse Network Analyzer importer: a DNA 3.x database (`.dna`, SQLite) as records of the
 * data format. Documents become sources (with their full text), the statements of the statement
 * type with actor, `concept` and `agreement` become stances from the actor to the concept as a
 * topic, one stance per actor, concept and agreement with a quote per statement. The mapping
 * and the errors are in docs/import/dna.md.
 *
 * sql.js holds the database in memory while a pass reads it (SQLite has no streaming reader in
 * WebAssembly); the stances are grouped in memory too, which DNA's sizes (thousands to tens of
 * thousands of statements) allow. Records go out in batches, in the order the contract asks:
 * sources, actors, topics, stances.
 */
import path from 'node:path';
import { findCoding, type ActorVariable, type DnaCoding } from '@/graph/import/dnaCoding';
import { openDna, rows, type DnaDatabase } from '@/graph/import/dnaDatabase';
import { actorValue, readEntities, topicValue } from '@/graph/import/dnaEntities';
import { documentSourceId, readDocuments, readStances, type DnaDocument } from '@/graph/import/dnaStatements';
import { slugify } from '@/graph/import/slug';
import { ImportError, type ImportOptions, type Importer, type ImportRecord, type Skipped } from '@/graph/import/types';
import { fileVersion } from '@/graph/import/version';

const BATCH = 1000;

export type DnaImportOptions = ImportOptions & {
  actorVariable?: ActorVariable;
  /** Rows one SQLite query may read before the file is refused (graph/import/dnaDatabase.ts `MAX_DNA_ROWS`). */
  maxRows?: number;
};

function* batches(records: Iterable<ImportRecord>): Generator<ImportRecord[]> {
  let batch: ImportRecord[] = [];
  for (const record of records) {
    batch.push(record);
    if (batch.length >= BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value).trim());

/** Source records for the documents the stances quote. */
function* sourceRecords(dna: DnaDatabase, wanted: ReadonlySet<number>, documents: ReadonlyMap<number, DnaDocument>, datasetId: string): Generator<ImportRecord> {
  for (const r of rows(dna, 'SELECT ID, Title, Author, Source, Section FROM DOCUMENTS ORDER BY ID')) {
    const id = Number(r.ID);
    const document = documents.get(id);
    if (!wanted.has(id) || !document) continue;
    const optional = { author: text(r.Author), section: text(r.Section), text: document.text };
    yield {
      type: 'source',
      at: `document ${id}`,
      value: {
        id: documentSourceId(datasetId, id),
        // DNA lets both be empty; the data format needs a title and a publisher to show beside a quote.
        title: text(r.Title) || `Document ${id}`,
        publisher: text(r.Source) || 'Unknown publisher',
        date: document.date,
        ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== '')),
      },
    };
  }
}

function* records(dna: DnaDatabase, coding: DnaCoding, datasetId: string, skipped: Map<string, number>): Generator<ImportRecord> {
  const documents = readDocuments(dna, coding);
  const found = readStances(dna, coding, documents, datasetId);
  for (const [reason, count] of found.skipped) skipped.set(reason, count);

  yield* sourceRecords(dna, found.documents, documents, datasetId);
  for (const entity of readEntities(dna, coding.actorVariableId, found.actorEntities)) {
    yield { type: 'actor', at: `entity ${entity.id} (${coding.actorVariable} "${entity.value}")`, value: actorValue(entity, coding.actorVariable) };
  }
  for (const entity of readEntities(dna, coding.conceptVariableId, found.conceptEntities)) {
    yield { type: 'topic', at: `entity ${entity.id} (concept "${entity.value}")`, value: topicValue(entity) };
  }
  for (const stance of found.stances) yield { type: 'stance', ...stance };

  const count = (sql: string) => Number([...rows(dna, sql, { ':type': coding.statementTypeId })][0]?.n ?? 0);
  const otherStatements = count('SELECT COUNT(*) AS n FROM STATEMENTS WHERE StatementTypeId IS NOT :type');
  if (otherStatements > 0) skipped.set(`statements of other statement types than "${coding.statementType}"`, otherStatements);
  const unquoted = count('SELECT COUNT(*) AS n FROM DOCUMENTS') - found.documents.size;
  if (unquoted > 0) skipped.set('documents with no imported statement', unquoted);
}

/** Checks the file at once (a DNA 3.x database with the needed variables) and returns its importer. */
export async function dnaImporter(file: string, options: DnaImportOptions = {}): Promise<Importer> {
  const actorVariable = options.actorVariable ?? 'organization';
  if (actorVariable !== 'organization' && actorVariable !== 'person') {
    throw new ImportError(file, null, 'actorVariable', `must be "organization" or "person", not "${String(actorVariable)}"`);
  }
  const open = () => openDna(file, options.maxRows === undefined ? {} : { maxRows: options.maxRows });
  const dna = await open();
  let coding: DnaCoding;
  try {
    coding = findCoding(dna, actorVariable);
  } finally {
    dna.close();
  }
  const name = path.basename(file);
  const dataset = {
    id: options.dataset ?? (slugify(name.replace(/\.dna$/i, '')) || 'dna'),
    title: options.title ?? name,
    description: `Discourse Network Analyzer ${dna.version} database: statements of the type "${coding.statementType}", ${actorVariable} to concept.`,
  };
  let lastSkipped: Skipped[] = [];

  return {
    file,
    format: 'dna',
    dataset,
    version: () => fileVersion(file, { actorVariable }),
    skipped: () => lastSkipped,
    async *records() {
      // Read afresh on every pass, as the contract asks: the file may have changed in between.
      const pass = await open();
      try {
        const passCoding = findCoding(pass, actorVariable);
        const skipped = new Map<string, number>();
        yield* batches(records(pass, passCoding, dataset.id, skipped));
        lastSkipped = [...skipped].map(([reason, count]) => ({ reason, count }));
      } finally {
        pass.close();
      }
    },
  };
}
