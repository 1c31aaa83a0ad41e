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
import { createRequire } from 'node:module';
import path from 'node:path';
import initSqlJs, { type BindParams, type Database, type SqlJsStatic, type SqlValue } from 'sql.js';
import { ImportError } from '@/graph/import/types';

/** The tables the importer reads; a DNA 3 database has all of them. */
const TABLES = ['DOCUMENTS', 'STATEMENTTYPES', 'VARIABLES', 'STATEMENTS', 'DATASHORTTEXT', 'DATABOOLEAN', 'ENTITIES', 'ATTRIBUTEVARIABLES', 'ATTRIBUTEVALUES'];

const SQLITE_HEADER = 'SQLite format 3\0';

/**
 * Rows one query may read. DNA databases hold thousands to tens of thousands of statements; a
 * crafted file of 100 KB (a join fanned out by duplicate rows) yields hundreds of millions, which
 * sql.js and the grouping hold in memory (1.4 GB before this cap). Past it the file is refused.
 */
export const MAX_DNA_ROWS = 1_000_000;

/** How long sql.js may take to start before the import answers an error rather than waiting forever. */
export const SQLJS_START_TIMEOUT_MS = 30_000;

let sqlJs: Promise<SqlJsStatic> | undefined;

/**
 * The path of sql.js's wasm, found at run time through Node's own resolver. Not `require.resolve`:
 * inside the server's webpack bundle that answers a module id (a number), and the DNA import hung
 * (issue #38). sql.js exports `./dist/*` but not its package.json.
 */
export function sqlJsWasmPath(): string {
  try {
    return createRequire(path.join(process.cwd(), 'package.json')).resolve('sql.js/dist/sql-wasm.wasm');
  } catch {
    return path.join(process.cwd(), 'node_modules', 'sql.js', 'dist', 'sql-wasm.wasm');
  }
}

async function startSqlJs(): Promise<SqlJsStatic> {
  const wasm = sqlJsWasmPath();
  let wasmBinary: ArrayBuffer;
  try {
    const bytes = await fs.readFile(wasm);
    wasmBinary = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  } catch (error) {
    throw new Error(`Cannot load sql.js (the SQLite reader for DNA files): cannot read ${wasm}: ${error instanceof Error ? error.message : String(error)}`);
  }
  // The wasm is handed over as bytes, so sql.js never looks for a file itself (its `locateFile`
  // runs where an error is not ours to catch: the import then never answered).
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Cannot load sql.js (the SQLite reader for DNA files): it did not start within ${SQLJS_START_TIMEOUT_MS / 1000} s`)), SQLJS_START_TIMEOUT_MS);
  });
  try {
    return await Promise.race([initSqlJs({ wasmBinary }), timeout]);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('Cannot load sql.js')) throw error;
    throw new Error(`Cannot load sql.js (the SQLite reader for DNA files): ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    clearTimeout(timer);
  }
}

/** sql.js, initialised once per process with the wasm that ships in node_modules; a failure rejects (and a later call tries again). */
export function loadSqlJs(): Promise<SqlJsStatic> {
  sqlJs ??= startSqlJs().catch((error: unknown) => {
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
  /** Rows one query may read before the file is refused (`MAX_DNA_ROWS` unless a test says less). */
  maxRows: number;
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

/** The refusal of a query that reads more rows than the limit. */
export function tooManyRows(file: string, maxRows: number): ImportError {
  return new ImportError(file, null, null, `is too large to import: a query read more than ${maxRows.toLocaleString('en')} rows, the limit for a DNA database (DNA's own files hold far fewer)`);
}

/**
 * Every row of a query, one at a time, as objects keyed by the columns the query names (each query
 * names the columns it needs, never `*`); past `dna.maxRows` rows the file is refused.
 */
export function* rows(dna: DnaDatabase, sql: string, params: BindParams = null): Generator<Row> {
  const statement = sqlite(dna.file, () => dna.db.prepare(sql, params));
  try {
    let read = 0;
    while (sqlite(dna.file, () => statement.step())) {
      if (++read > dna.maxRows) throw tooManyRows(dna.file, dna.maxRows);
      yield statement.getAsObject();
    }
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
 * Generated ("computed") columns of the tables read: SQLite computes a virtual one on every read,
 * so a few bytes of schema can yield a value of any size. `table_xinfo` marks them hidden 2 or 3.
 */
function computedColumns(dna: DnaDatabase): string[] {
  return TABLES.flatMap((table) =>
    [...rows(dna, `SELECT name, hidden FROM pragma_table_xinfo('${table}')`)].filter((r) => Number(r.hidden) === 2 || Number(r.hidden) === 3).map((r) => `${table}.${String(r.name)}`),
  );
}

/**
 * Opens the file and checks it is a DNA 3.x database with the tables the importer reads. The
 * caller closes it. sql.js holds the database in memory, so the file is read whole.
 */
export async function openDna(file: string, options: { maxRows?: number } = {}): Promise<DnaDatabase> {
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
  const dna: DnaDatabase = { file, db, version: '', maxRows: options.maxRows ?? MAX_DNA_ROWS, close: () => db.close() };
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
    const computed = computedColumns(dna);
    if (computed.length > 0) throw notDna(file, `it has computed columns (${computed.join(', ')}), which DNA never creates; a computed value can be any size`);
    return dna;
  } catch (error) {
    db.close();
    throw error;
  }
}
