/**
 * The spreadsheet importer (CSV or TSV, docs/import/spreadsheet.md): one stance per row, with
 * actors, topics and sources either as rows of their own or made up from the stance rows. The
 * file is read as a stream every pass; only the ids seen so far are kept (to emit each actor,
 * topic and source once, before the first stance that names it).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { readTable, type TableRow } from '@/graph/import/csvTable';
import { slugify } from '@/graph/import/slug';
import { ALIAS_SEPARATOR, REQUIRED_ACTOR_COLUMNS, REQUIRED_COLUMNS, ROW_TYPES, type RowType } from '@/graph/import/spreadsheetFormat';
import { ImportError, type ImportOptions, type ImportRecord, type Importer, type Skipped } from '@/graph/import/types';
import { fileVersion } from '@/graph/import/version';
import { STANCE_KIND_POLARITY, type DatasetInfo } from '@/graph/schema';

const BATCH = 2000;
const SOURCE_KEY_CACHE = 10_000;
/** The kind an actor gets when neither an actors row nor a `from_kind`/`to_kind` cell gives one. */
export const DEFAULT_ACTOR_KIND = 'organisation';
export const NO_KIND_REASON = `actors created without a kind (no kind, from_kind or to_kind given): kind set to "${DEFAULT_ACTOR_KIND}"`;
export const EMPTY_ROW_REASON = 'empty rows';

export type SpreadsheetOptions = ImportOptions & { actors?: string };

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

/** `-1`, `0`, `1` (or `+1`) as numbers; anything else stays text for the loader to report. */
function integer(cell: string | undefined): number | string | undefined {
  if (!cell) return undefined;
  return /^[+-]?\d+$/.test(cell) ? Number(cell) : cell;
}

const orUndefined = (cell: string | undefined): string | undefined => (cell ? cell : undefined);

/**
 * Only the fields the row gave, so a record holds what the file says (copied rather than
 * deleting keys, which would turn a million objects into slow dictionary-mode ones).
 */
function defined<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const key in value) if (value[key] !== undefined) out[key] = value[key];
  return out as T;
}

/** `supports`, `Does not recognise`, `ALLIED-WITH` -> the data format's upper-case kinds. */
function stanceKind(cell: string | undefined, polarity: number | string | undefined): string | undefined {
  if (cell) return cell.toUpperCase().replace(/[\s-]+/g, '_');
  if (polarity === 1) return 'SUPPORTS';
  if (polarity === -1) return 'OPPOSES';
  return undefined; // polarity 0 names no kind: the loader reports the missing kind
}

