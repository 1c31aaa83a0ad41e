/**
 * Actors and topics: full-text search (prefix and accent-insensitive, through the `actor_names`
 * index) and one actor with a page of the stances it takes or receives (grouped by polarity) and its counts.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { transactions } from '@/graph/db/driver';
import { nodeToJson } from '@/graph/db/boltMappings';
import { type GraphNode, type Json } from '@/graph/model/graphJson';
import { evidenceItems, type SourceLookup } from '@/graph/model/elements';
import { Certainty } from '@/graph/model/schema';
import { ApiError } from '@/graph/http/errors';
import type { ActorDetailResponse, ActorHit, ActorIdQuery, ActorSearchQuery, ActorSummary, StanceView } from '@/graph/views/viewTypes';

const { read } = transactions('view');

/** Finds actors or topics by their `id` slugs (the constraint indexes make both lookups seeks). */
export const NODES_BY_KEY = `CALL (key) {
    MATCH (n:Actor {id: key}) RETURN n
    UNION
    MATCH (n:Topic {id: key}) RETURN n
  }`;

/** Actors or topics by `id`, in the order given; 404 naming every unknown id. */
export async function actorsByKey(tx: ManagedTransaction, keys: readonly string[]): Promise<GraphNode[]> {
  const result = await tx.run(`UNWIND $keys AS key ${NODES_BY_KEY} RETURN key, n`, { keys });
  const found = new Map(result.records.map((r) => [r.get('key') as string, nodeToJson(r.get('n'))]));
  const unknown = keys.filter((k) => !found.has(k));
  if (unknown.length > 0) {
    throw new ApiError(404, 'NotFound', `No actor or topic has the id ${unknown.map((k) => `"${k}"`).join(', ')}.`, { unknown });
  }
  return keys.map((k) => found.get(k) as GraphNode);
}

/** elementIds of actors or topics by `id`, in the order given; 404 naming every unknown id. */
export async function elementIdsOf(tx: ManagedTransaction, keys: readonly string[]): Promise<string[]> {
  return (await actorsByKey(tx, keys)).map((node) => node.elementId);
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Lower case without accents, as the index's `standard-folding` analyzer stores names. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * A Lucene query from what a user typed: every word must match, as a whole word (ranked higher)
 * or as a prefix. Wildcard terms bypass the analyzer, so words are folded here first; anything
 * Lucene would read as syntax is escaped. Returns null when nothing searchable is left.
 */
export function luceneQuery(input: string): string | null {
  const words = fold(input)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 10);
  if (words.length === 0) return null;
  return words
    .map((word) => word.replace(LUCENE_SPECIAL, (c) => `\\${c}`))
    .map((word) => `(${word}^2 OR ${word}*)`)
    .join(' AND ');
}

/** An actor or topic node as the API describes it. */
export function toActorSummary(node: GraphNode): ActorSummary {
  const p = node.properties;
  const aliases = Array.isArray(p.aliases) ? p.aliases.filter((a): a is string => typeof a === 'string') : [];
  const summary: ActorSummary = {
    id: typeof p.id === 'string' ? p.id : node.elementId,
    name: typeof p.name === 'string' ? p.name : typeof p.id === 'string' ? p.id : node.elementId,
    kind: node.labels.includes('Topic') ? 'topic' : typeof p.kind === 'string' ? p.kind : 'actor',
    aliases,
    elementId: node.elementId,
  };
  if (typeof p.description === 'string' && p.description.length > 0) summary.description = p.description;
  // The edit counter (graph/edit/), present once an editor changed the actor: a merge names the survivor's.
  if (typeof p.version === 'number') summary.version = p.version;
  return summary;
}

const KIND_FILTER = `($kind IS NULL OR ($kind = 'topic' AND n:Topic) OR (n:Actor AND n.kind = $kind))`;

/**
 * In one of the data sets asked for: listed in the node's `datasets` (the loader writes it) or,
 * for data loaded before those lists existed, at either end of a stance of one of them.
 */
const DATASET_FILTER = `($datasets IS NULL OR any(d IN coalesce(n.datasets, []) WHERE d IN $datasets)
  OR EXISTS { MATCH (n)-[r]-() WHERE r.polarity IS NOT NULL AND r.dataset IN $datasets })`;

/** Search by name or alias; without `q`, actors and topics in name order; `dataset` keeps those of some data sets. */
export async function searchActors(query: ActorSearchQuery): Promise<ActorHit[]> {
  const lucene = luceneQuery(query.q);
  const params = { kind: query.kind ?? null, datasets: query.dataset ?? null, limit: neo4j.int(query.limit) };
  return read(async (tx) => {
    const result = lucene
      ? await tx.run(
          `CALL db.index.fulltext.queryNodes('actor_names', $lucene) YIELD node AS n, score
           WHERE ${KIND_FILTER} AND ${DATASET_FILTER}
           // An exact name or alias beats any partial match.
           WITH n, score + CASE WHEN toLower(n.name) = $exact OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = $exact) THEN 100.0 ELSE 0.0 END AS score
           RETURN n, score ORDER BY score DESC, n.name LIMIT $limit`,
          { ...params, lucene, exact: query.q.trim().toLowerCase() },
        )
      : await tx.run(
          `MATCH (n) WHERE (n:Actor OR n:Topic) AND ${KIND_FILTER} AND ${DATASET_FILTER}
           RETURN n, 0.0 AS score ORDER BY n.name LIMIT $limit`,
          params,
        );
    return result.records.map((record) => ({ ...toActorSummary(nodeToJson(record.get('n'))), score: Number(record.get('score')) }));
  });
}

