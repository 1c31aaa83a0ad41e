/**
 * The spreadsheet importer (CSV or TSV, docs/import/spreadsheet.md): one stance per row, with
 * actors, topics and sources either as rows of their own or made up from the stance rows. The
 * file is read as a stream every pass; only the ids seen so far are kept (to emit each actor,
 * topic and source once, before the first stance that names it).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { readTable, type TableRow } from '@/graph/import/csvTable';
import { Pass, defined, orUndefined } from '@/graph/import/spreadsheetRows';
import { slugify } from '@/graph/import/slug';
import { REQUIRED_ACTOR_COLUMNS, REQUIRED_COLUMNS, ROW_TYPES, type RowType } from '@/graph/import/spreadsheetFormat';
import { ImportError, type ImportOptions, type ImportRecord, type Importer, type Skipped } from '@/graph/import/types';
import { fileVersion } from '@/graph/import/version';
import type { DatasetInfo } from '@/graph/model/schema';

export { EMPTY_ROW_REASON, EXTERNAL_REASON, defaultKindReason, sourceIdOf } from '@/graph/import/spreadsheetRows';

const BATCH = 2000;
/**
 * `actors`: a second file of actors and topics. `defaultKind`: the kind of actors created from a
 * stance row's name when no kind is given; without it such a name must be an id the database
 * already holds (the loader says so when it is not).
 */
export type SpreadsheetOptions = ImportOptions & { actors?: string; defaultKind?: string };

function checkStanceHeader(file: string) {
  return (columns: ReadonlyMap<string, number>) => {
    for (const column of REQUIRED_COLUMNS) {
      if (!columns.has(column)) throw new ImportError(file, 'header', column, `missing column "${column}" (see docs/import/spreadsheet.md)`);
    }
    if (!columns.has('kind') && !columns.has('polarity')) {
      throw new ImportError(file, 'header', 'kind', 'missing column: a stances file needs a "kind" or a "polarity" column');
    }
  };
}

function checkActorHeader(file: string) {
  return (columns: ReadonlyMap<string, number>) => {
    for (const column of REQUIRED_ACTOR_COLUMNS) {
      if (!columns.has(column)) throw new ImportError(file, 'header', column, `missing column "${column}" (an actors file has id, name, kind, aliases, description)`);
    }
  };
}

function rowType(file: string, at: string, row: TableRow): RowType {
  const type = (row.cell('type') ?? '').toLowerCase();
  if (type === '') return 'stance';
  if (!(ROW_TYPES as readonly string[]).includes(type)) throw new ImportError(file, at, 'type', `"${type}" is not one of ${ROW_TYPES.join(', ')} (empty means stance)`);
  return type as RowType;
}

interface DatasetRow {
  id?: string;
  title?: string;
  description?: string;
}

/** The `dataset` row, when the file starts with one (that is the only place it may be). */
async function datasetRow(file: string): Promise<DatasetRow> {
  for await (const row of readTable(file, checkStanceHeader(file))) {
    if (row.empty) continue;
    if (rowType(file, `row ${row.row}`, row) !== 'dataset') return {};
    return defined({ id: orUndefined(row.cell('id')), title: orUndefined(row.cell('name')), description: orUndefined(row.cell('description')) });
  }
  return {};
}

export async function spreadsheetImporter(file: string, options: SpreadsheetOptions = {}): Promise<Importer> {
  for (const f of [file, options.actors]) {
    if (f === undefined) continue;
    await fs.access(f).catch((error: NodeJS.ErrnoException) => {
      throw new ImportError(f, null, null, `cannot read the file: ${error.code ?? error.message}`);
    });
  }
  const fromFile = await datasetRow(file);
  const name = path.basename(file).replace(/\.(csv|tsv)$/i, '');
  const dataset: DatasetInfo = defined({
    id: options.dataset ?? fromFile.id ?? slugify(name),
    title: options.title ?? fromFile.title ?? name,
    description: fromFile.description,
  });
  let lastSkipped: Skipped[] = [];
  const actorsFile = options.actors;

  async function* records(): AsyncGenerator<ImportRecord[]> {
    const pass = new Pass(file, options.defaultKind?.toLowerCase());
    const flush = function* (force: boolean): Generator<ImportRecord[]> {
      if (pass.out.length >= BATCH || (force && pass.out.length > 0)) yield pass.out.splice(0, pass.out.length);
    };
    if (actorsFile !== undefined) {
      for await (const row of readTable(actorsFile, checkActorHeader(actorsFile), actorsFile, `${actorsFile} row`)) {
        if (row.empty) continue;
        pass.entity(`${actorsFile} row ${row.row}`, row, actorsFile, null);
        yield* flush(false);
      }
    }
    let first = true;
    for await (const row of readTable(file, checkStanceHeader(file))) {
      const at = `row ${row.row}`;
      if (row.empty) {
        pass.emptyRows += 1;
        continue;
      }
      const type = rowType(file, at, row);
      if (type === 'dataset' && !first) throw new ImportError(file, at, 'type', 'a dataset row must be the first row after the header');
      first = false;
      if (type === 'actor' || type === 'topic') pass.entity(at, row, file, type);
      else if (type === 'source') pass.source(at, row);
      else if (type === 'stance') pass.stance(at, row);
      yield* flush(false);
    }
    yield* flush(true);
    lastSkipped = pass.skipped();
  }

  return {
    file,
    format: 'spreadsheet',
    dataset,
    version: async () => fileVersion(file, { ...options, actors: actorsFile === undefined ? undefined : await fileVersion(actorsFile) }),
    records,
    skipped: () => lastSkipped,
  };
}
