/**
 * The GDELT 2.0 events importer (`*.export.CSV`: tab-separated, no header, 61 columns; see
 * docs/import/gdelt.md). Actor1 -> Actor2 events become stances by the CAMEO table in cameo.ts;
 * repeated events of one pair and kind are one stance with a count, first and last date and up
 * to `maxUrls` events as evidence. The file is streamed line by line: what is kept is one
 * running total per (actor, target, kind), never the rows.
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { cameoCode, cameoKind, cameoWords, eventSign } from '@/graph/import/cameo';
import { cameoActor } from '@/graph/import/cameoActors';
import { slugify } from '@/graph/import/slug';
import { ImportError, type ImportOptions, type ImportRecord, type Importer, type Skipped } from '@/graph/import/types';
import { fileVersion } from '@/graph/import/version';
import type { DatasetInfo, Evidence, StanceKind } from '@/graph/model/schema';

const BATCH = 2000;
export const GDELT_COLUMNS = 61;
export const DEFAULT_MAX_URLS = 3;

/** Column indexes of the GDELT 2.0 event table (codebook order, from 0). */
export const COL = {
  GlobalEventID: 0,
  SQLDATE: 1,
  Actor1Code: 5,
  Actor1Name: 6,
  Actor2Code: 15,
  Actor2Name: 16,
  IsRootEvent: 25,
  EventCode: 26,
  EventBaseCode: 27,
  EventRootCode: 28,
  QuadClass: 29,
  GoldsteinScale: 30,
  NumMentions: 31,
  NumSources: 32,
  NumArticles: 33,
  AvgTone: 34,
  DATEADDED: 59,
  SOURCEURL: 60,
} as const;

export const SKIP_REASONS = {
  noActors: 'events without both Actor1Code and Actor2Code',
  noStance: 'events of CAMEO root 01 (make a public statement), which state no stance toward the target',
  unknownCode: 'events whose EventCode is not a CAMEO code',
  sameActor: 'events whose two actors have the same code',
} as const;

export type GdeltOptions = ImportOptions & { maxUrls?: number };

/** Everything kept per (actor, target, kind): counts and dates, never the rows. */
interface Running {
  from: string;
  to: string;
  kind: StanceKind;
  at: string;
  first: string;
  last: string;
  count: number;
  sign: number;
  goldstein: number;
  evidence: Evidence[];
}

/** `20190123` -> `2019-01-23`, or null when that is not a real date. */
export function sqlDate(cell: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})/.exec(cell.trim());
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso) ? iso : null;
}

/** Publisher and URL of a SOURCEURL cell: the host name (without `www.`) of a web address, else the cell's text. */
function sourceOf(cell: string): { publisher: string; url?: string } {
  const text = cell.trim();
  try {
    const url = new URL(text);
    if (url.protocol === 'http:' || url.protocol === 'https:') return { publisher: url.hostname.replace(/^www\./, ''), url: text };
  } catch {
    // not a URL: GDELT writes the outlet's name for sources that are not on the web
  }
  return { publisher: text || 'GDELT' };
}

