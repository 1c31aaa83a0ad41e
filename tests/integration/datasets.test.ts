/**
 * Several data sets in one graph, through the one write path (graph/datasets/load.ts) into the real Neo4j:
 * side by side, updated, removed, refused on a clash with nothing written, and an interrupted
 * load that is marked incomplete until a rerun finishes it.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { closeDriver, transactions } from '@/graph/db/driver';
import { applySchema, EDIT_SCHEMA } from '@/graph/db/migrations';
import { removeDataset } from '@/graph/datasets/cleanup';
import { datasetImporter } from '@/graph/import/datasetFile';
import { ImportError, type Importer } from '@/graph/import/types';
import { loadDataset, loadImport, resetGraph } from '@/graph/datasets/load';
import { stanceQuery } from '@/graph/datasets/stanceWrites';
import { Dataset, type DatasetInput } from '@/graph/model/schema';
import { readDataset } from '@/graph/import/readDataset';
import { crisisA, crisisB } from '@/tests/support/extraDatasets';
import { graphChecksum } from '@/tests/support/graphChecksum';
import { planOperators } from '@/tests/support/planOperators';

const { read, write } = transactions('test');

const venezuela = readDataset();
const root = path.resolve(__dirname, '..', '..');

async function datasetsOf(id: string): Promise<string[]> {
  return read(async (tx) => {
    const result = await tx.run('MATCH (n {id: $id}) WHERE n:Actor OR n:Topic OR n:Source RETURN n.datasets AS datasets', { id });
    return [...((result.records[0]?.get('datasets') as string[] | undefined) ?? [])].sort();
  });
}

async function datasetNode(id: string) {
  return read(async (tx) => {
    const result = await tx.run('MATCH (d:Dataset {id: $id}) RETURN d.complete AS complete, d.version AS version', { id });
    const record = result.records[0];
    return record ? { complete: record.get('complete') as boolean, version: record.get('version') as string | null } : null;
  });
}

async function stanceCount(dataset: string): Promise<number> {
  return read(async (tx) => (await tx.run('MATCH ()-[r]->() WHERE r.dataset = $dataset RETURN count(r) AS n', { dataset })).records[0]!.get('n').toNumber());
}

/** crisisB with changes: the delta stance dropped, a new one added, the gamma stance's date moved. */
const crisisB2 = Dataset.parse({
  ...crisisB,
  stances: [
    { ...crisisB.stances[0]!, date: '2021-06-05' },
    { from: 'gamma', to: 'delta', kind: 'ACCUSES', polarity: -1, date: '2021-06-09', certainty: 'stated', evidence: [{ quote: 'Gamma blames Delta', source: 'b-post' }] },
  ],
} satisfies DatasetInput);

