/**
 * The spreadsheet template (docs/import/spreadsheet.md): its column names, and the writer that
 * turns a `Dataset` into rows of that template, so `npm run export -- --format csv` writes
 * exactly what `spreadsheetImporter` reads back (every field of the data format has a column).
 */
import { type Dataset, type Evidence, type Source, type Stance } from '@/graph/model/schema';
import { csvLine } from '@/graph/model/csv';

/** Every column the stances file understands, in the order the exporter writes them. */
export const SPREADSHEET_COLUMNS = [
  'type',
  'id',
  'from',
  'from_kind',
  'to',
  'to_kind',
  'kind',
  'polarity',
  'date',
  'until',
  'certainty',
  'quote',
  'quote_start',
  'quote_end',
  'event',
  'source',
  'source_title',
  'publisher',
  'source_date',
  'author',
  'section',
  'source_file',
  'url',
  'source_text',
  'note',
  'event_count',
  'last_seen',
  'name',
  'aliases',
  'description',
] as const;
export type SpreadsheetColumn = (typeof SPREADSHEET_COLUMNS)[number];

/** Columns a stances file must have (besides `kind` or `polarity`, one of which it needs). */
export const REQUIRED_COLUMNS: readonly SpreadsheetColumn[] = ['from', 'to', 'date', 'certainty', 'quote', 'source_title', 'publisher', 'source_date'];

/** The columns of the optional second file of actors and topics (`--actors`). */
export const ACTOR_COLUMNS = ['id', 'name', 'kind', 'aliases', 'description'] as const;
export type ActorColumn = (typeof ACTOR_COLUMNS)[number];
export const REQUIRED_ACTOR_COLUMNS: readonly ActorColumn[] = ['name', 'kind'];

/** Values of the `type` column; an empty cell is a stance. */
export const ROW_TYPES = ['dataset', 'actor', 'topic', 'source', 'stance'] as const;
export type RowType = (typeof ROW_TYPES)[number];

/** Aliases are one cell, separated by semicolons. */
export const ALIAS_SEPARATOR = ';';

/** `Source Title`, `SOURCE-TITLE` and `source_title` all name the column `source_title`. */
export function normaliseHeader(header: string): string {
  return header.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/**
 * The column a field of the data format comes from, so a loader error about `evidence[0].quote`
 * or `polarity` can name the spreadsheet column the user sees.
 */
export function columnOf(field: string): SpreadsheetColumn | null {
  // `evidence[0].quote` and `evidence.0.quote` both name the quote column.
  const key = field.replace(/\[\d+\]/g, '').split('.').filter((p) => !/^\d+$/.test(p)).join('.');
  const map: Record<string, SpreadsheetColumn> = {
    from: 'from',
    to: 'to',
    kind: 'kind',
    polarity: 'polarity',
    date: 'date',
    until: 'until',
    certainty: 'certainty',
    note: 'note',
    eventCount: 'event_count',
    lastSeen: 'last_seen',
    id: 'id',
    'evidence.quote': 'quote',
    'evidence.start': 'quote_start',
    'evidence.end': 'quote_end',
    'evidence.event': 'event',
    'evidence.source': 'source',
    evidence: 'quote',
    title: 'source_title',
    publisher: 'publisher',
    author: 'author',
    section: 'section',
    file: 'source_file',
    url: 'url',
    text: 'source_text',
    name: 'name',
    aliases: 'aliases',
    description: 'description',
  };
  return map[key] ?? null;
}

type Row = Partial<Record<SpreadsheetColumn, string>>;

const text = (value: string | number | undefined): string => (value === undefined ? '' : String(value));

function sourceCells(source: Source, withDetails: boolean): Row {
  const cells: Row = { source: source.id, source_title: source.title, publisher: source.publisher, source_date: source.date, url: text(source.url) };
  if (!withDetails) return cells;
  return { ...cells, author: text(source.author), section: text(source.section), source_file: text(source.file), source_text: text(source.text) };
}

function evidenceCells(evidence: Evidence): Row {
  return { quote: text(evidence.quote), quote_start: text(evidence.start), quote_end: text(evidence.end), event: text(evidence.event) };
}

function stanceCells(stance: Stance): Row {
  return {
    id: text(stance.id),
    from: stance.from,
    to: stance.to,
    kind: stance.kind,
    polarity: String(stance.polarity),
    date: stance.date,
    until: text(stance.until),
    certainty: stance.certainty,
    note: text(stance.note),
    event_count: text(stance.eventCount),
    last_seen: text(stance.lastSeen),
  };
}

const ordered = (row: Row): string[] => SPREADSHEET_COLUMNS.map((column) => row[column] ?? '');

/**
 * The data set as template rows, header first: a `dataset` row, the actors and topics, every
 * source (with its full details once), then one row per piece of evidence; rows of one stance
 * repeat its fields (rows with the same stance id, given or `from--kind--to`, are one stance).
 */
export function toSpreadsheetRows(dataset: Dataset): string[][] {
  const rows: string[][] = [[...SPREADSHEET_COLUMNS]];
  const info = dataset.dataset;
  rows.push(ordered({ type: 'dataset', id: info.id, name: info.title, description: text(info.description) }));
  for (const actor of dataset.actors) {
    rows.push(ordered({ type: 'actor', id: actor.id, name: actor.name, kind: actor.kind, aliases: actor.aliases.join(`${ALIAS_SEPARATOR} `), description: text(actor.description) }));
  }
  for (const topic of dataset.topics) rows.push(ordered({ type: 'topic', id: topic.id, name: topic.name, description: text(topic.description) }));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  for (const source of dataset.sources) rows.push(ordered({ type: 'source', ...sourceCells(source, true) }));
  for (const stance of dataset.stances) {
    for (const evidence of stance.evidence) {
      const source = sources.get(evidence.source);
      const cells: Row = source ? sourceCells(source, false) : { source: evidence.source };
      rows.push(ordered({ ...stanceCells(stance), ...cells, ...evidenceCells(evidence) }));
    }
  }
  return rows;
}

/**
 * One line of CSV (or TSV): cells quoted when they hold the delimiter, a quote or a line break, and
 * neutralised against formula injection (graph/model/csv.ts; csvTable.ts takes the added quote off again).
 */
export function formatRow(cells: readonly string[], delimiter: ',' | '\t' = ','): string {
  return csvLine(cells, delimiter);
}

/** The whole data set as CSV (or TSV) text, the format `spreadsheetImporter` reads. */
export function toSpreadsheetText(dataset: Dataset, delimiter: ',' | '\t' = ','): string {
  return toSpreadsheetRows(dataset)
    .map((row) => formatRow(row, delimiter))
    .join('\n')
    .concat('\n');
}
