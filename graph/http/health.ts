import { z } from 'zod';
import { getDriver, read } from '@/graph/db/driver';
import { IS_DATA_NODE } from '@/graph/db/appNodes';
import { ApiError, describeNeo4jError } from '@/graph/http/errors';

export const DatasetSummary = z.object({
  id: z.string(),
  title: z.string(),
  version: z.string().nullable(),
  /** Stances that belong to this data set. */
  stances: z.number().int(),
  /** False while its load runs, or when a load was cut short (run it again to finish it). */
  complete: z.boolean(),
});
export type DatasetSummary = z.infer<typeof DatasetSummary>;

export const Health = z.object({
  app: z.literal('ok'),
  neo4j: z.literal('ok'),
  server: z.string(),
  /** The data sets loaded, by id, each with its number of stances; empty on a graph without one. */
  datasets: z.array(DatasetSummary),
  actors: z.number().int(),
  stances: z.number().int(),
  /** Every node but the app's own (graph/db/appNodes.ts): tells a foreign graph (nodes, no data set) from an empty one. */
  nodes: z.number().int(),
});
export type Health = z.infer<typeof Health>;

/** Pings Neo4j and counts the data; throws a 503 ApiError when Neo4j does not answer. */
export async function health(): Promise<Health> {
  try {
    const info = await getDriver().getServerInfo();
    const counts = await read(async (tx) => {
      const result = await tx.run(
        `CALL () {
           OPTIONAL MATCH (d:Dataset)
           CALL (d) { OPTIONAL MATCH (:Actor)-[s {dataset: d.id}]->() RETURN count(s) AS stances }
           WITH d, stances ORDER BY d.id
           RETURN collect(CASE WHEN d IS NULL THEN null ELSE d {.id, .title, .version, complete: coalesce(d.complete, true), stances: stances} END) AS datasets
         }
         CALL () { MATCH (a:Actor) RETURN count(a) AS actors }
         CALL () { MATCH (:Actor)-[s]->() WHERE s.polarity IS NOT NULL RETURN count(s) AS stances }
         CALL () { MATCH (n) WHERE ${IS_DATA_NODE} RETURN count(n) AS nodes }
         RETURN datasets, actors, stances, nodes`,
      );
      const record = result.records[0];
      const datasets = ((record?.get('datasets') as Record<string, unknown>[] | undefined) ?? []).map((d) => ({
        ...d,
        version: d.version ?? null,
        stances: (d.stances as { toNumber(): number }).toNumber(),
      }));
      return {
        datasets,
        actors: record?.get('actors').toNumber() ?? 0,
        stances: record?.get('stances').toNumber() ?? 0,
        nodes: record?.get('nodes').toNumber() ?? 0,
      };
    });
    return Health.parse({ app: 'ok', neo4j: 'ok', server: info.agent ?? 'Neo4j', ...counts });
  } catch (error) {
    const apiError = describeNeo4jError(error);
    throw apiError.status === 503 ? apiError : new ApiError(503, 'Neo4jUnavailable', `Neo4j answered with an error: ${apiError.message}`);
  }
}
