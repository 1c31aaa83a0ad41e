/**
 * `npm run bench:scale` (issue #16): the explorer's API on a million stances. Writes the synthetic
 * spreadsheet of `bench:import` (BENCH_STANCES rows, default 1,000,000, between BENCH_ACTORS
 * actors, default 50,000), loads it with the project's importer (graph/import/spreadsheet.ts into
 * graph/datasets/load.ts, the path a user's file takes) into an isolated Neo4j, then times each call the
 * explorer makes against its raw queries (scripts/benchRoutes.ts) and prints them beside the
 * issue's targets; then `bench:ui` at 7,000 and 20,000 elements. Prints figures; asserts nothing.
 *
 * BENCH_KEEP_SERVER=1 leaves the loaded server up (its URI and folder are printed);
 * BENCH_SCALE_URI=bolt://… (with BENCH_SCALE_PASSWORD) measures a server kept that way without
 * loading again. BENCH_UI=0 skips the canvas part.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { closeDriver, getDriver } from '@/graph/db/driver';
import { loadImport } from '@/graph/datasets/load';
import { spreadsheetImporter } from '@/graph/import/spreadsheet';
import { writeBenchSpreadsheet } from '@/scripts/benchImportData';
import { measureRoute, recordQueries, routeTable, type RouteCase } from '@/scripts/benchRoutes';
import { LARGE_ACTORS as ACTORS, LARGE_STANCES as STANCES, loadAverage as load, root, runBench, seconds, startLargeNeo4j, type LargeNeo4j } from '@/scripts/benchUtil';
import actorsRoute from '@/pages/api/actors/index';
import actorRoute from '@/pages/api/actors/[id]';
import graphRoute from '@/pages/api/graph';
import pathsRoute from '@/pages/api/paths';
import stancesRoute from '@/pages/api/stances/index';
import datasetsRoute from '@/pages/api/datasets/index';
import sourcesRoute from '@/pages/api/sources/index';

const USER = 'neo4j';

interface Server {
  uri: string;
  password: string;
  /** Stops and removes the server, unless it was kept or is not ours. */
  close: () => Promise<void>;
}

/** A fresh Neo4j of the benchmark's own, in a git-ignored folder, loaded through the importer. */
async function loadedServer(): Promise<Server> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stance-bench-scale-'));
  let server: LargeNeo4j | null = null;
  try {
    const file = path.join(tmp, 'stances.csv');
    let t = performance.now();
    const sheet = await writeBenchSpreadsheet(file, STANCES, ACTORS);
    console.log(`Wrote ${sheet.rows.toLocaleString('en')} rows (${sheet.actors.toLocaleString('en')} actors, ${sheet.sources} sources, ${(sheet.bytes / 2 ** 20).toFixed(0)} MiB) in ${seconds(performance.now() - t)}`);
    t = performance.now();
    server = await startLargeNeo4j('bench-scale');
    console.log(`Neo4j up at ${server.uri} (${server.dir}) in ${seconds(performance.now() - t)}`);
    Object.assign(process.env, { NEO4J_URI: server.uri, NEO4J_USER: USER, NEO4J_PASSWORD: server.password });
    t = performance.now();
    const report = await loadImport(await spreadsheetImporter(file, { dataset: 'bench' }));
    console.log(`Imported ${report.stances.toLocaleString('en')} stances and ${report.actors.toLocaleString('en')} actors in ${seconds(performance.now() - t)}; load average ${load()}`);
    return server;
  } catch (error) {
    await server?.close();
    throw error;
  } finally {
    // The spreadsheet is only read while loading.
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** The actors the cases ask about: the largest hub (from the maintained ranking), a typical one, and 50 of the hub's stances. */
async function subjects(driver: Driver) {
  const { records } = await driver.executeQuery(
    `MATCH (a:Actor) WITH a ORDER BY a.stanceCount DESC
     WITH collect({id: a.id, name: a.name, stances: a.stanceCount}) AS ranked
     RETURN ranked[0] AS hub, ranked[size(ranked) / 4] AS typical, ranked[size(ranked) / 2] AS small`,
    {},
    { routing: neo4j.routing.READ },
  );
  type Ranked = { id: string; name: string; stances: unknown };
  const [hub, typical, small] = ['hub', 'typical', 'small'].map((key) => records[0]?.get(key) as Ranked | undefined);
  if (!hub || !typical || !small) throw new Error('The benchmark graph has no actors: nothing to measure.');
  const stances = await driver.executeQuery('MATCH (:Actor {id: $id})-[r]-() RETURN elementId(r) AS id LIMIT 50', { id: hub.id });
  return { hub, typical, small, evidenceIds: stances.records.map((r) => r.get('id') as string) };
}

function canvasFigures(): void {
  console.log(`\nbench:ui at 7,000 and 20,000 elements; load average ${load()}`);
  const ui = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'scripts', 'bench-ui.ts')], {
    cwd: root,
    env: { ...process.env, BENCH_UI_SIZES: process.env.BENCH_UI_SIZES ?? '7000,20000' },
    stdio: 'inherit',
  });
  if (ui.status !== 0) console.log(`bench:ui exited with ${ui.status}`);
}

