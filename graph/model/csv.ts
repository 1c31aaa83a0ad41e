/**
 * The one CSV cell writer every CSV the app writes goes through (the data set export's
 * spreadsheet template, the evidence table, the console's result download), so a cell cannot
 * become a spreadsheet formula. A quote, a node label or a note is anyone's text, and a cell that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return is run as a formula by Excel, LibreOffice
 * and Google Sheets (CSV injection). As OWASP advises, such a cell gets a single quote in front
 * (`'=HYPERLINK(…)`), and cells are quoted per RFC 4180. Plain numbers (`-1`, `+3.5`) are left as
 * they are: they are no formula, and polarity -1 must stay a number.
 *
 * The spreadsheet importer reads our own export back (graph/import/csvTable.ts), so the prefix is
 * reversible: a cell is prefixed when, after any quotes it already starts with, it starts with one of
 * those characters; the importer removes exactly one leading quote from such a cell. So the round
 * trip gives back the same text, a cell that really began with `'=` included. (A hand-written cell
 * `'=x` therefore imports as `=x`, as a spreadsheet program shows it.)
 */

/** The first characters a spreadsheet reads as the start of a formula. */
const FORMULA_START = /^'*[=+\-@\t\r]/;
/** A cell the importer unescapes: one added quote, then (after any quotes of the cell's own) a formula character. */
const NEUTRALISED = /^'+[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The cell with a single quote in front when a spreadsheet would read it as a formula. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** The cell as it was before `neutraliseCell` (for reading our own export back). */
export function restoreCell(cell: string): string {
  return cell.charCodeAt(0) === 39 && NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}

/**
 * One cell, neutralised and quoted when it holds the delimiter, a quote, a line break, or leading
 * or trailing spaces (which readers trim), quotes doubled.
 */
export function csvCell(value: string, delimiter: ',' | '\t' = ','): string {
  const cell = neutraliseCell(value);
  return cell.includes(delimiter) || /["\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function csvLine(values: readonly string[], delimiter: ',' | '\t' = ','): string {
  return values.map((value) => csvCell(value, delimiter)).join(delimiter);
}
