/**
 * `npm run bench:import`: the project's spreadsheet import of a synthetic file (BENCH_STANCES rows,
 * default 1,000,000, between BENCH_ACTORS actors, default 50,000; scripts/benchImportData.ts) into
 * an isolated Neo4j, against Neo4j's own `LOAD CSV … CALL { … } IN TRANSACTIONS` on the same file,
 * then the explorer's API on the loaded graph. Prints figures; asserts nothing.
 *
 * The importer runs in a child process (`--child <file>`) so its peak RSS is its own. BENCH_BATCHES
 * (e.g. `2000,5000,10000`) runs it once per batch size, the graph emptied in between; unset, once
 * with the loader's DEFAULT_BATCH. BENCH_REFERENCE=0 / BENCH_API=0 skip those parts.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { closeDriver } from '@/graph/db/driver';
import { DEFAULT_BATCH, loadImport, type LoadReport } from '@/graph/datasets/load';
import { spreadsheetImporter } from '@/graph/import/spreadsheet';
import { ACTOR_KIND_LABELS, STANCE_KINDS } from '@/graph/model/schema';
import { writeBenchSpreadsheet } from '@/scripts/benchImportData';
import { elapsed, LARGE_ACTORS as ACTORS, LARGE_STANCES as STANCES, loadAverage as load, quantile, root, runBench, seconds, startLargeNeo4j, type LargeNeo4j } from '@/scripts/benchUtil';
import type { RouteCall } from '@/tests/support/callRoute';
import type { NextApiHandler } from 'next';

// The loader's own batch, so both commit as often.
const REFERENCE_ROWS = Number(process.env.BENCH_REFERENCE_ROWS ?? DEFAULT_BATCH);
const DATASET = 'bench';

interface ChildResult {
  ms: number;
  maxRssMB: number;
  /** Milliseconds from the start to the first written batch: the validation pass and the setup. */
  firstBatchMs: number;
  report: Omit<LoadReport, 'warnings' | 'skipped'>;
}

const perSecond = (n: number, ms: number) => Math.round((n / ms) * 1000).toLocaleString('en');

/** The child: one import through the project's loader, answered as JSON on the last line. */
async function child(file: string): Promise<void> {
  const batch = process.env.BENCH_BATCH ? Number(process.env.BENCH_BATCH) : undefined;
  const started = performance.now();
  let firstBatchMs = 0;
  const report = await loadImport(await spreadsheetImporter(file, { dataset: DATASET }), {
    batchSize: batch,
    onProgress: (written, total) => {
      if (firstBatchMs === 0) firstBatchMs = performance.now() - started;
      if (written === total || written % 200_000 < (batch ?? DEFAULT_BATCH)) process.stderr.write(`  ${written.toLocaleString('en')} / ${total.toLocaleString('en')} records\n`);
    },
  });
  const ms = performance.now() - started;
  await closeDriver();
  const { warnings, skipped, ...counts } = report;
  if (warnings.length > 0 || skipped.length > 0) process.stderr.write(`  warnings: ${warnings.length}, skipped: ${JSON.stringify(skipped)}\n`);
  const result: ChildResult = { ms, maxRssMB: process.resourceUsage().maxRSS / 1024, firstBatchMs, report: counts };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function runChild(file: string, env: NodeJS.ProcessEnv): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
    const proc = spawn(tsx, [__filename, '--child', file], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.on('data', (data: Buffer) => (out += data.toString()));
    proc.on('error', reject);
    proc.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !last.startsWith('{')) reject(new Error(`importer child exited with ${code}: ${out.slice(-2000)}`));
      else resolve(JSON.parse(last) as ChildResult);
    });
  });
}

/** Empties the graph (schema kept) in small transactions: a hub's relationships would not fit in one. */
async function emptyGraph(driver: Driver): Promise<void> {
  // A loop of small deletes: one `CALL { } IN TRANSACTIONS` over every relationship ran out of transaction memory at 100k.
  for (const query of ['MATCH ()-[r]->() WITH r LIMIT 5000 DELETE r RETURN count(*) AS n', 'MATCH (n) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS n']) {
    let deleted = 0;
    do {
      const { records } = await driver.executeQuery(query);
      deleted = Number(records[0]?.get('n') ?? 0);
    } while (deleted > 0);
  }
}

/**
 * The same work in Cypher alone: sources, actors with their kind label, and each row's stance
 * merged by its id in the data set with its properties and the row's quote appended.
 */