async function main(): Promise<void> {
  const started = performance.now();
  console.log(`${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; load average ${load()}`);
  // The benchmark loads into its own server: never let it reach one named by NEO4J_URI.
  const kept = process.env.BENCH_SCALE_URI;
  delete process.env.NEO4J_URI;
  const server: Server = kept
    ? { uri: kept, password: process.env.BENCH_SCALE_PASSWORD ?? 'stance-graph-bench', close: async () => {} }
    : await loadedServer();
  Object.assign(process.env, { NEO4J_URI: server.uri, NEO4J_USER: USER, NEO4J_PASSWORD: server.password });
  const rawDriver = neo4j.driver(server.uri, neo4j.auth.basic(USER, server.password));
  try {
    const { hub, typical, small, evidenceIds } = await subjects(rawDriver);
    console.log(`Hub ${hub.id} (${String(hub.stances)} stances), typical ${typical.id} (${String(typical.stances)}), small ${small.id} (${String(small.stances)})`);
    recordQueries(getDriver());
    const prefix = typical.name.slice(0, 4);
    const cases: RouteCase[] = [
      { name: 'first whole-graph view: GET /api/graph?limit=300', handler: graphRoute, call: { query: { limit: '300' } }, iterations: 20, targetMs: 300, targetBytes: 500_000 },
      { name: 'hub neighbourhood: GET /api/graph?focus=hub&depth=1', handler: graphRoute, call: { query: { focus: hub.id, depth: '1' } }, iterations: 10 },
      { name: 'typical actor: GET /api/graph?focus=typical&depth=1', handler: graphRoute, call: { query: { focus: typical.id, depth: '1' } }, iterations: 30 },
      { name: 'typical actor detail: GET /api/actors/[id]', handler: actorRoute, call: { query: { id: typical.id } }, iterations: 50 },
      { name: 'hub detail, first page: GET /api/actors/[id]', handler: actorRoute, call: { query: { id: hub.id } }, iterations: 50, targetMs: 100 },
      { name: `search: GET /api/actors?q=${prefix}&limit=8`, handler: actorsRoute, call: { query: { q: prefix, limit: '8' } }, iterations: 50, targetMs: 50 },
      { name: 'search, whole name: GET /api/actors?q=…&limit=8', handler: actorsRoute, call: { query: { q: typical.name, limit: '8' } }, iterations: 50, targetMs: 50 },
      { name: 'paths: GET /api/paths?from=typical&to=small&max=4', handler: pathsRoute, call: { query: { from: typical.id, to: small.id, max: '4' } }, iterations: 30 },
      { name: 'data sets listed: GET /api/datasets', handler: datasetsRoute, call: {}, iterations: 30 },
      { name: 'what the sources cover: GET /api/sources', handler: sourcesRoute, call: {}, iterations: 30 },
      { name: `evidence of ${evidenceIds.length} stances: GET /api/stances?ids=…`, handler: stancesRoute, call: { query: { ids: evidenceIds.join(',') } }, iterations: 50 },
    ];
    const only = process.env.BENCH_CASES ? new RegExp(process.env.BENCH_CASES) : null;
    const rows = [];
    for (const c of cases.filter((x) => !only || only.test(x.name))) {
      const r = await measureRoute(c, rawDriver);
      rows.push(r);
      console.log(`${r.name}: api p50 ${r.apiP50.toFixed(1)} ms, raw p50 ${r.rawP50.toFixed(1)} ms, ${(r.bytes / 1024).toFixed(0)} KiB; load average ${load()}`);
    }
    console.log(`\n${STANCES.toLocaleString('en')} rows between ${ACTORS.toLocaleString('en')} actors; load average ${load()}\n`);
    console.log(routeTable(rows));
  } finally {
    await rawDriver.close();
    await closeDriver();
    await server.close();
  }
  if (process.env.BENCH_UI !== '0') canvasFigures();
  console.log(`\nTotal run ${seconds(performance.now() - started)}`);
}

runBench(main);
