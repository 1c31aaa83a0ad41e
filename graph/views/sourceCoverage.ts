/**
 * What the data's sources cover (`/api/sources`): how many there are, who published them, how
 * many are unattributed, and the dates they span, so the explorer can say "5 sources (BBC News,
 * The Telegraph, ...), 25 January to 11 May 2019" and a count is not read as the full story.
 * Aggregated in Neo4j: the answer stays small however many sources a data set has.
 */
import { transactions } from '@/graph/db/driver';
import { PUBLISHERS_LISTED, type SourceCoverage } from '@/graph/views/sourceTypes';

const { read } = transactions('view');

/**
 * Sources of the data sets asked for (all when none): listed in the source's `datasets` (the
 * loader writes it) or, for data loaded before those lists, cited by a stance of one of them.
 */
const COVERAGE = `MATCH (s:Source)
  WHERE size($datasets) = 0 OR any(d IN coalesce(s.datasets, []) WHERE d IN $datasets)
    // The scan of stances is only for sources loaded before they listed their data sets.
    OR (s.datasets IS NULL AND EXISTS { MATCH (:Actor)-[r]->() WHERE r.dataset IN $datasets AND s.id IN coalesce(r.sourceIds, []) })
  WITH s, coalesce(s.publisher, '') AS publisher
  WITH count(s) AS sources, min(s.date) AS first, max(s.date) AS last,
       sum(CASE WHEN toLower(publisher) CONTAINS 'unattributed' THEN 1 ELSE 0 END) AS unattributed,
       collect(publisher) AS publishers
  CALL (publishers) {
    UNWIND publishers AS publisher
    WITH publisher, count(*) AS n WHERE publisher <> ''
    RETURN collect({publisher: publisher, sources: n}) AS counts
  }
  RETURN sources, toString(first) AS firstDate, toString(last) AS lastDate, unattributed, counts`;

export async function sourceCoverage(datasets: readonly string[] = []): Promise<SourceCoverage> {
  return read(async (tx) => {
    const record = (await tx.run(COVERAGE, { datasets: [...datasets] })).records[0];
    const counts = ((record?.get('counts') as { publisher: string; sources: unknown }[] | undefined) ?? [])
      .map((c) => ({ publisher: c.publisher, sources: Number(c.sources) }))
      .sort((a, b) => b.sources - a.sources || a.publisher.localeCompare(b.publisher));
    return {
      sources: Number(record?.get('sources') ?? 0),
      publishers: counts.slice(0, PUBLISHERS_LISTED),
      publisherCount: counts.length,
      unattributed: Number(record?.get('unattributed') ?? 0),
      firstDate: (record?.get('firstDate') as string | null | undefined) ?? null,
      lastDate: (record?.get('lastDate') as string | null | undefined) ?? null,
    };
  });
}
