/**
 * What the workbench page shows of one source (GET /api/sources/[id]/workbench): its stored text,
 * where known actors and topics are mentioned in it, the sentences with stance cue words, and the
 * quotes of stances that cite it, each with its place in the text. The text is the one every
 * offset refers to; the page never re-derives offsets from anything else.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { transactions } from '@/graph/db/driver';
import { cueSentences, findMentions } from '@/graph/workbench/mentions';
import { locateQuote } from '@/graph/workbench/textFold';
import { KnownEntity, WorkbenchQuote, type Workbench } from '@/graph/workbench/workbenchTypes';
import { ApiError } from '@/graph/http/errors';

const { read } = transactions('edit');

const SOURCE = `MATCH (s:Source {id: $id})
  RETURN s.id AS id, coalesce(s.title, s.id) AS title, coalesce(s.publisher, '') AS publisher, toString(s.date) AS date,
         s.url AS url, s.author AS author, coalesce(s.datasets, []) AS datasets, s.text AS text`;

const KNOWN = `MATCH (a:Actor) RETURN a.id AS id, a.name AS name, coalesce(a.aliases, []) AS aliases, a.kind AS kind, 'actor' AS type
  UNION ALL
  MATCH (t:Topic) RETURN t.id AS id, t.name AS name, [] AS aliases, null AS kind, 'topic' AS type`;

/** Every quote a stance takes from source `$id` (the i-th quote comes from the i-th source id). */
const QUOTES = `MATCH (a:Actor)-[r]->(b) WHERE r.sourceIds IS NOT NULL AND $id IN r.sourceIds
  UNWIND range(0, size(r.sourceIds) - 1) AS i
  WITH a, r, b, i WHERE r.sourceIds[i] = $id AND coalesce(r.quotes[i], '') <> ''
  RETURN r.dataset AS dataset, r.id AS stanceId, a.id AS from, b.id AS to, type(r) AS kind, r.polarity AS polarity,
         r.certainty AS certainty, toString(r.date) AS date, r.quotes[i] AS quote,
         r.quoteStarts[i] AS start, r.quoteEnds[i] AS end
  ORDER BY start, dataset, stanceId`;

const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/** The quote's place: its stored offsets when they hold it, else found in the text (older data), else null. */
export function placeOf(text: string, quote: string, start: number | null, end: number | null): { start: number | null; end: number | null } {
  if (start !== null && end !== null && start >= 0 && end > start && text.slice(start, end) === quote) return { start, end };
  const found = locateQuote(text, quote);
  return found ?? { start: null, end: null };
}

async function readWorkbench(tx: ManagedTransaction, id: string) {
  const source = (await tx.run(SOURCE, { id })).records[0];
  if (!source) throw new ApiError(404, 'NotFound', `No source "${id}" is loaded.`);
  const text: unknown = source.get('text');
  if (typeof text !== 'string' || text.length === 0) {
    throw new ApiError(404, 'NoText', `The text of source "${id}" is not stored, so it cannot be coded here; add the article as a new source with its text.`);
  }
  const known = (await tx.run(KNOWN)).records.map((r) => ({
    entity: KnownEntity.parse({ id: r.get('id'), name: r.get('name') ?? r.get('id'), type: r.get('type'), ...(r.get('kind') ? { kind: r.get('kind') } : {}) }),
    aliases: (r.get('aliases') as unknown[]).filter((a): a is string => typeof a === 'string'),
  }));
  const quotes = (await tx.run(QUOTES, { id })).records.map((r) => {
    const quote = String(r.get('quote'));
    return WorkbenchQuote.parse({
      dataset: String(r.get('dataset') ?? ''),
      stanceId: String(r.get('stanceId') ?? ''),
      from: r.get('from'),
      to: r.get('to'),
      kind: r.get('kind'),
      polarity: num(r.get('polarity')) ?? 0,
      certainty: String(r.get('certainty') ?? ''),
      date: String(r.get('date') ?? ''),
      quote,
      ...placeOf(text, quote, num(r.get('start')), num(r.get('end'))),
    });
  });
  return {
    source: {
      id,
      title: String(source.get('title')),
      publisher: String(source.get('publisher')),
      date: String(source.get('date') ?? ''),
      url: (source.get('url') as string | null) ?? null,
      author: (source.get('author') as string | null) ?? null,
      // Sources loaded before they listed their data sets: those of the stances quoting them.
      datasets: (source.get('datasets') as string[]).length > 0 ? (source.get('datasets') as string[]) : [...new Set(quotes.map((q) => q.dataset).filter((d) => d !== ''))],
    },
    text,
    known,
    quotes,
  };
}

/** Source `id` ready to code: 404 without it or without its stored text. */
export async function sourceWorkbench(id: string): Promise<Workbench> {
  const { source, text, known, quotes } = await read((tx) => readWorkbench(tx, id));
  const mentions = findMentions(text, known.map(({ entity, aliases }) => ({ id: entity.id, names: [entity.name, ...aliases] })));
  return { source, text, mentions, cues: cueSentences(text), quotes, known: known.map((k) => k.entity) };
}
