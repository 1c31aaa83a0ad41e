/**
 * A `Dataset` written out as a file the loader reads back: YAML laid out as the hand-written seed
 * files are (dataset, sources, actors, topics, stances; each field in the same order), pretty
 * JSON of the same shape, or the spreadsheet template's CSV (graph/import/spreadsheetFormat.ts,
 * which the spreadsheet importer reads back). Pure: no I/O, the same data gives the same text.
 */
import { Document, isMap, isScalar, Scalar } from 'yaml';
import type { ExportFormat } from '@/graph/model/exportFormats';
import { toSpreadsheetText } from '@/graph/import/spreadsheetFormat';
import type { Dataset, Evidence, Stance } from '@/graph/model/schema';

type Plain = Record<string, unknown>;

/** The object with undefined fields left out, keys in the order given. */
function compact(entries: Plain): Plain {
  return Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined));
}

function evidenceFields(e: Evidence): Plain {
  return compact({ quote: e.quote, event: e.event, source: e.source, start: e.start, end: e.end });
}

/**
 * The data with each field in the seed files' order and defaults (no aliases) left out. `date`
 * wraps dates: YAML quotes them, so YAML 1.1 readers do not turn them into timestamps either.
 */
function ordered(data: Dataset, date: (iso: string) => unknown): Plain {
  const maybeDate = (iso: string | undefined) => (iso === undefined ? undefined : date(iso));
  const stance = (s: Stance): Plain =>
    compact({
      id: s.id,
      from: s.from,
      to: s.to,
      kind: s.kind,
      polarity: s.polarity,
      date: date(s.date),
      until: maybeDate(s.until),
      certainty: s.certainty,
      eventCount: s.eventCount,
      lastSeen: maybeDate(s.lastSeen),
      note: s.note,
      evidence: s.evidence.map(evidenceFields),
    });
  return {
    dataset: compact({ ...data.dataset }),
    sources: data.sources.map((s) =>
      compact({ id: s.id, title: s.title, publisher: s.publisher, date: date(s.date), author: s.author, section: s.section, file: s.file, url: s.url, text: s.text }),
    ),
    actors: data.actors.map((a) =>
      compact({ id: a.id, name: a.name, aliases: a.aliases.length > 0 ? a.aliases : undefined, kind: a.kind, description: a.description }),
    ),
    topics: data.topics.map((t) => compact({ id: t.id, name: t.name, description: t.description })),
    stances: data.stances.map(stance),
  };
}

function quotedDate(iso: string): Scalar {
  const scalar = new Scalar(iso);
  scalar.type = Scalar.QUOTE_SINGLE;
  return scalar;
}

export function datasetToYaml(data: Dataset): string {
  const header = `# Stance Graph data set "${data.dataset.id}", exported: a Dataset as graph/model/schema.ts defines it.\n# Load it with \`npm run seed -- <this file>\` (docs/export.md).\n\n`;
  const doc = new Document(ordered(data, quotedDate));
  // A blank line between the top-level sections, as in the hand-written files.
  if (isMap(doc.contents)) doc.contents.items.forEach((pair, i) => {
    if (i > 0 && isScalar(pair.key)) pair.key.spaceBefore = true;
  });
  // lineWidth 0: quotes stay on one line each, as in the hand-written files, rather than folded.
  return header + doc.toString({ lineWidth: 0 });
}

export function datasetToJson(data: Dataset): string {
  return `${JSON.stringify(ordered(data, (iso) => iso), null, 2)}\n`;
}

export function serialiseDataset(data: Dataset, format: ExportFormat): string {
  if (format === 'yaml') return datasetToYaml(data);
  if (format === 'json') return datasetToJson(data);
  return toSpreadsheetText(data);
}
