/**
 * How the loader (graph/datasets/load.ts) writes stances: the two queries, one that merges a row
 * (graph/import/stanceRow.ts) into whatever the graph holds and one that only creates.
 *
 * Most stances of a load are met once, in a data set the graph does not hold yet (every first
 * load, every GDELT or spreadsheet import of a new data set). Those need no `MERGE`: nothing can
 * be there to find, so they go through `createStancesQuery`, which neither looks for the
 * relationship nor reads its evidence back (about twice as fast, docs/benchmarks.md). Everything
 * else (a reload, a rerun after an interruption, a stance whose records are spread over several
 * batches) goes through `stanceQuery`, which merges.
 */
import { staticKind, type StanceKind } from '@/graph/model/schema';

/** Indices of the row's evidence that the stance `r` does not hold yet. */
const NOT_YET_STORED = `[i IN range(0, size(row.quotes) - 1) WHERE NOT any(j IN range(0, size(r.quotes) - 1)
       WHERE r.quotes[j] = row.quotes[i] AND r.sourceIds[j] = row.sourceIds[i] AND coalesce(r.eventIds[j], '') = row.eventIds[i])]`;

/** The stance's own properties, as both queries set them (rows carry JSON values: numbers, date strings). */
const SCALARS = `r.polarity = toInteger(row.polarity), r.date = date(row.date),
    r.until = CASE WHEN row.until IS NULL THEN null ELSE date(row.until) END,
    r.certainty = row.certainty, r.note = row.note,
    r.eventCount = CASE WHEN row.eventCount IS NULL THEN null ELSE toInteger(row.eventCount) END,
    r.lastSeen = CASE WHEN row.lastSeen IS NULL THEN null ELSE date(row.lastSeen) END`;

/**
 * One stance record. A stance is keyed by its id *within its data set*, so two data sets may hold
 * the same pair's stance side by side. A record whose stance this run has already written adds
 * the evidence it does not have yet (which also makes rerunning an interrupted load harmless).
 */
const MERGE_QUERY_TEMPLATE = `
UNWIND $rows AS row
MATCH (a:Actor {id: row.from})
MATCH (b:__TARGET__ {id: row.to})
MERGE (a)-[r:__KIND__ {id: row.id, dataset: $dataset}]->(b)
WITH a, b, r, row, r.polarity IS NULL AS added
WITH a, b, r, row, added, coalesce(r.run = $run, false) AS again, r.hash = row.hash AS same
WITH a, b, r, row, again, added, same,
     CASE WHEN again THEN ${NOT_YET_STORED} ELSE range(0, size(row.quotes) - 1) END AS fresh
SET ${SCALARS},
    r.quotes = CASE WHEN again THEN r.quotes ELSE [] END + [i IN fresh | row.quotes[i]],
    r.sourceIds = CASE WHEN again THEN r.sourceIds ELSE [] END + [i IN fresh | row.sourceIds[i]],
    r.quoteStarts = CASE WHEN again THEN r.quoteStarts ELSE [] END + [i IN fresh | toInteger(row.quoteStarts[i])],
    r.quoteEnds = CASE WHEN again THEN r.quoteEnds ELSE [] END + [i IN fresh | toInteger(row.quoteEnds[i])],
    r.eventIds = CASE WHEN again THEN r.eventIds ELSE [] END + [i IN fresh | row.eventIds[i]],
    r.hash = CASE WHEN again THEN r.hash ELSE row.hash END,
    r.run = $run
RETURN sum(CASE WHEN added THEN 1 ELSE 0 END) AS added,
       sum(CASE WHEN NOT added AND NOT again AND NOT coalesce(same, false) THEN 1 ELSE 0 END) AS updated,
       sum(CASE WHEN NOT added AND NOT again AND coalesce(same, false) THEN 1 ELSE 0 END) AS unchanged,
       sum(CASE WHEN again THEN 1 ELSE 0 END) AS merged`;

/**
 * The stance query for one kind and kind of target, both static (the target's label lets Neo4j
 * find it through its id constraint without trying both labels on every row). The kind is a static relationship type. With a dynamic type
 * (`$(row.kind)`) Neo4j 5.26 plans the MERGE as a scan of every relationship in the database, so a
 * load would take time quadratic in its size; with a static type it expands between the two bound
 * actors (`Expand(Into)`; tests/integration/datasets.test.ts checks the plan). The type comes from
 * the fixed list of stance kinds in graph/model/schema.ts, never from input: rows carry a kind that the
 * schema has already checked against the same list, and the loader groups them by it.
 */
export function stanceQuery(kind: StanceKind, target: 'Actor' | 'Topic'): string {
  return MERGE_QUERY_TEMPLATE.replace('__KIND__', staticKind(kind)).replace('__TARGET__', target === 'Topic' ? 'Topic' : 'Actor');
}

/**
 * Stances the graph cannot hold yet (a data set new to it, ids met once in the file): created
 * without looking. The type is dynamic (`$(row.kind)`, a parameter the schema checked): the scan
 * that a dynamic type costs `MERGE` does not arise for `CREATE`, which looks nothing up, so one
 * query serves every kind. The target's label is static, as in `stanceQuery`.
 */
export function createStancesQuery(target: 'Actor' | 'Topic'): string {
  return `
UNWIND $rows AS row
MATCH (a:Actor {id: row.from})
MATCH (b:${target === 'Topic' ? 'Topic' : 'Actor'} {id: row.to})
CREATE (a)-[r:$(row.kind) {id: row.id, dataset: $dataset}]->(b)
SET ${SCALARS},
    r.quotes = row.quotes, r.sourceIds = row.sourceIds,
    r.quoteStarts = [x IN row.quoteStarts | toInteger(x)], r.quoteEnds = [x IN row.quoteEnds | toInteger(x)],
    r.eventIds = row.eventIds, r.hash = row.hash, r.run = $run
RETURN count(r) AS added`;
}

/**
 * Further records of a stance this load created in an earlier batch (a fresh load only): the
 * evidence it lacks is appended and its properties follow the record, as `stanceQuery` does for a
 * stance met again. The relationship is found between its two ends by id without naming its type
 * (checked in the WHERE), so one query text serves every kind and Neo4j plans it once. Both ends
 * are sought by id (the hints: left to itself the planner seeks one and walks from it, over every
 * relationship of a hub), then the relationship is an `Expand(Into)` between them
 * (tests/integration/load-paths.test.ts).
 */
export function appendEvidenceQuery(target: 'Actor' | 'Topic'): string {
  return `
UNWIND $rows AS row
MATCH (a:Actor {id: row.from}) USING INDEX a:Actor(id)
MATCH (b:${target === 'Topic' ? 'Topic' : 'Actor'} {id: row.to}) USING INDEX b:${target === 'Topic' ? 'Topic' : 'Actor'}(id)
MATCH (a)-[r {id: row.id, dataset: $dataset}]->(b)
WHERE type(r) = row.kind
WITH r, row, ${NOT_YET_STORED} AS fresh
SET ${SCALARS},
    r.quotes = r.quotes + [i IN fresh | row.quotes[i]],
    r.sourceIds = r.sourceIds + [i IN fresh | row.sourceIds[i]],
    r.quoteStarts = r.quoteStarts + [i IN fresh | toInteger(row.quoteStarts[i])],
    r.quoteEnds = r.quoteEnds + [i IN fresh | toInteger(row.quoteEnds[i])],
    r.eventIds = r.eventIds + [i IN fresh | row.eventIds[i]]
RETURN count(r) AS merged`;
}
