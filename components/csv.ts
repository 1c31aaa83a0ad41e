/**
 * CSV as RFC 4180 writes it: fields with commas, quotes or line breaks quoted, quotes doubled, CRLF
 * line ends, and every cell neutralised against formula injection by the app's one cell writer
 * (graph/model/csv.ts).
 */
import { csvCell, csvLine } from '@/graph/model/csv';

export function csvField(value: string): string {
  return csvCell(value);
}

export function csvRow(values: readonly string[]): string {
  return csvLine(values);
}

/** A whole document: one row per line, each line ended by CRLF. */
export function csvDocument(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${csvRow(row)}\r\n`).join('');
}
