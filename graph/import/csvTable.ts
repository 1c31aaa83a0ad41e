/**
 * Reads a CSV or TSV file with a header row as a stream of rows (csv-parse on a file stream: a
 * million-row file is never held whole). Each row carries the number a spreadsheet program
 * shows for it (header = row 1, a quoted cell spanning lines is still one row).
 */
import fs from 'node:fs';
import { pipeline } from 'node:stream';
import { parse } from 'csv-parse';
import { ImportError } from '@/graph/import/types';
import { normaliseHeader } from '@/graph/import/spreadsheetFormat';
import { restoreCell } from '@/graph/model/csv';

/** One row of cells, read by column name (a class, not closures: it is made a million times). */
class Row {
  constructor(
    /** The spreadsheet row number (header = 1). */
    readonly row: number,
    private readonly record: readonly string[],
    private readonly columns: ReadonlyMap<string, number>,
  ) {}

  /** The cell exactly as written (for full texts whose offsets matter); undefined when the file has no such column. */
  raw(column: string): string | undefined {
    const i = this.columns.get(column);
    // Our export put a quote before a cell a spreadsheet would run as a formula: taken off again here.
    return i === undefined ? undefined : restoreCell(this.record[i] ?? '');
  }

  /** The trimmed cell of a column (by normalised header name); undefined when the file has no such column. */
  cell(column: string): string | undefined {
    return this.raw(column)?.trim();
  }

  /** True when every cell is blank. */
  get empty(): boolean {
    return this.record.every((c) => c.trim() === '');
  }
}
export type TableRow = Row;

export function isTsv(file: string): boolean {
  return /\.tsv$/i.test(file);
}

/** Column name -> index, from the header record; a column named twice is an error. */
function headerOf(file: string, record: string[]): Map<string, number> {
  const columns = new Map<string, number>();
  record.forEach((header, index) => {
    const name = normaliseHeader(header);
    if (name === '') return;
    if (columns.has(name)) throw new ImportError(file, 'header', name, `the column "${name}" appears twice`);
    columns.set(name, index);
  });
  return columns;
}

/**
 * The rows of `file` after its header. `checkHeader` sees the columns first and throws for a
 * missing one, so that error comes before any row. `label` prefixes the row in errors (`row 7`,
 * or `actors.csv row 7` for a second file).
 */
export async function* readTable(
  file: string,
  checkHeader: (columns: ReadonlyMap<string, number>) => void,
  errorFile: string = file,
  label = 'row',
): AsyncGenerator<TableRow> {
  const input = fs.createReadStream(file);
  // No `info` option: it doubles csv-parse's time, and counting records gives the row anyway
  // (csv-parse yields every record, a blank line included, and a quoted line break stays in its record).
  const parser = parse({ bom: true, delimiter: isTsv(file) ? '\t' : ',', relax_column_count: true, relax_quotes: true });
  // pipeline, unlike pipe, hands a read error (missing file) to the parser, which ends the loop with it.
  pipeline(input, parser, () => undefined);
  let columns: Map<string, number> | null = null;
  let width = 0;
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row += 1;
      if (!columns) {
        columns = headerOf(errorFile, record);
        width = record.length;
        checkHeader(columns);
        continue;
      }
      // Trailing empty cells (a stray delimiter) are harmless; a value under no header is not.
      if (record.slice(width).some((c) => c.trim() !== '')) {
        throw new ImportError(errorFile, `${label} ${row}`, null, `has ${record.length} cells but the header has ${width} columns`);
      }
      yield new Row(row, record, columns);
    }
    if (!columns) throw new ImportError(errorFile, 'header', null, 'the file is empty: it needs a header row naming its columns');
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') throw new ImportError(errorFile, null, null, `cannot read the file: ${code}`);
    throw new ImportError(errorFile, `${label} ${row + 1}`, null, `is not valid ${isTsv(file) ? 'TSV' : 'CSV'}: ${(error as Error).message}`);
  } finally {
    input.destroy();
    parser.destroy();
  }
}
