/**
 * Actors and topics: full-text search (prefix and accent-insensitive, through the `actor_names`
 * index) and one actor with every stance it takes or receives, grouped by polarity.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { read } from '@/graph/driver';
import { nodeToJson, recordsToGraph, type GraphNode } from '@/graph/boltMappings';
import { toElements, type EdgeData, type NodeData } from '@/graph/elements';
import { sourcesFor } from '@/graph/sources';
import { ApiError } from '@/graph/errors';
import type { ActorDetailResponse, ActorHit, ActorSearchQuery, ActorSummary, StanceView } from '@/graph/apiTypes';

/** Finds actors or topics by their `id` slugs (the constraint indexes make both lookups seeks). */
export const NODES_BY_KEY = `CALL (key) {
    MATCH (n:Actor {id: key}) RETURN n
    UNION
    MATCH (n:Topic {id: key}) RETURN n
  }`;

/** elementIds of actors or topics by `id`, in the order given; 404 naming every unknown id. */
export async function elementIdsOf(tx: ManagedTransaction, keys: readonly string[]): Promise<string[]> {
  const result = await tx.run(`UNWIND $keys AS key ${NODES_BY_KEY} RETURN key, elementId(n) AS elementId`, { keys });
  const found = new Map(result.records.map((r) => [r.get('key') as string, r.get('elementId') as string]));
  const unknown = keys.filter((k) => !found.has(k));
  if (unknown.length > 0) {
    throw new ApiError(404, 'NotFound', `No actor or topic has the id ${unknown.map((k) => `"${k}"`).join(', ')}.`, { unknown });
  }
  return keys.map((k) => found.get(k) ?? '');
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
  return summary;
}

const KIND_FILTER = `($kind IS NULL OR ($kind = 'topic' AND n:Topic) OR (n:Actor AND n.kind = $kind))`;

/** Search by name or alias; without `q`, actors and topics in name order. */
export async function searchActors(query: ActorSearchQuery): Promise<ActorHit[]> {
  const lucene = luceneQuery(query.q);
  const params = { kind: query.kind ?? null, limit: neo4j.int(query.limit) };
  return read(async (tx) => {
    const result = lucene
      ? await tx.run(
          `CALL db.index.fulltext.queryNodes('actor_names', $lucene) YIELD node AS n, score
           WHERE ${KIND_FILTER}
           // An exact name or alias beats any partial match.
           WITH n, score + CASE WHEN toLower(n.name) = $exact OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = $exact) THEN 100.0 ELSE 0.0 END AS score
           RETURN n, score ORDER BY score DESC, n.name LIMIT $limit`,
          { ...params, lucene, exact: query.q.trim().toLowerCase() },
        )
      : await tx.run(
          `MATCH (n) WHERE (n:Actor OR n:Topic) AND ${KIND_FILTER}
           RETURN n, 0.0 AS score ORDER BY n.name LIMIT $limit`,
          params,
        );
    return result.records.map((record) => ({ ...toActorSummary(nodeToJson(record.get('n'))), score: Number(record.get('score')) }));
  });
}

async function actorWithStances(tx: ManagedTransaction, id: string): Promise<ActorDetailResponse | null> {
  const result = await tx.run(
    `WITH $id AS key
     ${NODES_BY_KEY}
     OPTIONAL MATCH (n)-[s]-(other) WHERE s.polarity IS NOT NULL AND (other:Actor OR other:Topic)
     RETURN n, s, other`,
    { id },
  );
  const first = result.records[0];
  if (!first) return null;
  const actorNode = nodeToJson(first.get('n'));
  const { graph } = recordsToGraph(result.records);
  const elements = toElements(graph, await sourcesFor(tx, graph));
  const nodes = new Map(elements.nodes.map((n) => [n.data.id, n.data]));
  const stances: ActorDetailResponse['stances'] = { positive: [], negative: [], neutral: [] };
  for (const { data } of elements.edges) {
    const direction = data.source === actorNode.elementId ? 'out' : 'in';
    const other = nodes.get(direction === 'out' ? data.target : data.source);
    if (!other) continue;
    const view = stanceView(data, direction, other);
    (data.polarity === 1 ? stances.positive : data.polarity === -1 ? stances.negative : stances.neutral).push(view);
  }
  for (const list of Object.values(stances)) list.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return { actor: toActorSummary(actorNode), stances };
}

function stanceView(edge: EdgeData, direction: 'out' | 'in', other: NodeData): StanceView {
  const view: StanceView = {
    id: typeof edge.properties.id === 'string' ? edge.properties.id : edge.id,
    elementId: edge.id,
    kind: edge.type,
    polarity: edge.polarity,
    direction,
    other: { id: other.key ?? other.id, name: other.label, kind: other.kind, elementId: other.id },
    date: edge.date ?? '',
    // The loader always writes a certainty; data written by hand without one counts as reported.
    certainty: edge.certainty ?? 'reported',
    evidence: edge.evidence,
  };
  if (edge.until) view.until = edge.until;
  if (typeof edge.properties.note === 'string' && edge.properties.note.length > 0) view.note = edge.properties.note;
  return view;
}

/** The actor (or topic) with its stances; 404 when no actor or topic has this id. */
export async function getActor(id: string): Promise<ActorDetailResponse> {
  const actor = await read((tx) => actorWithStances(tx, id));
  if (!actor) throw new ApiError(404, 'NotFound', `No actor or topic has the id "${id}".`);
  return actor;
}
