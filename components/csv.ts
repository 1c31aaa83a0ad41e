/** CSV as RFC 4180 writes it: fields with commas, quotes or line breaks quoted, quotes doubled, CRLF line ends. */

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvRow(values: readonly string[]): string {
  return values.map(csvField).join(',');
}

/** A whole document: one row per line, each line ended by CRLF. */
export function csvDocument(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${csvRow(row)}\r\n`).join('');
}
