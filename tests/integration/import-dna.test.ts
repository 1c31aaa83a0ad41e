/**
 * A DNA database loaded through the one write path (loadImport) beside the Venezuela data: stances
 * with their quotes at their offsets, an actor shared by id, a rerun that changes nothing, and a
 * truncated file that writes nothing. Issue #38: a file past the row cap or with a computed column
 * is refused naming the file, and a first load that fails half-way leaves no data set behind.
 */
import { graphCounts } from '@/tests/support/graphChecksum';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeDriver, transactions } from '@/graph/db/driver';
import { dnaImporter } from '@/graph/import/dna';
import { ImportError } from '@/graph/import/types';
import { loadDataset, loadImport } from '@/graph/datasets/load';
import { readDataset } from '@/graph/import/readDataset';
import { loadSqlJs } from '@/graph/import/dnaDatabase';
import { buildDnaFile, writeDnaFile, type DnaFileSpec } from '@/tests/support/dnaFile';

const { read } = transactions('test');

const TEXT = 'Lima, 4 February. The Lima Group called for a transition without the use of force. Brazil said it would not allow any intervention from its territory. The Lima Group rejected any military intervention.';

const SPEC: DnaFileSpec = {
  documents: [{ id: 1, title: 'Lima Group meets in Ottawa', text: TEXT, date: '2019-02-04', source: 'Wire', author: 'Desk' }],
  statements: [
    { id: 1, document: 1, quote: 'The Lima Group called for a transition without the use of force.', values: { organization: 'Lima Group', concept: 'Peaceful transition', agreement: 1 } },
    { id: 2, document: 1, quote: 'The Lima Group rejected any military intervention.', values: { organization: 'Lima Group', concept: 'Military action in Venezuela', agreement: 0 } },
    { id: 3, document: 1, quote: 'Brazil said it would not allow any intervention from its territory.', values: { organization: 'Brazil', concept: 'Military action in Venezuela', agreement: 0 } },
  ],
  entities: [
    { variable: 'organization', value: 'Lima Group', attributes: { Type: 'Alliance' } },
    { variable: 'organization', value: 'Brazil', attributes: { Type: 'Country' } },
  ],
};