/** A stable source id: readable (publisher, date, title) plus a hash of all four cells, so distinct sources never share one. */
export function sourceIdOf(title: string, publisher: string, date: string, url: string): string {
  const base = slugify(`${publisher} ${date} ${title}`).slice(0, 48).replace(/-+$/, '');
  const hash = createHash('sha1').update(JSON.stringify([title, publisher, date, url])).digest('hex').slice(0, 8);
  return base ? `${base}-${hash}` : `source-${hash}`;
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

/** One pass over the input: the ids emitted so far and the counts for skipped(). */
class Pass {
  readonly out: ImportRecord[] = [];
  /** id -> where it was first defined, for actors and topics. */
  private readonly defined = new Map<string, string>();
  /** slug of an id, name or alias -> the id it stands for. */
  private readonly lookup = new Map<string, string>();
  /** A stance cell as written -> its id: most rows repeat names already seen, and slugify is not free. */
  private readonly cells = new Map<string, string>();
  private readonly sources = new Set<string>();
  /** Source cells -> id, for sources seen recently (cleared when full, so memory stays bounded). */
  private readonly sourceKeys = new Map<string, string>();
  emptyRows = 0;
  withoutKind = 0;

  /** An actor or topic row (`type` actor/topic, or a row of the actors file). */
  entity(at: string, row: TableRow, errorFile: string, type: 'actor' | 'topic' | null): void {
    const name = row.cell('name') ?? '';
    const id = row.cell('id') || slugify(name);
    const kind = (row.cell('kind') ?? '').toLowerCase();
    const before = this.defined.get(id);
    if (before !== undefined && id !== '') {
      throw new ImportError(errorFile, at, 'id', `"${id}" is already defined at ${before} (each actor or topic once, before the stances that name it)`);
    }
    const aliases = (row.cell('aliases') ?? '').split(ALIAS_SEPARATOR).map((a) => a.trim()).filter(Boolean);
    const description = orUndefined(row.cell('description'));
    if (type === 'topic' || kind === 'topic') {
      this.out.push({ type: 'topic', at, value: defined({ id, name, description }) });
    } else {
      if (kind === '') this.withoutKind += 1;
      this.out.push({ type: 'actor', at, value: defined({ id, name, kind: kind || DEFAULT_ACTOR_KIND, aliases, description }) });
    }
    this.remember(id, at, [name, ...aliases]);
  }

  private remember(id: string, at: string, names: string[]): void {
    if (id === '') return;
    this.defined.set(id, at);
    this.lookup.set(id, id);
    for (const name of names) {
      const slug = slugify(name);
      if (slug && !this.lookup.has(slug)) this.lookup.set(slug, id);
    }
  }

  /** The id a `from`/`to` cell stands for (an id, a name or an alias), creating the actor or topic when unknown. */
  private endpoint(at: string, cell: string | undefined, kindCell: string | undefined): string {
    const name = cell ?? '';
    const seen = this.cells.get(name);
    if (seen !== undefined) return seen;
    const slug = slugify(name);
    if (slug === '') return name; // not a slug: the loader names the field
    const known = this.lookup.get(slug);
    if (known !== undefined) {
      this.cells.set(name, known);
      return known;
    }
    const kind = (kindCell ?? '').toLowerCase();
    if (kind === 'topic') {
      this.out.push({ type: 'topic', at, value: { id: slug, name } });
    } else {
      if (kind === '') this.withoutKind += 1;
      this.out.push({ type: 'actor', at, value: { id: slug, name, kind: kind || DEFAULT_ACTOR_KIND, aliases: [] } });
    }
    this.remember(slug, at, [name]);
    this.cells.set(name, slug);
    return slug;
  }

  /** The source a row names (by `source` id, or by its title, publisher, date and URL), emitted the first time. */
  source(at: string, row: TableRow): string {
    const title = row.cell('source_title') ?? '';
    const publisher = row.cell('publisher') ?? '';
    const date = row.cell('source_date') ?? '';
    const url = row.cell('url') ?? '';
    const given = row.cell('source');
    let id = given;
    if (!id) {
      const key = `${title}\u0000${publisher}\u0000${date}\u0000${url}`;
      id = this.sourceKeys.get(key);
      if (id === undefined) {
        id = sourceIdOf(title, publisher, date, url);
        if (this.sourceKeys.size >= SOURCE_KEY_CACHE) this.sourceKeys.clear();
        this.sourceKeys.set(key, id);
      }
    }
    if (this.sources.has(id)) return id;
    this.sources.add(id);
    const value = defined({
      id,
      title,
      publisher,
      date,
      author: orUndefined(row.cell('author')),
      section: orUndefined(row.cell('section')),
      file: orUndefined(row.cell('source_file')),
      url: orUndefined(url),
      text: orUndefined(row.raw('source_text')),
    });
    this.out.push({ type: 'source', at, value });
    return id;
  }

  stance(at: string, row: TableRow): void {
    const from = this.endpoint(at, row.cell('from'), row.cell('from_kind'));
    const to = this.endpoint(at, row.cell('to'), row.cell('to_kind'));
    const source = this.source(at, row);
    const polarityCell = integer(row.cell('polarity'));
    const kind = stanceKind(row.cell('kind'), polarityCell);
    const usual = kind !== undefined && kind in STANCE_KIND_POLARITY ? STANCE_KIND_POLARITY[kind as keyof typeof STANCE_KIND_POLARITY] : undefined;
    const evidence = defined({
      quote: row.cell('quote') ? row.raw('quote') : undefined,
      start: integer(row.cell('quote_start')),
      end: integer(row.cell('quote_end')),
      event: orUndefined(row.cell('event')),
      source,
    });
    const value = defined({
      id: orUndefined(row.cell('id')),
      from,
      to,
      kind,
      polarity: polarityCell ?? usual,
      date: row.cell('date'),
      until: orUndefined(row.cell('until')),
      certainty: row.cell('certainty')?.toLowerCase(),
      evidence: [evidence],
      note: orUndefined(row.cell('note')),
      eventCount: integer(row.cell('event_count')),
      lastSeen: orUndefined(row.cell('last_seen')),
    });
    this.out.push({ type: 'stance', at, value });
  }

  skipped(): Skipped[] {
    const out: Skipped[] = [];
    if (this.emptyRows > 0) out.push({ reason: EMPTY_ROW_REASON, count: this.emptyRows });
    if (this.withoutKind > 0) out.push({ reason: NO_KIND_REASON, count: this.withoutKind });
    return out;
  }
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
    const pass = new Pass();
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