/**
 * The actor and its stances in one round trip, shaped by Cypher into the fields a StanceView
 * needs (a hub actor has thousands of stances: mapping whole nodes and relationships in
 * JavaScript cost more than the query, bench:api), sorted by date, plus the sources they cite.
 */
const ACTOR_WITH_STANCES = `WITH $id AS key
  ${NODES_BY_KEY}
  CALL (n) {
    // The counts kept on the node (graph/datasets/rankings.ts), else counted here for data written around the app.
    RETURN coalesce(n.stanceCount, COUNT { (n)-[s]-(o) WHERE s.polarity IS NOT NULL AND (o:Actor OR o:Topic) }) AS total,
           coalesce(n.backerCount, COUNT { (n)<-[s]-(o) WHERE s.polarity = 1 AND (o:Actor OR o:Topic) }) AS backers,
           coalesce(n.opponentCount, COUNT { (n)<-[s]-(o) WHERE s.polarity = -1 AND (o:Actor OR o:Topic) }) AS opponents
  }
  CALL (n) {
    OPTIONAL MATCH (n)-[s]-(other) WHERE s.polarity IS NOT NULL AND (other:Actor OR other:Topic)
    WITH s, other ORDER BY toString(s.date), coalesce(s.id, elementId(s))
    SKIP $offset LIMIT $limit
    RETURN collect(CASE WHEN s IS NOT NULL THEN {
      id: coalesce(s.id, elementId(s)), elementId: elementId(s), kind: type(s), polarity: toFloat(s.polarity),
      direction: CASE WHEN startNode(s) = n THEN 'out' ELSE 'in' END,
      other: {id: coalesce(other.id, elementId(other)), name: coalesce(other.name, other.id, elementId(other)),
              kind: CASE WHEN other:Topic THEN 'topic' ELSE coalesce(other.kind, 'actor') END, elementId: elementId(other)},
      date: toString(s.date), until: toString(s.until), certainty: s.certainty, note: s.note,
      quotes: s.quotes, sourceIds: s.sourceIds, quoteStarts: [x IN coalesce(s.quoteStarts, []) | toFloat(x)], quoteEnds: [x IN coalesce(s.quoteEnds, []) | toFloat(x)], eventIds: s.eventIds
    } END) AS stances
  }
  CALL (stances) {
    UNWIND stances AS stance
    UNWIND coalesce(stance.sourceIds, []) AS sourceId
    WITH DISTINCT sourceId
    MATCH (src:Source {id: sourceId})
    RETURN collect(src {.id, .title, .publisher, .url, date: toString(src.date)}) AS sources
  }
  RETURN n, stances, sources, total, backers, opponents`;

/** A stance as ACTOR_WITH_STANCES returns it (plain values: strings, floats, lists, maps). */
interface StanceRow {
  id: string;
  elementId: string;
  kind: string;
  polarity: number;
  direction: 'out' | 'in';
  other: StanceView['other'];
  date: string | null;
  until: string | null;
  certainty: unknown;
  note: unknown;
  quotes: Json;
  sourceIds: Json;
  quoteStarts: Json;
  quoteEnds: Json;
  eventIds: Json;
}

function stanceView(row: StanceRow, sources: SourceLookup): StanceView {
  const certainty = Certainty.safeParse(row.certainty);
  const view: StanceView = {
    id: row.id,
    elementId: row.elementId,
    kind: row.kind,
    polarity: row.polarity === 1 || row.polarity === -1 ? row.polarity : 0,
    direction: row.direction,
    other: row.other,
    date: row.date ?? '',
    // The loader always writes a certainty; data written by hand without one counts as reported.
    certainty: certainty.success ? certainty.data : 'reported',
    evidence: evidenceItems(row.quotes, row.sourceIds, sources, { quoteStarts: row.quoteStarts, quoteEnds: row.quoteEnds, eventIds: row.eventIds }),
  };
  if (row.until) view.until = row.until;
  if (typeof row.note === 'string' && row.note.length > 0) view.note = row.note;
  return view;
}

async function actorWithStances(tx: ManagedTransaction, { id, limit, offset }: ActorIdQuery): Promise<ActorDetailResponse | null> {
  const record = (await tx.run(ACTOR_WITH_STANCES, { id, limit: neo4j.int(limit), offset: neo4j.int(offset) })).records[0];
  if (!record) return null;
  const sources: SourceLookup = new Map(
    (record.get('sources') as { id: string; title: string | null; publisher: string | null; date: string | null; url: string | null }[]).map((s) => [
      s.id,
      { title: s.title ?? s.id, publisher: s.publisher ?? '', date: s.date ?? '', ...(s.url ? { url: s.url } : {}) },
    ]),
  );
  const stances: ActorDetailResponse['stances'] = { positive: [], negative: [], neutral: [] };
  for (const row of record.get('stances') as StanceRow[]) {
    const view = stanceView(row, sources);
    (view.polarity === 1 ? stances.positive : view.polarity === -1 ? stances.negative : stances.neutral).push(view);
  }
  const total = Number(record.get('total'));
  return {
    actor: toActorSummary(nodeToJson(record.get('n'))),
    stances,
    counts: { stances: total, backers: Number(record.get('backers')), opponents: Number(record.get('opponents')) },
    page: { offset, limit, next: offset + limit < total ? offset + limit : null },
  };
}

/** The actor (or topic) with a page of its stances and its counts; 404 when no actor or topic has this id. */
export async function getActor(query: ActorIdQuery): Promise<ActorDetailResponse> {
  const actor = await read((tx) => actorWithStances(tx, query));
  if (!actor) throw new ApiError(404, 'NotFound', `No actor or topic has the id "${query.id}".`);
  return actor;
}