describe('DNA import (graph/import/dna through loadImport) against Neo4j', () => {
  let dir: string;
  let file: string;
  let venezuelaStances: number;

  beforeAll(async () => {
    const venezuela = readDataset();
    venezuelaStances = venezuela.stances.length;
    await loadDataset(venezuela, { reset: true });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dna-load-'));
    file = await writeDnaFile(path.join(dir, 'lima.dna'), SPEC);
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await closeDriver();
  });

  it('loads the stances beside the Venezuela data, with their quotes at their offsets in the stored text', async () => {
    const report = await loadImport(await dnaImporter(file, { dataset: 'dna-lima' }));
    expect(report).toMatchObject({ dataset: 'dna-lima', format: 'dna', actors: 2, topics: 2, sources: 1, stances: 3, stancesAdded: 3 });

    const stored = await read(async (tx) => {
      const result = await tx.run(
        `MATCH (a:Actor {id: 'lima-group'})-[r:OPPOSES {dataset: 'dna-lima'}]->(t:Topic {id: 'military-action-in-venezuela'})
         MATCH (s:Source {id: r.sourceIds[0]})
         MATCH (d:Dataset {id: 'dna-lima'})
         RETURN r.polarity AS polarity, toString(r.date) AS date, r.certainty AS certainty, r.quotes AS quotes, r.quoteStarts AS starts, r.quoteEnds AS ends,
                s.text AS text, s.publisher AS publisher, a.datasets AS datasets, 'Bloc' IN labels(a) AS bloc, d.complete AS complete`,
      );
      return result.records[0]?.toObject();
    });
    expect(stored).toBeDefined();
    expect(stored!.polarity.toNumber()).toBe(-1);
    expect(stored!).toMatchObject({ date: '2019-02-04', certainty: 'reported', quotes: ['The Lima Group rejected any military intervention.'], publisher: 'Wire', bloc: true, complete: true });
    const [start, end] = [stored!.starts[0].toNumber(), stored!.ends[0].toNumber()];
    expect((stored!.text as string).slice(start, end)).toBe(stored!.quotes[0]);
    // One actor across data sets: the Lima Group of the Venezuela data, matched by id and kind.
    expect(stored!.datasets).toEqual(expect.arrayContaining(['venezuela-2019', 'dna-lima']));

    const venezuela = await read(async (tx) => (await tx.run("MATCH ()-[r {dataset: 'venezuela-2019'}]->() RETURN count(r) AS n")).records[0]!.get('n').toNumber());
    expect(venezuela).toBe(venezuelaStances);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await graphCounts();
    const report = await loadImport(await dnaImporter(file, { dataset: 'dna-lima' }));
    expect(report).toMatchObject({ stancesAdded: 0, stancesUpdated: 0, stancesUnchanged: 3, nodesCreated: 0, relationshipsCreated: 0 });
    expect(await graphCounts()).toEqual(before);
  });

  it('writes nothing for a truncated DNA file', async () => {
    const before = await graphCounts();
    const bytes = fs.readFileSync(file);
    const cut = path.join(dir, 'cut.dna');
    fs.writeFileSync(cut, bytes.subarray(0, bytes.length - 1024));
    const error = await dnaImporter(cut).then((importer) => loadImport(importer)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toContain('is not a DNA database: the file is truncated');
    expect(await graphCounts()).toEqual(before);
  });

  const datasetNodes = (id: string) => read(async (tx) => (await tx.run('MATCH (d:Dataset {id: $id}) RETURN count(d) AS n', { id })).records[0]!.get('n').toNumber());

  it('refuses a file whose queries read more rows than the cap, naming the file and the limit, with nothing written', async () => {
    const before = await graphCounts();
    const error = await dnaImporter(file, { dataset: 'dna-capped', maxRows: 2 }).then((importer) => loadImport(importer)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toBe(`${file}: is too large to import: a query read more than 2 rows, the limit for a DNA database (DNA's own files hold far fewer)`);
    expect(await graphCounts()).toEqual(before);
    expect(await datasetNodes('dna-capped')).toBe(0);
  });

  it('refuses a file with a computed column (a few bytes of schema, a value of any size), with nothing written', async () => {
    const SQL = await loadSqlJs();
    const db = new SQL.Database(await buildDnaFile(SPEC));
    // The document text becomes a virtual column padded to 4 MB: SQLite computes it on every read.
    db.run("ALTER TABLE DOCUMENTS RENAME COLUMN Text TO Body; ALTER TABLE DOCUMENTS ADD COLUMN Text TEXT GENERATED ALWAYS AS (Body || printf('%.*c', 4000000, ' ')) VIRTUAL");
    const computed = path.join(dir, 'computed.dna');
    fs.writeFileSync(computed, db.export());
    db.close();
    expect(fs.statSync(computed).size).toBeLessThan(200_000);
    const before = await graphCounts();
    const error = await dnaImporter(computed, { dataset: 'dna-computed' }).then((importer) => loadImport(importer)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toBe(`${computed}: is not a DNA database: it has computed columns (DOCUMENTS.Text), which DNA never creates; a computed value can be any size`);
    expect(await graphCounts()).toEqual(before);
    expect(await datasetNodes('dna-computed')).toBe(0);
  });

  it('leaves no data set behind when a first load fails after it has begun writing', async () => {
    const before = await graphCounts();
    const importer = await dnaImporter(file, { dataset: 'dna-cut-short' });
    const error = await loadImport(importer, { batchSize: 1, onProgress: () => { throw new Error('cut short'); } }).catch((e: unknown) => e);
    expect((error as Error).message).toBe('cut short');
    expect(await datasetNodes('dna-cut-short')).toBe(0);
    expect(await graphCounts()).toEqual(before);
  });
});