export async function gdeltImporter(file: string, options: GdeltOptions = {}): Promise<Importer> {
  await fs.promises.access(file).catch((error: NodeJS.ErrnoException) => {
    throw new ImportError(file, null, null, `cannot read the file: ${error.code ?? error.message}`);
  });
  const maxUrls = options.maxUrls ?? DEFAULT_MAX_URLS;
  if (!Number.isInteger(maxUrls) || maxUrls < 1) throw new ImportError(file, null, 'maxUrls', `must be a whole number of at least 1, not ${maxUrls}`);
  const base = path.basename(file).replace(/\.export\.csv$/i, '').replace(/\.(csv|tsv|txt)$/i, '');
  const dataset: DatasetInfo = {
    id: options.dataset ?? `gdelt-${slugify(base)}`,
    title: options.title ?? `GDELT events ${path.basename(file)}`,
  };
  let lastSkipped: Skipped[] = [];

  async function* records(): AsyncGenerator<ImportRecord[]> {
    const out: ImportRecord[] = [];
    const actors = new Set<string>();
    const running = new Map<string, Running>();
    const skipped: Record<keyof typeof SKIP_REASONS, number> = { noActors: 0, noStance: 0, unknownCode: 0, sameActor: 0 };
    const input = fs.createReadStream(file, { encoding: 'utf8' });
    const lines = readline.createInterface({ input, crlfDelay: Infinity });

    const actor = (code: string, rowName: string, at: string): string => {
      const id = slugify(code);
      if (!actors.has(id)) {
        actors.add(id);
        out.push({ type: 'actor', at, value: { id, ...cameoActor(code, rowName), aliases: [code] } });
      }
      return id;
    };

    let line = 0;
    try {
      for await (const text of lines) {
        line += 1;
        if (text.trim() === '') continue;
        const cells = text.split('\t');
        const at = `line ${line}`;
        if (cells.length !== GDELT_COLUMNS) throw new ImportError(file, at, 'columns', `expected ${GDELT_COLUMNS}, found ${cells.length}`);
        const cell = (i: number) => (cells[i] ?? '').trim();
        const code1 = cell(COL.Actor1Code);
        const code2 = cell(COL.Actor2Code);
        if (code1 === '' || code2 === '') {
          skipped.noActors += 1;
          continue;
        }
        const code = cameoCode(cell(COL.EventCode), cell(COL.EventRootCode));
        const kind = cameoKind(code);
        if (kind === undefined || kind === null) {
          skipped[kind === null ? 'noStance' : 'unknownCode'] += 1;
          continue;
        }
        if (slugify(code1) === slugify(code2)) {
          skipped.sameActor += 1;
          continue;
        }
        const date = sqlDate(cell(COL.SQLDATE));
        if (date === null) throw new ImportError(file, at, 'SQLDATE', `"${cell(COL.SQLDATE)}" is not a date written YYYYMMDD`);
        const from = actor(code1, cell(COL.Actor1Name), at);
        const to = actor(code2, cell(COL.Actor2Name), at);
        const key = `${from}\t${to}\t${kind}`;
        let total = running.get(key);
        if (total === undefined) {
          total = { from, to, kind, at, first: date, last: date, count: 0, sign: 0, goldstein: 0, evidence: [] };
          running.set(key, total);
        }
        const goldstein = Number.parseFloat(cell(COL.GoldsteinScale));
        total.count += 1;
        total.sign += eventSign(cell(COL.QuadClass), goldstein);
        total.goldstein += Number.isFinite(goldstein) ? goldstein : 0;
        if (date < total.first) total.first = date;
        if (date > total.last) total.last = date;
        if (total.evidence.length < maxUrls) {
          const event = cell(COL.GlobalEventID);
          const source = `gdelt-${slugify(event)}`;
          out.push({
            type: 'source',
            at,
            value: {
              id: source,
              title: `${cameoActor(code1, cell(COL.Actor1Name)).name} → ${cameoActor(code2, cell(COL.Actor2Name)).name}: ${cameoWords(code)} (CAMEO ${code}, GDELT event ${event})`,
              date: sqlDate(cell(COL.DATEADDED)) ?? date,
              ...sourceOf(cell(COL.SOURCEURL)),
            },
          });
          total.evidence.push({ event, source });
        }
        if (out.length >= BATCH) yield out.splice(0, out.length);
      }
    } finally {
      lines.close();
      input.destroy();
    }
    // Stances come last: a stance is complete only when the whole file has been read.
    for (const total of running.values()) {
      const polarity = Math.sign(total.sign) || Math.sign(total.goldstein) || 0;
      out.push({
        type: 'stance',
        at: total.at,
        value: {
          from: total.from,
          to: total.to,
          kind: total.kind,
          polarity,
          date: total.first,
          certainty: 'reported',
          evidence: total.evidence,
          eventCount: total.count,
          lastSeen: total.last,
        },
      });
      if (out.length >= BATCH) yield out.splice(0, out.length);
    }
    if (out.length > 0) yield out.splice(0, out.length);
    lastSkipped = (Object.keys(SKIP_REASONS) as (keyof typeof SKIP_REASONS)[])
      .filter((k) => skipped[k] > 0)
      .map((k) => ({ reason: SKIP_REASONS[k], count: skipped[k] }));
  }

  return {
    file,
    format: 'gdelt',
    dataset,
    version: () => fileVersion(file, { ...options, maxUrls }),
    records,
    skipped: () => lastSkipped,
  };
}
