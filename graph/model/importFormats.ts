/**
 * The import formats and the one a file name implies. Pure (no node: modules), so the browser's
 * import form picks the format from a chosen file's name with the same rule as `npm run seed`.
 */
export const FORMATS = ['yaml', 'json', 'spreadsheet', 'dna', 'gdelt'] as const;
export type Format = (typeof FORMATS)[number];

/** The format a file name implies, or null when it implies none. */
export function formatOf(file: string): Format | null {
  const name = file.split(/[\\/]/).pop() ?? file;
  if (/\.export\.csv$/i.test(name)) return 'gdelt';
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot).toLowerCase() : '';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  if (ext === '.json') return 'json';
  if (ext === '.csv' || ext === '.tsv') return 'spreadsheet';
  if (ext === '.dna') return 'dna';
  return null;
}
