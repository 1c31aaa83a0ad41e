/**
 * A GDELT 2.0 events export loaded through the one write path (loadImport) beside the Venezuela
 * data: repeated events stored as one stance with its count, first and last date and event
 * evidence; a rerun that changes nothing; a file with 58 columns that writes nothing.
 */
import { graphCounts } from '@/tests/support/graphChecksum';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeDriver, transactions } from '@/graph/db/driver';
import { SKIP_REASONS, gdeltImporter } from '@/graph/import/gdelt';
import { ImportError } from '@/graph/import/types';
import { loadDataset, loadImport } from '@/graph/datasets/load';
import { readDataset } from '@/graph/import/readDataset';
import { gdeltEvent, writeGdeltFile } from '@/tests/support/gdeltFile';

const { read } = transactions('test');

describe('GDELT import (graph/import/gdelt through loadImport) against Neo4j', () => {
  let dir: string;
  let file: string;

  beforeAll(async () => {
    await loadDataset(readDataset(), { reset: true });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gdelt-load-'));
    file = writeGdeltFile(path.join(dir, '20190128000000.export.CSV'), [
      gdeltEvent({ GlobalEventID: '3001', SQLDATE: '20190124' }),
      gdeltEvent({ GlobalEventID: '3002', SQLDATE: '20190122' }),
      gdeltEvent({ GlobalEventID: '3003', SQLDATE: '20190127' }),
      gdeltEvent({ GlobalEventID: '3004', SQLDATE: '20190128', EventCode: '163', EventBaseCode: '163', EventRootCode: '16', QuadClass: '4', GoldsteinScale: '-8.0' }),
      gdeltEvent({ GlobalEventID: '3005', Actor1Code: 'RUS', Actor1Name: 'RUSSIA', EventCode: '072', EventBaseCode: '072', EventRootCode: '07', QuadClass: '2', GoldsteinScale: '8.3' }),
      gdeltEvent({ GlobalEventID: '3006', Actor2Code: '' }),
    ]);
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await closeDriver();
  });

  it('loads aggregated event stances beside the Venezuela data, with event evidence and their sources', async () => {
    const report = await loadImport(await gdeltImporter(file, { maxUrls: 2 }));
    expect(report).toMatchObject({ dataset: 'gdelt-20190128000000', format: 'gdelt', actors: 3, sources: 4, stances: 3, stancesAdded: 3 });
    expect(report.skipped).toEqual([{ reason: SKIP_REASONS.noActors, count: 1 }]);

    const stored = await read(async (tx) => {
      const result = await tx.run(
        `MATCH (a:Actor {id: 'usa'})-[r:OPPOSES {dataset: 'gdelt-20190128000000'}]->(b:Actor {id: 'vengov'})
         MATCH (s:Source {id: r.sourceIds[0]})
         RETURN r.polarity AS polarity, r.eventCount AS eventCount, toString(r.date) AS date, toString(r.lastSeen) AS lastSeen,
                r.certainty AS certainty, r.eventIds AS eventIds, r.quotes AS quotes, s.url AS url, s.publisher AS publisher,
                a.name AS from, b.name AS to, 'State' IN labels(a) AS state, 'Institution' IN labels(b) AS institution`,
      );
      return result.records[0]?.toObject();
    });
    expect(stored).toBeDefined();
    expect(stored!.polarity.toNumber()).toBe(-1);
    expect(stored!.eventCount.toNumber()).toBe(3);
    expect(stored!).toMatchObject({
      date: '2019-01-22',
      lastSeen: '2019-01-27',
      certainty: 'reported',
      eventIds: ['3001', '3002'],
      quotes: ['', ''],
      url: 'https://www.example.com/news/3001',
      publisher: 'example.com',
      from: 'United States',
      to: 'Venezuela government',
      state: true,
      institution: true,
    });
    const kinds = await read(async (tx) => (await tx.run("MATCH ()-[r {dataset: 'gdelt-20190128000000'}]->() RETURN type(r) + ':' + toString(r.polarity) AS k ORDER BY k")).records.map((r) => r.get('k')));
    expect(kinds).toEqual(['OPPOSES:-1', 'SANCTIONS:-1', 'SUPPORTS:1']);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await graphCounts();
    const report = await loadImport(await gdeltImporter(file, { maxUrls: 2 }));
    expect(report).toMatchObject({ stancesAdded: 0, stancesUpdated: 0, stancesUnchanged: 3, nodesCreated: 0, relationshipsCreated: 0 });
    expect(await graphCounts()).toEqual(before);
  });

  it('writes nothing for a file whose rows have 58 columns', async () => {
    const before = await graphCounts();
    const short = gdeltEvent({ Actor1Code: 'CHN', Actor1Name: 'CHINA' }).split('\t').slice(0, 58).join('\t');
    const bad = writeGdeltFile(path.join(dir, 'short.export.CSV'), [gdeltEvent({ Actor1Code: 'CHN', Actor1Name: 'CHINA' }), short]);
    const error = await gdeltImporter(bad).then((importer) => loadImport(importer)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toBe(`${bad}: line 2, columns: expected 61, found 58`);
    expect(await graphCounts()).toEqual(before);
  });
});
