import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SKIP_REASONS, gdeltImporter, sqlDate } from '@/graph/import/gdelt';
import { ImportError, type ImportRecord, type Importer } from '@/graph/import/types';
import { Actor, Source, Stance } from '@/graph/model/schema';
import { gdeltEvent, writeGdeltFile } from '@/tests/support/gdeltFile';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gdelt-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const event = gdeltEvent;
const write = (name: string, rows: string[]) => writeGdeltFile(path.join(dir, name), rows);

async function collect(importer: Importer): Promise<ImportRecord[]> {
  const records: ImportRecord[] = [];
  for await (const batch of importer.records()) records.push(...batch);
  return records;
}
const values = (records: ImportRecord[], type: ImportRecord['type']) => records.filter((r) => r.type === type).map((r) => r.value as Record<string, unknown>);

describe('graph/import/gdelt', () => {
  it('turns Actor1 -> Actor2 events into stances by the CAMEO table, actors keyed by their codes', async () => {
    const file = write('20190128000000.export.CSV', [
      event({ GlobalEventID: '1001', EventCode: '163', EventRootCode: '16', QuadClass: '4', GoldsteinScale: '-8.0', SQLDATE: '20190128' }),
      event({ GlobalEventID: '1002', Actor1Code: 'RUS', Actor1Name: 'RUSSIA', Actor2Code: 'VENGOV', EventCode: '042', EventRootCode: '04', QuadClass: '1', GoldsteinScale: '1.9', SOURCEURL: 'BBC Monitoring' }),
    ]);
    const importer = await gdeltImporter(file);
    expect(importer.format).toBe('gdelt');
    expect(importer.dataset).toEqual({ id: 'gdelt-20190128000000', title: 'GDELT events 20190128000000.export.CSV' });
    const records = await collect(importer);
    expect(values(records, 'actor')).toEqual([
      { id: 'usa', name: 'United States', kind: 'state', aliases: ['USA'] },
      { id: 'vengov', name: 'Venezuela government', kind: 'institution', aliases: ['VENGOV'] },
      { id: 'rus', name: 'Russia', kind: 'state', aliases: ['RUS'] },
    ]);
    expect(values(records, 'source')).toEqual([
      { id: 'gdelt-1001', title: 'United States → Venezuela government: imposed an embargo, boycott or sanctions (CAMEO 163, GDELT event 1001)', publisher: 'example.com', date: '2019-01-23', url: 'https://www.example.com/news/1001' },
      { id: 'gdelt-1002', title: 'Russia → Venezuela government: visited (CAMEO 042, GDELT event 1002)', publisher: 'BBC Monitoring', date: '2019-01-23' },
    ]);
    expect(values(records, 'stance')).toEqual([
      { from: 'usa', to: 'vengov', kind: 'SANCTIONS', polarity: -1, date: '2019-01-28', certainty: 'reported', evidence: [{ event: '1001', source: 'gdelt-1001' }], eventCount: 1, lastSeen: '2019-01-28' },
      { from: 'rus', to: 'vengov', kind: 'NEGOTIATES_WITH', polarity: 1, date: '2019-01-23', certainty: 'reported', evidence: [{ event: '1002', source: 'gdelt-1002' }], eventCount: 1, lastSeen: '2019-01-23' },
    ]);
    for (const r of records) {
      const schema = { actor: Actor, source: Source, stance: Stance, topic: Actor }[r.type];
      expect(schema.safeParse(r.value).error?.issues ?? []).toEqual([]);
    }
    // Actors and sources come before the stances that name them: stances only at the end.
    expect(records.findIndex((r) => r.type === 'stance')).toBe(records.length - 2);
  });

  it('aggregates repeated events of one pair and kind into one stance: count, first and last date, up to maxUrls events', async () => {
    const file = write('repeat.export.CSV', [
      event({ GlobalEventID: '2001', SQLDATE: '20190125' }),
      event({ GlobalEventID: '2002', SQLDATE: '20190123', EventCode: '1121', EventRootCode: '11' }), // accuse: another kind
      event({ GlobalEventID: '2003', SQLDATE: '20190122' }),
      event({ GlobalEventID: '2004', SQLDATE: '20190130', EventCode: '110', QuadClass: '', GoldsteinScale: '-2.0' }),
      event({ GlobalEventID: '2005', SQLDATE: '20190124' }),
    ]);
    const importer = await gdeltImporter(file, { maxUrls: 2 });
    const records = await collect(importer);
    const stances = values(records, 'stance');
    expect(stances).toEqual([
      expect.objectContaining({ from: 'usa', to: 'vengov', kind: 'OPPOSES', polarity: -1, date: '2019-01-22', lastSeen: '2019-01-30', eventCount: 4, evidence: [{ event: '2001', source: 'gdelt-2001' }, { event: '2003', source: 'gdelt-2003' }] }),
      expect.objectContaining({ kind: 'ACCUSES', eventCount: 1, date: '2019-01-23' }),
    ]);
    // Only the events kept as evidence get a source record.
    expect(values(records, 'source').map((s) => s.id)).toEqual(['gdelt-2001', 'gdelt-2002', 'gdelt-2003']);
    expect(records.find((r) => r.type === 'stance')?.at).toBe('line 1');
    expect(await importer.version()).not.toBe(await (await gdeltImporter(file)).version());
  });

  it('skips and counts events without both actors, public statements, unknown codes and self-directed events', async () => {
    const file = write('skips.export.CSV', [
      event({ Actor2Code: '' }),
      event({ Actor1Code: '', Actor2Code: '' }),
      event({ EventCode: '010', EventRootCode: '01', QuadClass: '1' }),
      event({ EventCode: '999', EventRootCode: '99' }),
      event({ Actor1Code: 'VENGOV', Actor2Code: 'VENGOV' }),
      '',
      event({}),
    ]);
    const importer = await gdeltImporter(file);
    const records = await collect(importer);
    expect(values(records, 'stance')).toHaveLength(1);
    expect(importer.skipped()).toEqual([
      { reason: SKIP_REASONS.noActors, count: 2 },
      { reason: SKIP_REASONS.noStance, count: 1 },
      { reason: SKIP_REASONS.unknownCode, count: 1 },
      { reason: SKIP_REASONS.sameActor, count: 1 },
    ]);
    expect(records.find((r) => r.type === 'stance')?.at).toBe('line 7');
  });

  it('names the line of a row with the wrong number of columns, or a bad SQLDATE', async () => {
    const short = event({}).split('\t').slice(0, 58).join('\t');
    const file = write('short.export.CSV', [event({}), short]);
    const importer = await gdeltImporter(file);
    await expect(collect(importer)).rejects.toThrow(new ImportError(file, 'line 2', 'columns', 'expected 61, found 58'));
    await expect(collect(importer)).rejects.toThrow(`${file}: line 2, columns: expected 61, found 58`);
    const bad = write('baddate.export.CSV', [event({ SQLDATE: '20190230' })]);
    await expect(collect(await gdeltImporter(bad))).rejects.toThrow(`${bad}: line 1, SQLDATE: "20190230" is not a date written YYYYMMDD`);
    await expect(gdeltImporter(path.join(dir, 'absent.export.CSV'))).rejects.toThrow(/cannot read the file: ENOENT/);
    await expect(gdeltImporter(file, { maxUrls: 0 })).rejects.toThrow(/maxUrls: must be a whole number of at least 1/);
  });

  it('reads dates written YYYYMMDD', () => {
    expect(sqlDate('20190123')).toBe('2019-01-23');
    expect(sqlDate('20190123141500')).toBe('2019-01-23');
    expect(sqlDate('2019-01-23')).toBeNull();
    expect(sqlDate('20190229')).toBeNull();
  });
});
