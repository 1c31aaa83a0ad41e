import { getDriver, transactions } from '@/graph/db/driver';
import { IS_DATA_NODE } from '@/graph/db/appNodes';
import { ApiError, describeNeo4jError } from '@/graph/http/errors';
import { Health } from '@/graph/http/healthTypes';

const { read } = transactions('health');

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
