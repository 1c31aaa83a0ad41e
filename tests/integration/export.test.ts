/**
 * Export back (issue #12) against the real Neo4j: a data set read out of the graph is the data
 * that was loaded, and export -> reset -> load gives the same graph and the same export again;
 * source texts with quote offsets and coded events survive; the download route and the command.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import exportRoute from '@/pages/api/datasets/[id]/export';
import { closeDriver } from '@/graph/db/driver';
import { exportDataset } from '@/graph/export/exportDataset';
import { datasetToYaml, serialiseDataset } from '@/graph/export/formats';
import { datasetWithEvents, datasetWithText } from '@/graph/export/testDatasets';
import { spreadsheetImporter } from '@/graph/import/spreadsheet';
import { loadDataset, loadImport, resetGraph } from '@/graph/datasets/load';
import { Dataset, placeQuote, stanceId } from '@/graph/model/schema';
import { parseDataset, readDataset } from '@/graph/import/readDataset';
import { callRoute } from '@/tests/support/callRoute';
import { crisisA, crisisB } from '@/tests/support/extraDatasets';
import { graphChecksum } from '@/tests/support/graphChecksum';

const root = path.resolve(__dirname, '..', '..');
const venezuela = readDataset();
/** A whole round trip loads the data twice: slow on a busy 2-core machine. */
const ROUND_TRIP_MS = 240_000;

afterAll(() => closeDriver());

/** The data as an export lists it: everything by id, stance ids only where not the default. */
function normalised(data: Dataset): Dataset {
  const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const stances = data.stances
    .map((s) => {
      if (s.id !== stanceId({ from: s.from, to: s.to, kind: s.kind })) return s;
      const copy = { ...s };
      delete copy.id;
      return copy;
    })
    .sort((a, b) => (stanceId(a) < stanceId(b) ? -1 : 1));
  return { ...data, actors: byId(data.actors), topics: byId(data.topics), sources: byId(data.sources), stances };
}

/**
 * Exports `id`, writes it as YAML, empties the graph and loads that file again, as
 * `npm run export` then `npm run seed -- --reset <file>` would. Answers both exports and both graphs.
 */
async function roundTrip(id: string) {
  const first = await exportDataset(id);
  const graphBefore = await graphChecksum();
  const file = datasetToYaml(first);
  await resetGraph();
  await loadDataset(parseDataset(file, `${id}.yaml`));
  const second = await exportDataset(id);
  return { first, second, file, graphBefore, graphAfter: await graphChecksum() };
}

