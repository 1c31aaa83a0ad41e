/**
 * The one stance filter of every view (`/api/graph`, `/api/paths`, `/api/analysis` and its
 * timeline): kinds, polarity, certainty, the period a stance overlaps, data sets, and the actor
 * kinds at its ends. Written once here so a chain, an analysis and the map around them always
 * answer the same question. The Cypher takes only parameters; the variable names passed in are
 * fixed names from the calling query, never user text.
 */
import neo4j from 'neo4j-driver';
import type { GraphQuery } from '@/graph/views/viewTypes';

export type FilterParams = Record<string, unknown>;

/**
 * A stance `r` that passes the filters on the stance itself. A stance counts for a period when it
 * overlaps it: taken on or before `to`, and lasting (`until`, else its date) to `from`.
 */
export const STANCE_FILTER = `r.polarity IS NOT NULL
  AND ($kinds IS NULL OR type(r) IN $kinds)
  AND ($polarity IS NULL OR r.polarity IN $polarity)
  AND ($certainty IS NULL OR r.certainty IN $certainty)
  AND ($from IS NULL OR coalesce(r.until, r.date) >= date($from))
  AND ($to IS NULL OR r.date <= date($to))
  AND ($datasets IS NULL OR r.dataset IN $datasets)`;

/**
 * The actor-kind filter on one end `node` of a stance (a topic counts as kind `topic`). `exempt`,
 * a Cypher condition, lets an end through whatever its kind: the focus of a view, the far end of
 * a chain, the actors the user asked about.
 */
export function endKindPasses(node: 'a' | 'b' | 'n', exempt?: string): string {
  const kind = `(CASE WHEN ${node}:Topic THEN 'topic' ELSE ${node}.kind END) IN $actorKinds`;
  return `($actorKinds IS NULL OR ${exempt ? `${exempt} OR ` : ''}${kind})`;
}

/** The filters as Cypher parameters (null: no filter); every view passes the same. */
export function stanceFilterParams(query: Pick<GraphQuery, 'kinds' | 'polarity' | 'certainty' | 'from' | 'to' | 'actorKinds' | 'dataset'>): FilterParams {
  return {
    kinds: query.kinds ?? null,
    polarity: query.polarity?.map((p) => neo4j.int(p)) ?? null,
    certainty: query.certainty ?? null,
    from: query.from ?? null,
    to: query.to ?? null,
    actorKinds: query.actorKinds ?? null,
    datasets: query.dataset ?? null,
    focus: [],
  };
}
