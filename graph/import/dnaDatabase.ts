/**
 * Opens a Discourse Network Analyzer 3.x database (the SQLite file DNA writes) with sql.js, the
 * WebAssembly build of SQLite: nothing native to compile, and the wasm is read from
 * node_modules, never fetched. A file that is not a whole DNA 3.x database fails here with one
 * sentence saying why, before any record is read.
 *
 * The tables and columns are those DNA creates (leifeld/dna, dna/src/main/java/sql/Sql.java,
 * `createTables`); docs/import/dna.md lists what is read.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import initSqlJs, { type BindParams, type Database, type SqlJsStatic, type SqlValue } from 'sql.js';
import { ImportError } from '@/graph/import/types';

/** The tables the importer reads; a DNA 3 database has all of them. */
const TABLES = ['DOCUMENTS', 'STATEMENTTYPES', 'VARIABLES', 'STATEMENTS', 'DATASHORTTEXT', 'DATABOOLEAN', 'ENTITIES', 'ATTRIBUTEVARIABLES', 'ATTRIBUTEVALUES'];

const SQLITE_HEADER = 'SQLite format 3\0';

let sqlJs: Promise<SqlJsStatic> | undefined;

/** sql.js, initialised once per process with the wasm that ships beside its entry point. */
export function loadSqlJs(): Promise<SqlJsStatic> {
  sqlJs ??= initSqlJs({ locateFile: (name: string) => path.join(path.dirname(require.resolve('sql.js')), name) }).catch((error: unknown) => {
    sqlJs = undefined; // let a later call try again
    throw error;
  });
  return sqlJs;
}

export type Row = Record<string, SqlValue>;

export interface DnaDatabase {
  file: string;
  db: Database;
  /** `SETTINGS.version`, e.g. `3.0.8`. */
  version: string;
  close(): void;
}

function notDna(file: string, why: string): ImportError {
  return new ImportError(file, null, null, `is not a DNA database: ${why}`);
}

/** SQLite reports a damaged file only when it reads the damaged page: name it as the file's fault. */
function sqlite<T>(file: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw notDna(file, error instanceof Error ? error.message : String(error));
  }
}

/** Every row of a query, one at a time, as objects keyed by column name. */
export function* rows(dna: DnaDatabase, sql: string, params: BindParams = null): Generator<Row> {
  const statement = sqlite(dna.file, () => dna.db.prepare(sql, params));
  try {
    while (sqlite(dna.file, () => statement.step())) yield statement.getAsObject();
  } finally {
    statement.free();
  }
}

/**
 * Why the bytes are not a whole SQLite database, or null. The header records the page size and
 * (when its "valid for" counter matches) the page count, so a cut-off file is caught here
 * rather than by a query that happens to reach the missing pages.
 */
export function sqliteHeaderProblem(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 16)).toString('latin1');
  if (bytes.length === 0) return 'the file is empty';
  if (!SQLITE_HEADER.startsWith(head) && !head.startsWith(SQLITE_HEADER)) return 'it is not an SQLite file';
  if (bytes.length < 100) return `the file is truncated (${bytes.length} bytes, shorter than the SQLite header)`;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const rawPageSize = view.getUint16(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pages = view.getUint32(28);
  const headerCountValid = view.getUint32(24) === view.getUint32(92);
  if (headerCountValid && pages > 0 && bytes.length < pages * pageSize) {
    return `the file is truncated (${bytes.length} bytes; its header says ${pages * pageSize})`;
  }
  if (pageSize >= 512 && bytes.length % pageSize !== 0) return `the file is truncated (${bytes.length} bytes is not a whole number of ${pageSize}-byte pages)`;
  return null;
}

/**
 * Opens the file and checks it is a DNA 3.x database with the tables the importer reads. The
 * caller closes it. sql.js holds the database in memory, so the file is read whole.
 */
export async function openDna(file: string): Promise<DnaDatabase> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    throw new ImportError(file, null, null, `cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const headerProblem = sqliteHeaderProblem(bytes);
  if (headerProblem) throw notDna(file, headerProblem);

  const SQL = await loadSqlJs();
  const db = sqlite(file, () => new SQL.Database(bytes));
  const dna: DnaDatabase = { file, db, version: '', close: () => db.close() };
  try {
    const tables = new Set([...rows(dna, "SELECT name FROM sqlite_master WHERE type = 'table'")].map((r) => String(r.name).toUpperCase()));
    if (!tables.has('SETTINGS')) throw notDna(file, 'it has no SETTINGS table (DNA records its version there)');
    // The version first: a DNA 2 file has other tables, and "wrong version" is the useful message.
    const version = [...rows(dna, "SELECT Value FROM SETTINGS WHERE Property = 'version'")][0]?.Value;
    if (version === undefined || version === null || String(version).trim() === '') {
      throw new ImportError(file, 'SETTINGS', 'version', 'no DNA version is recorded; only DNA 3.x databases can be imported');
    }
    dna.version = String(version).trim();
    if (!/^3(\.|$)/.test(dna.version)) {
      throw new ImportError(file, 'SETTINGS', 'version', `is DNA ${dna.version}; only DNA 3.x databases can be imported`);
    }
    const missing = TABLES.filter((t) => !tables.has(t));
    if (missing.length > 0) throw notDna(file, `it has no ${missing.join(', ')} table${missing.length > 1 ? 's' : ''}`);
    return dna;
  } catch (error) {
    db.close();
    throw error;
  }
}
