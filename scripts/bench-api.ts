/**
 * `npm run bench:api`: latency of the Graph API against the same Cypher run directly through
 * neo4j-driver, on a synthetic graph (10k actors, 100k stances) in an isolated Neo4j.
 *
 * API side: each route handler called in-process through tests/support/callRoute (zod parsing,
 * graph/ function, mapping to elements, JSON). Raw side: the very queries that call sent (recorded
 * by wrapping the transaction), replayed in one read transaction on a separate driver, records
 * only collected. For /api/cypher the raw side is the user's query alone, so the EXPLAIN safety
 * check counts as API overhead. Prints p50/p95 and the p50 ratio; nothing is asserted.
 */
import neo4j from 'neo4j-driver';
import { getDriver } from '@/graph/db/driver';
import { syntheticGraph, writeSyntheticGraph } from '@/scripts/syntheticGraph';
import { measureRoute, recordQueries, routeTable, type RouteCase } from '@/scripts/benchRoutes';
import { runBench, withTestNeo4j } from '@/scripts/benchUtil';
import actorsRoute from '@/pages/api/actors/index';
import actorRoute from '@/pages/api/actors/[id]';
import graphRoute from '@/pages/api/graph';
import pathsRoute from '@/pages/api/paths';
import cypherRoute from '@/pages/api/cypher';
import schemaRoute from '@/pages/api/schema';

const ACTORS = Number(process.env.BENCH_ACTORS ?? 10_000);
const STANCES = Number(process.env.BENCH_STANCES ?? 100_000);

async function main(): Promise<void> {
  // Hundreds of console calls from one in-process "client": the per-minute limit would throttle them.
  process.env.RATE_LIMIT_CYPHER_PER_MINUTE = '0';
  const started = Date.now();
  // BENCH_KEEP_SERVER=1 leaves the server up (its URI is printed below) to profile queries.
  await withTestNeo4j('bench', async ({ server, rawDriver }) => {
    console.log(`Neo4j up at ${server.uri} after ${((Date.now() - started) / 1000).toFixed(0)} s; generating ${ACTORS} actors and ${STANCES} stances...`);
    const genStart = Date.now();
    await writeSyntheticGraph(rawDriver, syntheticGraph(ACTORS, STANCES));
    console.log(`Generated in ${((Date.now() - genStart) / 1000).toFixed(0)} s.`);
    recordQueries(getDriver());

    const degrees = await rawDriver.executeQuery(
      `MATCH (a:Actor) WITH a, COUNT { (a)-[]-() } AS degree ORDER BY degree DESC
       WITH collect(a.id) AS ids RETURN ids[0] AS hub, ids[size(ids) / 4] AS typical, ids[size(ids) / 2] AS small`,
      {},
      { routing: neo4j.routing.READ },
    );
    const record = degrees.records[0];
    const hub = String(record?.get('hub'));
    const typical = String(record?.get('typical'));
    const small = String(record?.get('small'));
    const someName = (await rawDriver.executeQuery('MATCH (a:Actor {id: $id}) RETURN a.name AS name', { id: typical })).records[0]?.get('name') as string;
    const prefix = someName.split(' ')[0]?.slice(0, 4) ?? 'ma';
    const consoleQuery = 'MATCH (a:Actor)-[r:SUPPORTS]->(b:Actor) RETURN a, r, b LIMIT 200';
    const consoleTableQuery = 'MATCH (a:Actor)-[r:SUPPORTS]->(b:Actor) RETURN a.name AS actor, r.date AS since, b.name AS supports LIMIT 200';

    const cases: RouteCase[] = [
      { name: `GET /api/actors?q=${prefix}`, handler: actorsRoute, call: { query: { q: prefix } } },
      { name: `GET /api/actors?q=${someName}`, handler: actorsRoute, call: { query: { q: someName } } },
      { name: 'GET /api/actors/[id] (typical actor)', handler: actorRoute, call: { query: { id: typical } } },
      { name: 'GET /api/actors/[id] (hub actor)', handler: actorRoute, call: { query: { id: hub } }, iterations: 30 },
      { name: 'GET /api/graph?focus=typical&depth=1', handler: graphRoute, call: { query: { focus: typical, depth: '1' } } },
      { name: 'GET /api/graph?focus=small&depth=2', handler: graphRoute, call: { query: { focus: small, depth: '2' } }, iterations: 30 },
      { name: 'GET /api/graph?limit=300 (no focus)', handler: graphRoute, call: { query: { limit: '300' } }, iterations: 20 },
      { name: 'GET /api/graph?limit=300&kinds=SUPPORTS&from=2019-03-01', handler: graphRoute, call: { query: { limit: '300', kinds: 'SUPPORTS', from: '2019-03-01' } }, iterations: 20 },
      { name: 'GET /api/paths?from=typical&to=small&max=4', handler: pathsRoute, call: { query: { from: typical, to: small, max: '4' } } },
      { name: 'POST /api/cypher (200 rows a, r, b)', handler: cypherRoute, call: { method: 'POST', body: { query: consoleQuery } }, raw: [{ query: consoleQuery, params: {} }] },
      { name: 'POST /api/cypher (200 rows of names and dates)', handler: cypherRoute, call: { method: 'POST', body: { query: consoleTableQuery } }, raw: [{ query: consoleTableQuery, params: {} }] },
      { name: 'GET /api/schema', handler: schemaRoute, call: {}, iterations: 20 },
    ];

    const rows = [];
    // BENCH_CASES=regex measures only the matching endpoints (handy while profiling one).
    const only = process.env.BENCH_CASES ? new RegExp(process.env.BENCH_CASES) : null;
    for (const c of cases.filter((x) => !only || only.test(x.name))) {
      const r = await measureRoute(c, rawDriver);
      rows.push(r);
      console.log(`${r.name}: api p50 ${r.apiP50.toFixed(1)} ms, raw p50 ${r.rawP50.toFixed(1)} ms`);
    }
    console.log(`\n${ACTORS} actors, ${STANCES} stances; total run ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
    console.log(routeTable(rows));
  });
}

runBench(main);
