/**
 * Reads the stances in view for the signed-network analysis (`/api/analysis`) as plain arrays:
 * the same filters as the explorer (graph/views/stanceFilter.ts):
 * stance kinds, polarity, certainty, the date range a stance overlaps, actor kinds at both ends
 * (a topic counts as kind `topic`), data sets; plus the stances in force on one day (`at`), and
 * everything taken on or before a day (`onOrBefore`, for the diff, which splits by day itself).
 * graph/analysis/ computes on what this returns and never sees Neo4j.
 */
import { transactions } from '@/graph/db/driver';
import { endKindPasses, STANCE_FILTER, stanceFilterParams } from '@/graph/views/stanceFilter';
import type { AnalysisActor, AnalysisQuery, AnalysisStance } from '@/graph/analysis/analysisTypes';
import type { Polarity } from '@/graph/model/schema';

const { read } = transactions('analysis');

export type ViewFilters = Partial<Pick<AnalysisQuery, 'kinds' | 'polarity' | 'certainty' | 'from' | 'to' | 'actorKinds' | 'dataset' | 'at'>> & {
  onOrBefore?: string;
};

export interface StancesInView {
  stances: AnalysisStance[];
  /** Every actor with a stance in view (either end). */
  actors: AnalysisActor[];
  /** Names of the topics stances in view point at, by id. */
  topics: Record<string, string>;
}

/** The views' one stance filter (without focus: the analysis has none), plus the analysis's own: in force on `at`, taken on or before `onOrBefore`. */
const IN_VIEW = `${STANCE_FILTER} AND (b:Actor OR b:Topic)
  AND ($at IS NULL OR (r.date <= date($at) AND (r.until IS NULL OR r.until >= date($at))))
  AND ($onOrBefore IS NULL OR r.date <= date($onOrBefore))
  AND ${endKindPasses('a')} AND ${endKindPasses('b')}`;

export async function readStancesInView(filters: ViewFilters): Promise<StancesInView> {
  const params = {
    ...stanceFilterParams(filters),
    at: filters.at ?? null,
    onOrBefore: filters.onOrBefore ?? null,
  };
  return read(async (tx) => {
    const rows = await tx.run(
      `MATCH (a:Actor)-[r]->(b) WHERE ${IN_VIEW}
       RETURN coalesce(r.id, elementId(r)) AS id, a.id AS from, b.id AS to, b:Topic AS toTopic, type(r) AS kind,
              toFloat(r.polarity) AS polarity, toString(r.date) AS date, toString(r.until) AS until`,
      params,
    );
    const stances: AnalysisStance[] = rows.records.map((record) => {
      const until = record.get('until') as string | null;
      return {
        id: record.get('id') as string,
        from: record.get('from') as string,
        to: record.get('to') as string,
        toTopic: record.get('toTopic') as boolean,
        kind: record.get('kind') as string,
        polarity: Math.sign(record.get('polarity') as number) as Polarity,
        date: record.get('date') as string,
        ...(until === null ? {} : { until }),
      };
    });
    const ids = [...new Set(stances.flatMap((s) => (s.toTopic ? [s.from] : [s.from, s.to])))];
    const actorRows = await tx.run('MATCH (a:Actor) WHERE a.id IN $ids RETURN a.id AS id, a.name AS name, a.kind AS kind', { ids });
    const actors = actorRows.records.map((record) => ({
      id: record.get('id') as string,
      name: (record.get('name') as string | null) ?? (record.get('id') as string),
      kind: (record.get('kind') as string | null) ?? 'actor',
    }));
    const topicIds = [...new Set(stances.filter((s) => s.toTopic).map((s) => s.to))];
    const topicRows = topicIds.length === 0 ? [] : (await tx.run('MATCH (t:Topic) WHERE t.id IN $topicIds RETURN t.id AS id, t.name AS name', { topicIds })).records;
    const topics: Record<string, string> = Object.fromEntries(topicRows.map((record) => [record.get('id') as string, (record.get('name') as string | null) ?? (record.get('id') as string)]));
    return { stances, actors, topics };
  });
}