/**
 * The reference, written as a Neo4j user would: the same node MERGEs and property updates as the
 * loader, and one static relationship type per kind. A dynamic type (`[r:$(row.kind)]`) is
 * planned by Neo4j 5.26 as a scan of every relationship in the database for each MERGE, which made
 * an earlier reference run at 60 rows/s: a straw man. Cypher takes no parameter for a static type,
 * so each kind gets its own `FOREACH (_ IN CASE WHEN row.kind = '…' THEN [1] ELSE [] END | MERGE …)`,
 * written from the schema's fixed list.
 */
const STANCE_MERGE_PER_KIND = STANCE_KINDS.map(
  (kind) => `  FOREACH (_ IN CASE WHEN row.kind = '${kind}' THEN [1] ELSE [] END |
    MERGE (a)-[r:${kind} {id: stanceId, dataset: $dataset}]->(b)
    SET r.polarity = toInteger(row.polarity), r.date = date(row.date), r.certainty = row.certainty,
        r.quotes = coalesce(r.quotes, []) + row.quote, r.sourceIds = coalesce(r.sourceIds, []) + sourceId,
        r.quoteStarts = coalesce(r.quoteStarts, []) + (-1), r.quoteEnds = coalesce(r.quoteEnds, []) + (-1),
        r.eventIds = coalesce(r.eventIds, []) + '')`,
).join('\n');

const REFERENCE_QUERY = `
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  WITH row, toLower(replace(row.from, ' ', '-')) AS fromId, toLower(replace(row.to, ' ', '-')) AS toId,
       row.publisher + '|' + row.source_date + '|' + row.source_title AS sourceId
  MERGE (s:Source {id: sourceId})
    ON CREATE SET s.title = row.source_title, s.publisher = row.publisher, s.date = date(row.source_date), s.datasets = [$dataset]
  MERGE (a:Actor {id: fromId})
    ON CREATE SET a.name = row.from, a.kind = row.from_kind, a.aliases = [], a.datasets = [$dataset], a:$($labels[row.from_kind])
  MERGE (b:Actor {id: toId})
    ON CREATE SET b.name = row.to, b.kind = row.to_kind, b.aliases = [], b.datasets = [$dataset], b:$($labels[row.to_kind])
  WITH row, a, b, sourceId, fromId + '--' + toLower(replace(row.kind, '_', '-')) + '--' + toId AS stanceId
${STANCE_MERGE_PER_KIND}
} IN TRANSACTIONS OF $batch ROWS`;

async function reference(driver: Driver, file: string): Promise<number> {
  const session = driver.session();
  try {
    const started = performance.now();
    await session.run(REFERENCE_QUERY, { url: `file:///${path.basename(file)}`, dataset: DATASET, labels: ACTOR_KIND_LABELS, batch: neo4j.int(REFERENCE_ROWS) });
    return performance.now() - started;
  } finally {
    await session.close();
  }
}

async function counts(driver: Driver): Promise<string> {
  const { records } = await driver.executeQuery('MATCH (a:Actor) WITH count(a) AS actors MATCH ()-[r]->() RETURN actors, count(r) AS stances');
  return `${String(records[0]?.get('actors'))} actors, ${String(records[0]?.get('stances'))} stances in the graph`;
}

/** p50/p95 of a route handler called in-process (after one warm-up call). */
async function timeRoute(name: string, handler: NextApiHandler, call: RouteCall, runs = 10): Promise<void> {
  // Imported here, not at the top, so the importer child does not load the routes (its RSS is measured).
  const { callRoute } = await import('@/tests/support/callRoute');
  const first = await callRoute(handler, call);
  if (first.status !== 200) throw new Error(`${name}: status ${first.status} ${JSON.stringify(first.body).slice(0, 500)}`);
  const bytes = JSON.stringify(first.body).length;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await elapsed(() => callRoute(handler, { ...call, parseAnswer: false }))).ms);
  console.log(`| ${name} | ${bytes < 10_240 ? `${bytes} B` : `${(bytes / 1024).toFixed(0)} KiB`} | ${quantile(times, 0.5).toFixed(0)} | ${quantile(times, 0.95).toFixed(0)} | ${load()} |`);
}

