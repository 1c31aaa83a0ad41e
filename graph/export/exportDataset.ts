/**
 * Reads one data set back out of Neo4j as a `Dataset` value (graph/model/schema.ts), the inverse of
 * graph/datasets/load.ts: loading what this returns gives the same graph. Everything is read in one read
 * transaction (a consistent view) and ordered by id, so two exports of the same data are equal.
 * Storage layout: docs/export.md and the notes on the loader (evidence as parallel lists).
 */
import { isInt, type Driver, type ManagedTransaction, type Record as Neo4jRecord } from 'neo4j-driver';
import { transactions } from '@/graph/db/driver';
import { ApiError } from '@/graph/http/errors';
import { Dataset, formatIssues, stanceId, type Evidence, type StanceKind } from '@/graph/model/schema';

const { read } = transactions('export');

type Raw = Record<string, unknown>;

/** A stored value as a plain number: Neo4j integers arrive as driver `Integer`s. */
function numberOf(value: unknown): number | undefined {
  if (isInt(value)) return value.toNumber();
  return typeof value === 'number' ? value : undefined;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The record's fields with nulls dropped: optional fields of the data format are absent, never null. */
function fields(record: Neo4jRecord): Raw {
  const out: Raw = {};
  for (const key of record.keys) {
    const value: unknown = record.get(key);
    if (value !== null && value !== undefined) out[String(key)] = value;
  }
  return out;
}

function listOf(value: unknown): unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

/**
 * Evidence from the stance's parallel lists. Event evidence is stored with an empty quote and
 * its event id; -1 offsets mean none; lists missing on data loaded before they existed mean none.
 */
export function evidenceFromLists(lists: { quotes?: unknown; sourceIds?: unknown; quoteStarts?: unknown; quoteEnds?: unknown; eventIds?: unknown }): Evidence[] {
  const quotes = listOf(lists.quotes) ?? [];
  const sourceIds = listOf(lists.sourceIds) ?? [];
  const starts = listOf(lists.quoteStarts);
  const ends = listOf(lists.quoteEnds);
  const events = listOf(lists.eventIds);
  const count = Math.max(quotes.length, sourceIds.length);
  const evidence: Evidence[] = [];
  for (let i = 0; i < count; i++) {
    const source = stringOf(sourceIds[i]) ?? '';
    const quote = stringOf(quotes[i]) ?? '';
    const event = stringOf(events?.[i]) ?? '';
    if (quote === '' && event !== '') {
      evidence.push({ event, source });
      continue;
    }
    const start = numberOf(starts?.[i]) ?? -1;
    const end = numberOf(ends?.[i]) ?? -1;
    evidence.push(start >= 0 && end >= 0 ? { quote, start, end, source } : { quote, source });
  }
  return evidence;
}

async function readInfo(tx: ManagedTransaction, id: string): Promise<Raw> {
  const result = await tx.run('MATCH (d:Dataset {id: $id}) RETURN d.id AS id, d.title AS title, d.description AS description, d.complete AS complete', { id });
  const record = result.records[0];
  if (!record) throw new ApiError(404, 'NotFound', `No data set "${id}" is loaded. GET /api/health lists the loaded data sets.`);
  const info = fields(record);
  // A load still running (or killed half-way) leaves `complete: false`: its export would be a partial copy.
  if (info.complete === false) {
    throw new ApiError(409, 'DatasetIncomplete', `Data set "${id}" is still loading, or its last load did not finish; load it again, then export.`);
  }
  delete info.complete;
  return info;
}

async function readStances(tx: ManagedTransaction, id: string): Promise<Raw[]> {
  const result = await tx.run(
    `MATCH (a:Actor)-[r]->(b)
     WHERE r.dataset = $id AND r.polarity IS NOT NULL
     RETURN r.id AS id, a.id AS from, b.id AS to, type(r) AS kind, r.polarity AS polarity,
            toString(r.date) AS date, toString(r.until) AS until, r.certainty AS certainty, r.note AS note,
            r.eventCount AS eventCount, toString(r.lastSeen) AS lastSeen,
            r.quotes AS quotes, r.sourceIds AS sourceIds, r.quoteStarts AS quoteStarts, r.quoteEnds AS quoteEnds, r.eventIds AS eventIds
     ORDER BY r.id, a.id, b.id, type(r)`,
    { id },
  );
  return result.records.map((record) => {
    const { quotes, sourceIds, quoteStarts, quoteEnds, eventIds, polarity, eventCount, ...stance } = fields(record);
    const out: Raw = { ...stance, polarity: numberOf(polarity), evidence: evidenceFromLists({ quotes, sourceIds, quoteStarts, quoteEnds, eventIds }) };
    if (eventCount !== undefined) out.eventCount = numberOf(eventCount);
    // The loader stores the default id (`from--kind--to`) too; the file leaves it out, as a hand-written one does.
    if (out.id === stanceId({ from: String(out.from), to: String(out.to), kind: out.kind as StanceKind })) delete out.id;
    return out;
  });
}

/** Nodes of `label` that the stances touch (`ids`) or whose `datasets` list names the data set. */
async function readNodes(tx: ManagedTransaction, query: string, id: string, ids: string[]): Promise<Raw[]> {
  const result = await tx.run(query, { id, ids });
  return result.records.map(fields);
}

const ACTORS = `MATCH (n:Actor) WHERE n.id IN $ids OR $id IN coalesce(n.datasets, [])
  RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases, n.kind AS kind, n.description AS description ORDER BY n.id`;
const TOPICS = `MATCH (n:Topic) WHERE n.id IN $ids OR $id IN coalesce(n.datasets, [])
  RETURN n.id AS id, n.name AS name, n.description AS description ORDER BY n.id`;
const SOURCES = `MATCH (n:Source) WHERE n.id IN $ids OR $id IN coalesce(n.datasets, [])
  RETURN n.id AS id, n.title AS title, n.publisher AS publisher, toString(n.date) AS date, n.author AS author,
         n.section AS section, n.file AS file, n.url AS url, n.text AS text ORDER BY n.id`;

/**
 * Data set `id` as a validated `Dataset`: its info, its stances (by id), and the actors, topics
 * and sources those stances name or that list the data set, each by id. 404 for an unknown data
 * set, 409 for one whose load has not finished.
 */
export async function exportDataset(id: string, driver?: Driver): Promise<Dataset> {
  const raw = await read(async (tx) => {
    const dataset = await readInfo(tx, id);
    const stances = await readStances(tx, id);
    const endpoints = [...new Set(stances.flatMap((s) => [String(s.from), String(s.to)]))];
    const cited = [...new Set(stances.flatMap((s) => (s.evidence as Evidence[]).map((e) => e.source)))];
    return {
      dataset,
      sources: await readNodes(tx, SOURCES, id, cited),
      actors: await readNodes(tx, ACTORS, id, endpoints),
      topics: await readNodes(tx, TOPICS, id, endpoints),
      stances,
    };
  }, { driver });
  const parsed = Dataset.safeParse(raw);
  if (!parsed.success) {
    const problems = formatIssues(parsed.error.issues);
    throw new ApiError(500, 'DatasetInvalid', `Data set "${id}" as stored is not a valid data file: ${problems.slice(0, 5).join('; ')}`, { issues: problems });
  }
  return parsed.data;
}
