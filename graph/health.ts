import { getDriver, read } from '@/graph/driver';
import { ApiError, describeNeo4jError } from '@/graph/errors';

export interface Health {
  app: 'ok';
  neo4j: 'ok';
  server: string;
  dataset: { id: string; title: string; version: string } | null;
  actors: number;
  stances: number;
}

/** Pings Neo4j and counts the data; throws a 503 ApiError when Neo4j does not answer. */
export async function health(): Promise<Health> {
  try {
    const info = await getDriver().getServerInfo();
    const counts = await read(async (tx) => {
      const result = await tx.run(
        `OPTIONAL MATCH (d:Dataset) WITH d ORDER BY d.id LIMIT 1
         CALL () { MATCH (a:Actor) RETURN count(a) AS actors }
         CALL () { MATCH (:Actor)-[s]->() WHERE s.polarity IS NOT NULL RETURN count(s) AS stances }
         RETURN d {.id, .title, .version} AS dataset, actors, stances`,
      );
      const record = result.records[0];
      return {
        dataset: (record?.get('dataset') as Health['dataset']) ?? null,
        actors: record?.get('actors').toNumber() ?? 0,
        stances: record?.get('stances').toNumber() ?? 0,
      };
    });
    return { app: 'ok', neo4j: 'ok', server: info.agent ?? 'Neo4j', ...counts };
  } catch (error) {
    const apiError = describeNeo4jError(error);
    throw apiError.status === 503 ? apiError : new ApiError(503, 'Neo4jUnavailable', `Neo4j answered with an error: ${apiError.message}`);
  }
}
