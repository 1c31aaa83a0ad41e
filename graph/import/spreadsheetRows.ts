/**
 * What one spreadsheet row becomes (graph/import/spreadsheet.ts reads the file): the records of
 * a stance, actor, topic or source row, with the ids met so far in this pass, so each actor,
 * topic and source is emitted once and before the first stance that names it.
 */
import { createHash } from 'node:crypto';
import type { TableRow } from '@/graph/import/csvTable';
import { slugify } from '@/graph/import/slug';
import { ALIAS_SEPARATOR } from '@/graph/import/spreadsheetFormat';
import { ImportError, type ImportRecord, type Skipped } from '@/graph/import/types';
import { STANCE_KIND_POLARITY } from '@/graph/model/schema';

const SOURCE_KEY_CACHE = 10_000;

export const EMPTY_ROW_REASON = 'empty rows';
export const EXTERNAL_REASON = 'names without a kind and not defined in the file, taken as ids of actors or topics already in the database';
export const defaultKindReason = (kind: string) => `actors created from a name without a kind (no from_kind/to_kind), given the default kind "${kind}"`;

/** `-1`, `0`, `1` (or `+1`) as numbers; anything else stays text for the loader to report. */
function integer(cell: string | undefined): number | string | undefined {
  if (!cell) return undefined;
  return /^[+-]?\d+$/.test(cell) ? Number(cell) : cell;
}

export const orUndefined = (cell: string | undefined): string | undefined => (cell ? cell : undefined);

/**
 * Only the fields the row gave, so a record holds what the file says (copied rather than
 * deleting keys, which would turn a million objects into slow dictionary-mode ones).
 */
export function defined<T extends object>(value: T): T {
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

/** One pass over the input: the ids emitted so far and the counts for skipped(). */
export class Pass {
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
  /** Ids named by stances without a kind and not defined here (left to the database) -> the first row naming them. */
  private readonly external = new Map<string, string>();
  emptyRows = 0;
  private withDefaultKind = 0;

  constructor(
    private readonly fileName: string,
    private readonly defaultKind: string | undefined,
  ) {}

  /** An actor or topic row (`type` actor/topic, or a row of the actors file). */
  entity(at: string, row: TableRow, errorFile: string, type: 'actor' | 'topic' | null): void {
    const name = row.cell('name') ?? '';
    const id = row.cell('id') || slugify(name);
    const kind = (row.cell('kind') ?? '').toLowerCase();
    const before = this.defined.get(id);
    if (before !== undefined && id !== '') {
      throw new ImportError(errorFile, at, 'id', `"${id}" is already defined at ${before} (each actor or topic once, before the stances that name it)`);
    }
    this.notNamedYet(errorFile, at, 'id', id);
    const aliases = (row.cell('aliases') ?? '').split(ALIAS_SEPARATOR).map((a) => a.trim()).filter(Boolean);
    const description = orUndefined(row.cell('description'));
    if (type === 'topic' || kind === 'topic') {
      this.out.push({ type: 'topic', at, value: defined({ id, name, description }) });
    } else {
      // An actor row without a kind: the default kind when one is set, else the loader reports the row's kind.
      this.out.push({ type: 'actor', at, value: defined({ id, name, kind: kind || this.defaultKind, aliases, description }) });
    }
    this.remember(id, at, [name, ...aliases]);
  }

  /** A row may not define (or give a kind to) what an earlier stance row named as a database id: order matters to the loader. */
  private notNamedYet(file: string, at: string, field: string, id: string): void {
    const first = this.external.get(id);
    if (first === undefined) return;
    throw new ImportError(file, at, field, `"${id}" was named without a kind at ${first}, before this row defines it: define an actor or topic (or give its from_kind/to_kind) on or before the first row that names it`);
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

  /**
   * The id a `from`/`to` cell stands for (an id, a name or an alias). An unknown name with a kind
   * (or a default kind) becomes a new actor or topic; without one it is left as an id for the
   * loader to find in the database.
   */
  private endpoint(at: string, cell: string | undefined, kindCell: string | undefined, field: string): string {
    const name = cell ?? '';
    const seen = this.cells.get(name);
    if (seen !== undefined) {
      if (kindCell) this.notNamedYet(this.fileName, at, field, seen);
      return seen;
    }
    const slug = slugify(name);
    if (slug === '') return name; // not a slug: the loader names the field
    const known = this.lookup.get(slug);
    if (known !== undefined) {
      this.cells.set(name, known);
      return known;
    }
    this.cells.set(name, slug);
    const kind = (kindCell ?? '').toLowerCase() || this.defaultKind;
    if (kind === undefined) {
      if (!this.external.has(slug)) this.external.set(slug, at);
      return slug;
    }
    this.notNamedYet(this.fileName, at, field, slug);
    if (kind === 'topic') {
      this.out.push({ type: 'topic', at, value: { id: slug, name } });
    } else {
      if (!kindCell) this.withDefaultKind += 1;
      this.out.push({ type: 'actor', at, value: { id: slug, name, kind, aliases: [] } });
    }
    this.remember(slug, at, [name]);
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
    // A source id with no title, publisher or date names a source the database already holds.
    if (given && !title && !publisher && !date) return id;
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
    const from = this.endpoint(at, row.cell('from'), row.cell('from_kind'), 'from_kind');
    const to = this.endpoint(at, row.cell('to'), row.cell('to_kind'), 'to_kind');
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
    if (this.withDefaultKind > 0 && this.defaultKind) out.push({ reason: defaultKindReason(this.defaultKind), count: this.withDefaultKind });
    if (this.external.size > 0) out.push({ reason: EXTERNAL_REASON, count: this.external.size });
    return out;
  }
}