async function apiFigures(driver: Driver): Promise<void> {
  const [{ default: graphRoute }, { default: actorsRoute }, { default: pathsRoute }] = await Promise.all([
    import('@/pages/api/graph'), import('@/pages/api/actors/index'), import('@/pages/api/paths'),
  ]);
  const { records } = await driver.executeQuery(
    `MATCH (a:Actor) WITH a, COUNT { (a)--() } AS degree ORDER BY degree DESC
     WITH collect({id: a.id, name: a.name, degree: degree}) AS ranked
     RETURN ranked[0] AS hub, ranked[1] AS second, ranked[size(ranked) / 4] AS typical`,
  );
  const hub = records[0]?.get('hub') as { id: string; degree: unknown };
  const second = records[0]?.get('second') as { id: string; degree: unknown };
  const typical = records[0]?.get('typical') as { id: string; name: string };
  const prefix = typical.name.slice(0, 4);
  console.log(`\nAPI on this graph (hubs ${hub.id} with ${String(hub.degree)} and ${second.id} with ${String(second.degree)} stances), 10 runs each:\n`);
  console.log('| call | response | p50 ms | p95 ms | load average 1/5/15 min |');
  console.log('|---|---:|---:|---:|---|');
  await timeRoute('GET /api/graph?limit=300 (first view)', graphRoute, { query: { limit: '300' } });
  await timeRoute(`GET /api/actors?q=${prefix}`, actorsRoute, { query: { q: prefix } });
  await timeRoute(`GET /api/actors?q=${typical.name}`, actorsRoute, { query: { q: typical.name } });
  await timeRoute('GET /api/paths (hub to second hub, max 4)', pathsRoute, { query: { from: hub.id, to: second.id, max: '4' } });
  await timeRoute('GET /api/paths (hub to typical actor, max 4)', pathsRoute, { query: { from: hub.id, to: typical.id, max: '4' } });
}

async function main(): Promise<void> {
  // The benchmark empties its database: never let it reach a server named by NEO4J_URI.
  delete process.env.NEO4J_URI;
  const started = performance.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stance-bench-import-'));
  const file = path.join(tmp, 'stances.csv');
  let server: LargeNeo4j | null = null;
  let driver: Driver | null = null;
  try {
    console.log(`${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; load average ${load()}`);
    let t = performance.now();
    const sheet = await writeBenchSpreadsheet(file, STANCES, ACTORS);
    console.log(`Wrote ${sheet.rows.toLocaleString('en')} rows (${sheet.actors.toLocaleString('en')} actors, ${sheet.sources} sources, ${(sheet.bytes / 2 ** 20).toFixed(0)} MiB) in ${seconds(performance.now() - t)}: ${file}`);
    t = performance.now();
    server = await startLargeNeo4j('bench-import', { csvImportDir: tmp });
    const { uri, user, password } = server;
    console.log(`Neo4j up at ${uri} (1 GiB heap, 512 MiB page cache) in ${seconds(performance.now() - t)}`);
    driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
    const env = { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password };

    const batches = process.env.BENCH_BATCHES ? process.env.BENCH_BATCHES.split(',').map(Number) : [undefined];
    let importMs = 0;
    for (const [i, batch] of batches.entries()) {
      if (i > 0) await emptyGraph(driver);
      console.log(`\nImporter, batch ${batch ?? `${DEFAULT_BATCH} (default)`}; load average ${load()}`);
      const r = await runChild(file, batch === undefined ? env : { ...env, BENCH_BATCH: String(batch) });
      importMs = r.ms;
      console.log(
        `  ${seconds(r.ms)} wall: ${perSecond(r.report.stances, r.ms)} distinct stances/s (${r.report.stances.toLocaleString('en')}), ` +
          `${perSecond(STANCES, r.ms)} rows/s; peak RSS ${r.maxRssMB.toFixed(0)} MB; validation pass + setup ~${seconds(r.firstBatchMs)}; load average ${load()}`,
      );
      console.log(`  report: ${JSON.stringify(r.report)}`);
    }
    console.log(`  ${await counts(driver)}`);

    if (process.env.BENCH_API !== '0') {
      Object.assign(process.env, { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password });
      await apiFigures(driver);
      await closeDriver();
    }

    if (process.env.BENCH_REFERENCE !== '0') {
      await emptyGraph(driver);
      console.log(`\nLOAD CSV reference (IN TRANSACTIONS OF ${REFERENCE_ROWS} ROWS); load average ${load()}`);
      const ms = await reference(driver, file);
      console.log(`  ${seconds(ms)} wall: ${perSecond(STANCES, ms)} rows/s; ${await counts(driver)}; load average ${load()}`);
      console.log(`  importer / reference speed: ${(ms / importMs).toFixed(2)}x (above 1 = the importer is faster)`);
    }
    console.log(`\nTotal run ${seconds(performance.now() - started)}`);
  } finally {
    await driver?.close();
    await closeDriver();
    await server?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const at = process.argv.indexOf('--child');
const file = at >= 0 ? process.argv[at + 1] : undefined;
runBench(() => (file ? child(file) : main()));
