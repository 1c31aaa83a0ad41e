/**
 * Loading the data set into the real Neo4j: counts, idempotency, well-known stances, and a bad
 * file that writes nothing.
 */
import { graphCounts } from '@/tests/support/graphChecksum';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeDriver, transactions } from '@/graph/db/driver';
import { loadDataset } from '@/graph/datasets/load';
import { IS_DATA_NODE } from '@/graph/db/appNodes';
import { editorExists } from '@/graph/auth/editors';
import { TEST_EDITOR } from '@/tests/support/editors';
import { readDataset } from '@/graph/import/readDataset';

const { read } = transactions('test');

const data = readDataset();
const root = path.resolve(__dirname, '..', '..');

async function stance(from: string, kind: string, to: string) {
  return read(async (tx) => {
    const result = await tx.run(
      'MATCH (a:Actor {id: $from})-[s]->(b {id: $to}) WHERE type(s) = $kind RETURN s.polarity AS polarity, s.quotes AS quotes, s.certainty AS certainty',
      { from, to, kind },
    );
    const record = result.records[0];
    return record ? { polarity: record.get('polarity').toNumber() as number, quotes: record.get('quotes') as string[], certainty: record.get('certainty') as string } : undefined;
  });
}

describe('seed (graph/datasets/load) against Neo4j', () => {
  beforeAll(async () => {
    await loadDataset(data, { reset: true });
  });
  afterAll(() => closeDriver());

  it('stores every actor with its kind label, topic, source and stance', async () => {
    const stored = await read(async (tx) => {
      const result = await tx.run(
        `CALL () { MATCH (a:Actor) RETURN count(a) AS actors }
         CALL () { MATCH (t:Topic) RETURN count(t) AS topics }
         CALL () { MATCH (s:Source) RETURN count(s) AS sources }
         CALL () { MATCH (:Actor)-[s]->() WHERE s.polarity IS NOT NULL RETURN count(s) AS stances }
         CALL () { MATCH (a:Actor) WHERE size(labels(a)) <> 2 RETURN count(a) AS unlabelled }
         RETURN actors, topics, sources, stances, unlabelled`,
      );
      return result.records[0]!.toObject();
    });
    expect(stored.actors.toNumber()).toBe(data.actors.length);
    expect(stored.topics.toNumber()).toBe(data.topics.length);
    expect(stored.sources.toNumber()).toBe(data.sources.length);
    expect(stored.stances.toNumber()).toBe(data.stances.length);
    expect(stored.unlabelled.toNumber()).toBe(0);
  });

  it('counts stances by kind as the file has them', async () => {
    const expected: Record<string, number> = {};
    for (const s of data.stances) expected[s.kind] = (expected[s.kind] ?? 0) + 1;
    const byKind = await read(async (tx) => {
      const result = await tx.run('MATCH (:Actor)-[s]->() WHERE s.polarity IS NOT NULL RETURN type(s) AS kind, count(*) AS n');
      return Object.fromEntries(result.records.map((r) => [r.get('kind') as string, r.get('n').toNumber() as number]));
    });
    expect(byKind).toEqual(expected);
  });

  it('is idempotent: a second load creates nothing and changes no count', async () => {
    const before = await graphCounts();
    const report = await loadDataset(data);
    expect(report.nodesCreated).toBe(0);
    expect(report.relationshipsCreated).toBe(0);
    expect(await graphCounts()).toEqual(before);
  });

  it.each([
    ['russia', 'SUPPORTS', 'nicolas-maduro', 1],
    ['china', 'SUPPORTS', 'nicolas-maduro', 1],
    ['turkey', 'SUPPORTS', 'nicolas-maduro', 1],
    ['united-states', 'RECOGNISES', 'juan-guaido', 1],
    ['lima-group', 'OPPOSES', 'foreign-military-intervention', -1],
    ['united-states', 'SANCTIONS', 'pdvsa', -1],
  ])('holds the stance %s %s %s with polarity %d and its evidence', async (from, kind, to, polarity) => {
    const found = await stance(from, kind, to);
    expect(found?.polarity).toBe(polarity);
    expect(found?.quotes.length).toBeGreaterThan(0);
  });

  it('finds actors by name or alias with accents folded, through the full-text index', async () => {
    const names = await read(async (tx) => {
      const result = await tx.run("CALL db.index.fulltext.queryNodes('actor_names', 'guaido*') YIELD node RETURN node.name AS name");
      return result.records.map((r) => r.get('name') as string);
    });
    expect(names).toContain('Juan Guaidó');
  });

  it('rejects a bad file with the path of each bad field and writes nothing', async () => {
    const bad = JSON.parse(JSON.stringify(data)) as { stances: { polarity: number; evidence: { source: string }[] }[]; actors: { id: string }[] };
    bad.actors.push({ id: 'newcomer', name: 'Newcomer', kind: 'state' } as never);
    bad.stances[3]!.polarity = 7;
    bad.stances[5]!.evidence[0]!.source = 'no-such-source';
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sg-')), 'bad.json');
    fs.writeFileSync(file, JSON.stringify(bad));
    const before = await graphCounts();
    const run = spawnSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'seed/seed.ts', file], { cwd: root, env: process.env, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('stances[3].polarity');
    expect(await graphCounts()).toEqual(before);
    const newcomer = await read(async (tx) => (await tx.run("MATCH (a:Actor {id: 'newcomer'}) RETURN a")).records.length);
    expect(newcomer).toBe(0);
  });

  it('refuses a YAML alias bomb ("billion laughs") through the CLI with the file and the limit, not a crash', async () => {
    const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sg-')), 'laughs.yaml');
    fs.writeFileSync(file, laughs);
    const before = await graphCounts();
    const run = spawnSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'seed/seed.ts', file], { cwd: root, env: process.env, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('laughs.yaml');
    expect(run.stderr).toContain('limit of 100 alias uses');
    expect(await graphCounts()).toEqual(before);
  });

  it('loads another conflict from a user file through the CLI, and --reset empties the graph first', async () => {
    // Two CLI runs of tsx plus a reseed: slow on a loaded 2-core machine.
    const other = {
      dataset: { id: 'other', title: 'Another conflict' },
      actors: [
        { id: 'north', name: 'North', kind: 'state' },
        { id: 'south', name: 'South', kind: 'state' },
      ],
      sources: [{ id: 'wire', title: 'Wire report', publisher: 'Wire', date: '2021-03-04' }],
      stances: [{ from: 'north', to: 'south', kind: 'SANCTIONS', polarity: -1, date: '2021-03-04', certainty: 'reported', evidence: [{ quote: 'North sanctioned South', source: 'wire' }] }],
    };
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sg-')), 'other.json');
    fs.writeFileSync(file, JSON.stringify(other));
    const run = spawnSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'seed/seed.ts', '--reset', file], { cwd: root, env: process.env, encoding: 'utf8' });
    // Status and stderr together, so a failure shows what the CLI said.
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: expect.not.stringMatching(/error|failed/i) });
    expect(run.stdout).toContain('2 actors');
    expect(await stance('north', 'SANCTIONS', 'south')).toMatchObject({ polarity: -1, quotes: ['North sanctioned South'] });
    // Saved snapshots, editors and the audit trail survive --reset (other test files may have made some), everything else goes.
    const left = await read(async (tx) => (await tx.run(`MATCH (n) WHERE ${IS_DATA_NODE} RETURN count(n) AS n`)).records[0]!.get('n').toNumber());
    expect(left).toBe(2 + 1 + 1); // two actors, a source, the dataset node
    expect(await editorExists(TEST_EDITOR.name)).toBe(true); // made by the integration setup
    await loadDataset(data, { reset: true });
  }, 120_000);
});