describe('several data sets in one graph (graph/datasets/load, graph/datasets/cleanup)', () => {
  // A fresh server's first load also creates the schema and warms Neo4j up: not a test's cost.
  beforeAll(() => loadDataset(crisisA), 180_000);
  beforeEach(async () => {
    await resetGraph();
  });
  afterAll(() => closeDriver());

  it('writes a stance by expanding from its two actors or seeking it in an index, never by scanning every relationship (loads stay linear)', async () => {
    const operators = () => planOperators(stanceQuery('SUPPORTS', 'Actor'));
    // Expand(Into) between the two bound actors, or, once the edit path has made its (dataset, id)
    // indexes on stance types (graph/edit/entities.ts), a seek in them: both find one stance in
    // time independent of the graph's size. Checked before and after those indexes exist.
    const linear = (names: string[]) => names.some((name) => /^Expand\(Into\)|RelationshipIndexSeek/.test(name)) && !names.some((name) => /AllRelationshipsScan|RelationshipTypeScan/.test(name));
    const before = await operators();
    expect([linear(before), before]).toEqual([true, before]);
    await applySchema(EDIT_SCHEMA);
    await write((tx) => tx.run('CALL db.awaitIndexes(60)'));
    const after = await operators();
    expect([linear(after), after]).toEqual([true, after]);
  });

  it('keeps two data sets side by side, one actor shared by id, and the same stance id in each', async () => {
    await loadDataset(crisisA);
    await loadDataset(crisisB);
    expect(await datasetsOf('mediator')).toEqual(['crisis-a', 'crisis-b']);
    expect(await datasetsOf('alpha')).toEqual(['crisis-a']);
    expect(await stanceCount('crisis-a')).toBe(3);
    expect(await stanceCount('crisis-b')).toBe(2);
    // The same stance (same id) in another data set is a stance of its own, not a takeover.
    const copy = Dataset.parse({ ...crisisA, dataset: { id: 'crisis-a-copy', title: 'Copy' } } satisfies DatasetInput);
    await loadDataset(copy);
    expect(await stanceCount('crisis-a')).toBe(3);
    expect(await stanceCount('crisis-a-copy')).toBe(3);
    expect(await datasetNode('crisis-a-copy')).toMatchObject({ complete: true });
  });

  it('reports a second import of the same data as unchanged and leaves the graph as it was', async () => {
    await loadDataset(crisisA);
    const before = await graphChecksum();
    const again = await loadDataset(crisisA);
    expect(again).toMatchObject({ stancesAdded: 0, stancesUpdated: 0, stancesUnchanged: 3, stancesRemoved: 0, nodesCreated: 0, relationshipsCreated: 0 });
    expect(await graphChecksum()).toEqual(before);
  });

  it('updates a data set in place: new stances added, changed ones updated, dropped ones removed, other data sets untouched', async () => {
    await loadDataset(crisisA);
    const onlyA = await graphChecksum();
    await loadDataset(crisisB);
    const report = await loadDataset(crisisB2);
    expect(report).toMatchObject({ stancesAdded: 1, stancesUpdated: 1, stancesUnchanged: 0, stancesRemoved: 1 });
    expect(await stanceCount('crisis-b')).toBe(2);
    const delta = await read(async (tx) => (await tx.run("MATCH (:Actor {id: 'delta'})-[r]->() RETURN count(r) AS n")).records[0]!.get('n').toNumber());
    expect(delta).toBe(0);
    await removeDataset('crisis-b');
    expect(await graphChecksum()).toEqual(onlyA);
  });

  it('--remove takes a data set with the actors, topics and sources nothing else uses, and nothing of the others', async () => {
    await loadDataset(crisisA);
    const onlyA = await graphChecksum();
    await loadDataset(crisisB);
    const removed = await removeDataset('crisis-b');
    expect(removed).toMatchObject({ dataset: 'crisis-b', stances: 2 });
    // gamma, delta and both sources go; the shared mediator stays, in crisis-a only.
    expect(removed.nodesDeleted).toBe(4);
    expect(await datasetsOf('mediator')).toEqual(['crisis-a']);
    expect(await datasetNode('crisis-b')).toBeNull();
    expect(await graphChecksum()).toEqual(onlyA);
    await expect(removeDataset('crisis-b')).rejects.toThrow('There is no data set "crisis-b".');
  });

  it('refuses an actor id that another data set gives a different kind, and writes nothing', async () => {
    await loadDataset(crisisA);
    const before = await graphChecksum();
    const clash = Dataset.parse({ ...crisisB, actors: crisisB.actors.map((a) => (a.id === 'mediator' ? { ...a, kind: 'person' as const } : a)) } satisfies DatasetInput);
    const error = await loadDataset(clash).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(/actor "mediator" is a person in this file but a organisation \("The Mediator"\) in crisis-a/);
    expect(await graphChecksum()).toEqual(before);
    expect(await datasetNode('crisis-b')).toBeNull();
  });

  it('reports a known name under a new id as a possible duplicate, without merging', async () => {
    await loadDataset(crisisA);
    const twin = Dataset.parse({ ...crisisB, actors: [...crisisB.actors, { id: 'alpha-land', name: 'Alphaland', kind: 'state' }] } satisfies DatasetInput);
    const report = await loadDataset(twin);
    expect(report.warnings).toEqual([expect.stringContaining('"Alphaland" (alpha-land) has the name of "alpha" in crisis-a')]);
    expect(await datasetsOf('alpha-land')).toEqual(['crisis-b']);
  });

  it('stores a source text and the offsets of its quotes, found when not given, and refuses a quote that is not at its offsets', async () => {
    const text = 'Alpha said on Monday that it backs Beta. Beta said nothing.';
    const withText = Dataset.parse({
      ...crisisA,
      sources: [{ ...crisisA.sources[0]!, text }],
      stances: [{ ...crisisA.stances[0]!, evidence: [{ quote: 'it backs Beta', source: 'a-wire' }] }],
    } satisfies DatasetInput);
    await loadDataset(withText);
    const stored = await read(async (tx) => {
      const r = (await tx.run("MATCH ()-[r {dataset: 'crisis-a'}]->() RETURN r.quoteStarts AS s, r.quoteEnds AS e")).records[0]!;
      return { start: r.get('s')[0].toNumber() as number, end: r.get('e')[0].toNumber() as number };
    });
    expect(text.slice(stored.start, stored.end)).toBe('it backs Beta');

    const before = await graphChecksum();
    const wrong = { ...withText, dataset: { id: 'crisis-x', title: 'X' }, stances: [{ ...withText.stances[0]!, evidence: [{ quote: 'it backs Beta', source: 'a-wire', start: 0, end: 13 }] }] };
    expect(Dataset.safeParse(wrong).success).toBe(false);
    // The loader checks it too, whatever the importer did (here a value that skipped the Dataset schema).
    const error = await loadImport(datasetImporter(wrong as Dataset)).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/stances\[0\], evidence\[0\]\.quote: stance "alpha--supports--beta": quote does not match the text of source "a-wire" at 0-13/);
    expect(await graphChecksum()).toEqual(before);
  });

  it('takes a first load that fails half-way away again, leaving the graph as it was', async () => {
    await loadDataset(crisisA);
    const before = await graphChecksum();
    // The write pass fails once its first batch has committed.
    const fails = () => {
      throw new Error('failed');
    };
    await expect(loadImport(datasetImporter(crisisB), { batchSize: 3, onProgress: fails })).rejects.toThrow('failed');
    expect(await datasetNode('crisis-b')).toBeNull();
    expect(await graphChecksum()).toEqual(before);
  });

  it('leaves an interrupted reload marked incomplete, and a rerun finishes it without doubling evidence', async () => {
    await loadDataset(crisisA);
    const complete = await graphChecksum();
    await loadDataset(crisisB);
    // The reload's write pass dies once its first batch has committed, like a killed process.
    const killed = () => {
      throw new Error('killed');
    };
    await expect(loadImport(datasetImporter(crisisB), { batchSize: 3, onProgress: killed })).rejects.toThrow('killed');
    expect(await datasetNode('crisis-b')).toMatchObject({ complete: false });
    const rerun = await loadImport(datasetImporter(crisisB), { batchSize: 3 });
    expect(rerun.stancesRemoved).toBe(0);
    expect(await datasetNode('crisis-b')).toMatchObject({ complete: true });
    const quotes = await read(async (tx) => (await tx.run("MATCH (:Actor {id: 'gamma'})-[r {dataset: 'crisis-b'}]->() RETURN r.quotes AS q")).records[0]!.get('q') as string[]);
    expect(quotes).toEqual(['Gamma welcomes the mediator', 'Gamma thanks the mediator']);
    await removeDataset('crisis-b');
    expect(await graphChecksum()).toEqual(complete);
  });

  it('merges records of one stance id into one stance with all their evidence', async () => {
    const split = Dataset.parse({ ...crisisA, stances: crisisA.stances.slice(0, 1) } satisfies DatasetInput);
    const base = datasetImporter(split);
    const twice: Importer = {
      ...base,
      async *records() {
        for await (const batch of base.records()) {
          yield batch.map((r) => (r.type === 'stance' ? { ...r, value: { ...(r.value as object), evidence: [{ quote: 'Alpha backs Beta', source: 'a-wire' }] } } : r));
        }
        yield [{ type: 'stance', at: 'row 9', value: { ...split.stances[0]!, evidence: [{ quote: 'Alpha stands with Beta', source: 'a-wire' }] } }];
      },
    };
    const report = await loadImport(twice);
    expect(report).toMatchObject({ stances: 1, stancesAdded: 1, stancesMerged: 1 });
    const quotes = await read(async (tx) => (await tx.run("MATCH (:Actor {id: 'alpha'})-[r:SUPPORTS]->() RETURN r.quotes AS q")).records[0]!.get('q') as string[]);
    expect(quotes).toEqual(['Alpha backs Beta', 'Alpha stands with Beta']);
  });

  it('loads the Venezuela data beside another data set from the command line, and removes it again', async () => {
    await loadDataset(venezuela);
    const before = await graphChecksum();
    const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const file = path.join(root, 'seed', 'data', 'venezuela-2019.yaml');
    const add = spawnSync(process.execPath, [tsx, 'seed/seed.ts', file, '--dataset', 'venezuela-copy', '--title', 'A copy'], { cwd: root, env: process.env, encoding: 'utf8' });
    expect({ status: add.status, stderr: add.stderr }).toEqual({ status: 0, stderr: '' });
    expect(add.stdout).toContain(`Stances: ${venezuela.stances.length} added`);
    expect(await stanceCount('venezuela-copy')).toBe(venezuela.stances.length);
    const remove = spawnSync(process.execPath, [tsx, 'seed/seed.ts', '--remove', 'venezuela-copy'], { cwd: root, env: process.env, encoding: 'utf8' });
    expect(remove.stdout).toContain(`Removed data set venezuela-copy: ${venezuela.stances.length} stances`);
    expect(await graphChecksum()).toEqual(before);
    const missing = spawnSync(process.execPath, [tsx, 'seed/seed.ts', '--remove', 'nope'], { cwd: root, env: process.env, encoding: 'utf8' });
    expect({ status: missing.status, stderr: missing.stderr.trim() }).toEqual({ status: 1, stderr: 'There is no data set "nope".' });
  }, 120_000);
});