describe('export (graph/export) against Neo4j', () => {
  it('reads the Venezuela data back as it was loaded, and export -> reset -> load gives the same graph and export', async () => {
    await loadDataset(venezuela, { reset: true });
    const { first, second, file, graphBefore, graphAfter } = await roundTrip(venezuela.dataset.id);

    expect(Dataset.safeParse(first).success).toBe(true);
    expect(first).toEqual(normalised(venezuela));
    expect(graphBefore).toMatchObject({
      actors: venezuela.actors.length,
      topics: venezuela.topics.length,
      sources: venezuela.sources.length,
      stances: venezuela.stances.length,
    });
    expect(graphAfter).toEqual(graphBefore);
    expect(second).toEqual(first);
    expect(datasetToYaml(second)).toBe(file);
   }, ROUND_TRIP_MS);

  it('keeps source texts, author, section, url and quote offsets through the round trip', async () => {
    const data = datasetWithText();
    await loadDataset(data, { reset: true });
    const { first, second, graphBefore, graphAfter } = await roundTrip(data.dataset.id);

    expect(first.sources).toEqual(data.sources);
    const source = data.sources[0]!;
    // Quotes given without offsets come back placed in the text (the loader finds them).
    const expected = normalised(data).stances.map((s) => ({ ...s, evidence: s.evidence.map((e) => placeQuote(e, source)) }));
    expect(first.stances).toEqual(expected);
    for (const e of first.stances.flatMap((s) => s.evidence)) expect(source.text!.slice(e.start, e.end)).toBe(e.quote);
    expect(second).toEqual(first);
    expect(graphAfter).toEqual(graphBefore);
   }, ROUND_TRIP_MS);

  it('keeps coded events (no quote), event counts and last-seen dates through the round trip', async () => {
    const data = datasetWithEvents();
    await loadDataset(data, { reset: true });
    const { first, second, graphBefore, graphAfter } = await roundTrip(data.dataset.id);

    expect(first).toEqual(normalised(data));
    expect(first.stances.find((s) => s.from === 'usa')).toMatchObject({
      eventCount: 2,
      lastSeen: '2019-03-12',
      evidence: [{ event: '835311256', source: 'gdelt-835311256' }, { event: '835399001', source: 'gdelt-835399001' }],
    });
    expect(second).toEqual(first);
    expect(graphAfter).toEqual(graphBefore);
   }, ROUND_TRIP_MS);

  it('writes CSV (the spreadsheet template) that the spreadsheet importer loads back to the same graph and export', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stance-export-csv-'));
    try {
      for (const data of [datasetWithText(), datasetWithEvents()]) {
        await loadDataset(data, { reset: true });
        const first = await exportDataset(data.dataset.id);
        const graphBefore = await graphChecksum();
        const file = path.join(dir, `${data.dataset.id}.csv`);
        fs.writeFileSync(file, serialiseDataset(first, 'csv'));
        await resetGraph();
        await loadImport(await spreadsheetImporter(file));
        expect(await exportDataset(data.dataset.id)).toEqual(first);
        expect(await graphChecksum()).toEqual(graphBefore);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, ROUND_TRIP_MS);

  it('exports one data set of several: its own stances, and the actors it shares with another', async () => {
    await loadDataset(venezuela, { reset: true });
    const alone = await exportDataset(venezuela.dataset.id);
    await loadDataset(datasetWithEvents());
    await loadDataset(crisisA);
    await loadDataset(crisisB);

    expect(await exportDataset(venezuela.dataset.id)).toEqual(alone);
    expect((await exportDataset('gdelt-sample')).actors.map((a) => a.id)).toEqual(['rus', 'usa', 'vengov']);
    const a = await exportDataset(crisisA.dataset.id);
    const b = await exportDataset(crisisB.dataset.id);
    expect(a).toEqual(normalised(crisisA));
    expect(b).toEqual(normalised(crisisB));
    expect(a.actors.map((x) => x.id)).toContain('mediator');
    expect(b.actors.map((x) => x.id)).toContain('mediator');
   }, ROUND_TRIP_MS);

  it('answers 404 for a data set that is not loaded', async () => {
    await expect(exportDataset('no-such-data-set')).rejects.toMatchObject({ status: 404, code: 'NotFound', message: expect.stringContaining('"no-such-data-set"') });
  });
});

describe('GET /api/datasets/[id]/export', () => {
  beforeAll(() => loadDataset(venezuela, { reset: true }));

  it('answers the data set as a YAML attachment by default, which loads back to the same data', async () => {
    const answer = await callRoute<string>(exportRoute, { query: { id: 'venezuela-2019' } });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-disposition']).toBe('attachment; filename="venezuela-2019.yaml"');
    expect(answer.headers['content-type']).toMatch(/^application\/yaml/);
    expect(parseDataset(answer.body, 'download.yaml')).toEqual(normalised(venezuela));
  });

  it('answers JSON and CSV when asked', async () => {
    const json = await callRoute<string>(exportRoute, { query: { id: 'venezuela-2019', format: 'json' } });
    expect(json.headers['content-disposition']).toBe('attachment; filename="venezuela-2019.json"');
    expect(parseDataset(json.body, 'download.json')).toEqual(normalised(venezuela));
    const csv = await callRoute<string>(exportRoute, { query: { id: 'venezuela-2019', format: 'csv' } });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body).toBe(serialiseDataset(normalised(venezuela), 'csv'));
  });

  it('answers 404 for an unknown data set and 400 naming the field for a bad format', async () => {
    const unknown = await callRoute(exportRoute, { query: { id: 'atlantis-2031' } });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ error: { code: 'NotFound' } });
    const bad = await callRoute(exportRoute, { query: { id: 'venezuela-2019', format: 'xml' } });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: 'BadRequest', message: expect.stringMatching(/format: must be yaml, json or csv/) } });
    const post = await callRoute(exportRoute, { method: 'POST', query: { id: 'venezuela-2019' } });
    expect(post.status).toBe(405);
  });

  it('limits downloads per client (429 with Retry-After)', async () => {
    const before = process.env.RATE_LIMIT_EXPORTS_PER_MINUTE;
    process.env.RATE_LIMIT_EXPORTS_PER_MINUTE = '2';
    try {
      for (let i = 0; i < 2; i++) expect((await callRoute(exportRoute, { query: { id: 'venezuela-2019' } })).status).toBe(200);
      const refused = await callRoute(exportRoute, { query: { id: 'venezuela-2019' } });
      expect(refused.status).toBe(429);
      expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    } finally {
      if (before === undefined) delete process.env.RATE_LIMIT_EXPORTS_PER_MINUTE;
      else process.env.RATE_LIMIT_EXPORTS_PER_MINUTE = before;
    }
  });
});

describe('npm run export (scripts/export.ts)', () => {
  const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const run = (args: string[], env: NodeJS.ProcessEnv = process.env) => spawnSync(process.execPath, [tsx, 'scripts/export.ts', ...args], { cwd: root, env, encoding: 'utf8' });

  beforeAll(() => loadDataset(venezuela, { reset: true }));

  it('writes the file --out names, in the format its extension names, and prints YAML on stdout by default', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stance-export-'));
    try {
      const out = path.join(dir, 'venezuela.json');
      const written = run(['--dataset', 'venezuela-2019', '--out', out]);
      expect(written.stderr).toMatch(/Wrote "2019 Venezuelan presidential crisis" to .*venezuela\.json \(json\)/);
      expect(written.status).toBe(0);
      expect(parseDataset(fs.readFileSync(out, 'utf8'), out)).toEqual(normalised(venezuela));
      expect(fs.readdirSync(dir)).toEqual(['venezuela.json']);

      const printed = run(['--dataset', 'venezuela-2019']);
      expect(printed.status).toBe(0);
      expect(parseDataset(printed.stdout, 'stdout.yaml')).toEqual(normalised(venezuela));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails with a plain message and exit code 1: unknown data set, bad option, Neo4j down', () => {
    const unknown = run(['--dataset', 'atlantis-2031']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/^Export failed: No data set "atlantis-2031" is loaded/);
    const badFormat = run(['--dataset', 'venezuela-2019', '--format', 'xml']);
    expect(badFormat.status).toBe(1);
    expect(badFormat.stderr.trim()).toBe('--format must be yaml, json or csv (got "xml").');
    // Port 1 on loopback: nothing listens there.
    const down = run(['--dataset', 'venezuela-2019'], { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(down.status).toBe(1);
    expect(down.stderr.trim()).toBe('Export failed: The graph database (Neo4j) is not reachable right now. Try again in a moment.');
    expect(down.stdout).toBe('');
  });
});
