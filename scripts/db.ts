/**
 * `npm run db:start | db:stop | db:status | db:install`: the local Neo4j server.
 * Honors NEO4J_LOCAL_PORT, NEO4J_LOCAL_DIR and NEO4J_PASSWORD; with NEO4J_URI set there is nothing to run.
 */
import neo4j from 'neo4j-driver';
import { boltUri, parseEnv } from '@/graph/db/env';
import { install, LocalNeo4jError, NEO4J_VERSION, runningPid, start, stop } from '@/scripts/neo4j-local';

async function main(command: string | undefined): Promise<void> {
  const env = parseEnv();
  const local = { dir: env.NEO4J_LOCAL_DIR, port: env.NEO4J_LOCAL_PORT, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD };
  switch (command) {
    case 'install':
      install(local.dir);
      console.log(`Neo4j ${NEO4J_VERSION} jars are in ${local.dir}/lib.`);
      return;
    case 'start':
      if (env.NEO4J_URI) {
        console.log(`NEO4J_URI is set (${env.NEO4J_URI}): using that server, starting nothing.`);
        return;
      }
      console.log((await start(local)) ? `Neo4j ${NEO4J_VERSION} is up on ${boltUri(env)}.` : `Neo4j was already running on ${boltUri(env)}.`);
      return;
    case 'stop':
      console.log((await stop(local.dir)) ? 'Neo4j stopped.' : `No local Neo4j is running from ${local.dir}.`);
      return;
    case 'status': {
      const pid = runningPid(local.dir);
      const driver = neo4j.driver(boltUri(env), neo4j.auth.basic(env.NEO4J_USER, env.NEO4J_PASSWORD), { connectionTimeout: 3000 });
      try {
        const info = await driver.getServerInfo();
        console.log(`Neo4j answers on ${boltUri(env)} (${info.agent ?? 'unknown version'})${pid ? `, local pid ${pid}` : ''}.`);
      } catch (error) {
        console.log(`Neo4j does not answer on ${boltUri(env)}: ${(error as Error).message.split('\n')[0]}${pid ? ` (local pid ${pid} is running)` : ''}.`);
        process.exitCode = 1;
      } finally {
        await driver.close();
      }
      return;
    }
    default:
      throw new LocalNeo4jError('Usage: tsx scripts/db.ts start|stop|status|install');
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof LocalNeo4jError ? `Error: ${error.message}` : error);
  process.exit(1);
});
