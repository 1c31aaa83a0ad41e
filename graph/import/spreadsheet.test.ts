import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EMPTY_ROW_REASON, EXTERNAL_REASON, defaultKindReason, spreadsheetImporter } from '@/graph/import/spreadsheet';
import { ImportError, type ImportRecord, type Importer } from '@/graph/import/types';
import { Actor, Source, Stance, Topic, stanceId } from '@/graph/model/schema';

const TEMPLATE = path.join(__dirname, '..', '..', 'docs', 'import', 'stances-template.csv');
const ACTORS_TEMPLATE = path.join(__dirname, '..', '..', 'docs', 'import', 'actors-template.csv');

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spreadsheet-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

async function collect(importer: Importer): Promise<{ records: ImportRecord[]; batches: number[] }> {
  const records: ImportRecord[] = [];
  const batches: number[] = [];
  for await (const batch of importer.records()) {
    batches.push(batch.length);
    records.push(...batch);
  }
  return { records, batches };
}

const HEADER = 'from,to,kind,polarity,date,certainty,quote,source title,publisher,source date';
const values = (records: ImportRecord[], type: ImportRecord['type']) => records.filter((r) => r.type === type).map((r) => r.value as Record<string, unknown>);

/** The contract: every id a stance names was emitted before it. */
function expectDefinedBeforeUse(records: ImportRecord[]): void {
  const seen = new Set<string>();
  for (const r of records) {
    const v = r.value as { id?: string; from?: string; to?: string; evidence?: { source: string }[] };
    if (r.type !== 'stance') seen.add(v.id ?? '');
    else {
      expect(seen).toContain(v.from);
      expect(seen).toContain(v.to);
      for (const e of v.evidence ?? []) expect(seen).toContain(e.source);
    }
  }
}

describe('graph/import/spreadsheet', () => {
  it('reads the documented template into records the data format accepts, each named thing before its stance', async () => {
    const importer = await spreadsheetImporter(TEMPLATE);
    expect(importer.format).toBe('spreadsheet');
    expect(importer.dataset).toEqual({ id: 'stances-template', title: 'stances-template' });
    const { records } = await collect(importer);
    expectDefinedBeforeUse(records);
    for (const r of records) {
      const schema = { actor: Actor, topic: Topic, source: Source, stance: Stance }[r.type];
      expect(schema.safeParse(r.value).error?.issues ?? []).toEqual([]);
    }
    expect(values(records, 'actor').map((a) => [a.id, a.kind])).toEqual([
      ['russia', 'state'],
      ['nicolas-maduro', 'person'],
      ['china', 'state'],
      ['vladimir-putin', 'person'],
      ['lima-group', 'bloc'],
      ['russian-military-contractors', 'group'],
    ]);
    expect(values(records, 'topic')).toEqual([{ id: 'foreign-military-intervention-in-venezuela', name: 'Foreign military intervention in Venezuela' }]);
    expect(values(records, 'source')).toHaveLength(2);
    const stances = records.filter((r) => r.type === 'stance');
    expect(stances.map((r) => r.at)).toEqual(['row 2', 'row 3', 'row 4', 'row 5', 'row 6', 'row 7', 'row 8']);
    const [first, second, polarityOnly] = stances.map((r) => r.value as Stance);
    // Two rows, one stance: the same default id, one quote each.
    expect(stanceId(first!)).toBe(stanceId(second!));
    expect(polarityOnly).toMatchObject({ from: 'china', to: 'nicolas-maduro', kind: 'SUPPORTS', polarity: 1 });
    // The quoted note spans two lines of the file and is still row 7; the next row is row 8 (line 9).
    expect((stances[5]!.value as Stance).note).toContain('officials\nand the Kremlin');
    expect(importer.skipped()).toEqual([]);
  });

  it('reads TSV with a byte order mark, headers in any case and quoted cells with line breaks', async () => {
    const file = write(
      'stances.tsv',
      '\uFEFFFROM\tTo\tKind\tDATE\tCertainty\tQuote\tSource-Title\tPublisher\tSource Date\tfrom_kind\tto_kind\n' +
        'Alpha\tBeta\tsupports\t2020-01-02\tStated\t"Alpha, in ""full"" support\tof Beta\nsince Monday"\tWire story\tWire\t2020-01-02\tstate\tstate\n',
    );
    const { records } = await collect(await spreadsheetImporter(file));
    expect(values(records, 'stance')).toEqual([
      expect.objectContaining({ from: 'alpha', to: 'beta', kind: 'SUPPORTS', polarity: 1, certainty: 'stated', evidence: [expect.objectContaining({ quote: 'Alpha, in "full" support\tof Beta\nsince Monday' })] }),
    ]);
    expect(values(records, 'actor')[0]).toEqual({ id: 'alpha', name: 'Alpha', kind: 'state', aliases: [] });
  });

  it('takes actors and topics from a second file, and matches stance cells by id, name or alias', async () => {
    const stances = write(
      'with-actors.csv',
      `${HEADER}\nUS,Maduro,OPPOSES,,2019-01-23,stated,We oppose him,Post,Daily,2019-01-23\nLima Group,foreign-military-intervention,opposes,-1,2019-01-30,reported,The group opposes intervention,Post,Daily,2019-01-23\n`,
    );
    const importer = await spreadsheetImporter(stances, { actors: ACTORS_TEMPLATE });
    const { records } = await collect(importer);
    expect(records.slice(0, 4).map((r) => [r.type, r.at])).toEqual([
      ['actor', `${ACTORS_TEMPLATE} row 2`],
      ['actor', `${ACTORS_TEMPLATE} row 3`],
      ['actor', `${ACTORS_TEMPLATE} row 4`],
      ['topic', `${ACTORS_TEMPLATE} row 5`],
    ]);
    expect(values(records, 'actor')[0]).toMatchObject({ id: 'united-states', aliases: ['US', 'U.S.', 'Washington'] });
    expect(values(records, 'stance').map((s) => [s.from, s.to, s.polarity])).toEqual([
      ['united-states', 'nicolas-maduro', -1],
      ['lima-group', 'foreign-military-intervention', -1],
    ]);
    // Nothing was made up from the stance rows: only the file's four and one source.
    expect(records.filter((r) => r.type !== 'stance')).toHaveLength(5);
    expectDefinedBeforeUse(records);
  });

  it('creates unknown actors from a name with a kind, and leaves a name without one as an id for the database', async () => {
    const file = write(
      'unknown.csv',
      `${HEADER},from_kind\nNicolás Maduro,Juan Guaidó,OPPOSES,-1,2019-01-23,stated,He is a puppet,Post,Daily,2019-01-23,person\n,,,,,,,,,\nNicolas Maduro,Fresh elections,,-1,2019-01-24,stated,No new vote,Post,Daily,2019-01-23,\n`,
    );
    const importer = await spreadsheetImporter(file);
    const { records } = await collect(importer);
    expect(values(records, 'actor')).toEqual([{ id: 'nicolas-maduro', name: 'Nicolás Maduro', kind: 'person', aliases: [] }]);
    expect(values(records, 'stance').map((s) => [s.from, s.to])).toEqual([
      ['nicolas-maduro', 'juan-guaido'],
      ['nicolas-maduro', 'fresh-elections'],
    ]);
    expect(records.find((r) => r.type === 'stance' && (r.value as Stance).to === 'fresh-elections')?.at).toBe('row 4');
    expect(importer.skipped()).toEqual([
      { reason: EMPTY_ROW_REASON, count: 1 },
      { reason: EXTERNAL_REASON, count: 2 },
    ]);

    // With a default kind they are created instead, and reported.
    const withDefault = await spreadsheetImporter(file, { defaultKind: 'organisation' });
    const created = values((await collect(withDefault)).records, 'actor');
    expect(created.map((a) => [a.id, a.kind])).toEqual([
      ['nicolas-maduro', 'person'],
      ['juan-guaido', 'organisation'],
      ['fresh-elections', 'organisation'],
    ]);
    expect(withDefault.skipped()).toEqual([
      { reason: EMPTY_ROW_REASON, count: 1 },
      { reason: defaultKindReason('organisation'), count: 2 },
    ]);
  });

  it('cites a source by id alone when the row gives no title, publisher or date (a source already in the database)', async () => {
    const file = write('source-id.csv', `source,${HEADER}\nbbc-2019-01-30-opposition-army,russia,nicolas-maduro,SUPPORTS,1,2019-01-30,reported,Russia and China continue to back Mr Maduro,,,\n`);
    const { records } = await collect(await spreadsheetImporter(file));
    expect(records.map((r) => r.type)).toEqual(['stance']);
    expect(values(records, 'stance')[0]).toMatchObject({ evidence: [{ source: 'bbc-2019-01-30-opposition-army' }] });
  });

  it('refuses a kind given for a name after a row already named it without one', async () => {
    const file = write(
      'kind-too-late.csv',
      `${HEADER},to_kind\nA,Beta,SUPPORTS,1,2020-01-01,stated,aaa,T,P,2020-01-01,\nA,Beta,OPPOSES,-1,2020-01-02,stated,bbb,T,P,2020-01-01,state\n`,
    );
    await expect(collect(await spreadsheetImporter(file))).rejects.toThrow(/row 3, to_kind: "beta" was named without a kind at row 2, before this row defines it/);
  });

  it('maps polarity to a kind when the kind is empty, and a kind to its usual polarity', async () => {
    const file = write(
      'polarity.csv',
      `${HEADER}\nA,B,,+1,2020-01-01,stated,aaa,T,P,2020-01-01\nA,C,,-1,2020-01-01,stated,bbb,T,P,2020-01-01\nA,D,,0,2020-01-01,stated,ccc,T,P,2020-01-01\nA,E,does not recognise,,2020-01-01,stated,ddd,T,P,2020-01-01\nA,F,,plus,2020-01-01,stated,eee,T,P,2020-01-01\n`,
    );
    const stances = values((await collect(await spreadsheetImporter(file))).records, 'stance');
    expect(stances.map((s) => [s.kind, s.polarity])).toEqual([
      ['SUPPORTS', 1],
      ['OPPOSES', -1],
      [undefined, 0], // polarity 0 names no kind: the loader reports the row's missing kind
      ['DOES_NOT_RECOGNISE', -1],
      [undefined, 'plus'],
    ]);
  });

  it('rejects a file without a required column before any record', async () => {
    const file = write('no-date.csv', 'from,to,kind,certainty,quote,source_title,publisher,source_date\nA,B,SUPPORTS,stated,aaa,T,P,2020-01-01\n');
    await expect(spreadsheetImporter(file)).rejects.toThrow(new ImportError(file, 'header', 'date', 'missing column "date" (see docs/import/spreadsheet.md)'));
    const neither = write('no-kind.csv', 'from,to,date,certainty,quote,source_title,publisher,source_date\n');
    await expect(spreadsheetImporter(neither)).rejects.toThrow(/header, kind: missing column: a stances file needs a "kind" or a "polarity" column/);
    await expect(spreadsheetImporter(path.join(dir, 'absent.csv'))).rejects.toThrow(/absent\.csv: cannot read the file: ENOENT/);
  });

  it('hands a bad date on row 40,001 to the loader as written, with its row, in batches of 2,000', async () => {
    const lines = [HEADER];
    for (let i = 2; i <= 40_002; i++) lines.push(`a${i % 50},b${i % 70},SUPPORTS,1,${i === 40_001 ? '2019-02-30' : '2019-01-02'},stated,quote ${i},T,P,2019-01-01`);
    const file = write('late.csv', `${lines.join('\n')}\n`);
    const { records, batches } = await collect(await spreadsheetImporter(file));
    const late = records.find((r) => r.at === 'row 40001');
    expect(late).toMatchObject({ type: 'stance', value: { date: '2019-02-30', evidence: [{ quote: 'quote 40001' }] } });
    expect(Stance.safeParse(late?.value).error?.issues[0]?.path).toEqual(['date']);
    expect(Math.max(...batches)).toBeLessThanOrEqual(2001);
    expect(batches.length).toBeGreaterThanOrEqual(20);
  });

  it('names the row of a cell under no header, of broken quoting and of an actor defined after its first use', async () => {
    const good = 'A,B,SUPPORTS,1,2020-01-01,stated,aaa,T,P,2020-01-01';
    const extra = write('extra.csv', `${HEADER}\n${good},,\n${good},surplus\n`);
    await expect(collect(await spreadsheetImporter(extra))).rejects.toThrow(`${extra}: row 3: has 11 cells but the header has 10 columns`);
    const broken = write('broken.csv', `${HEADER}\n${good}\nA,B,SUPPORTS,1,2020-01-01,stated,"never closed,T,P,2020-01-01\n`);
    await expect(collect(await spreadsheetImporter(broken))).rejects.toThrow(/broken\.csv: row 3: is not valid CSV: Quote Not Closed/);
    const late = write('late-actor.csv', `type,id,name,${HEADER}\n,,,A,B,SUPPORTS,1,2020-01-01,stated,aaa,T,P,2020-01-01\nactor,a,Alpha,,,state,,,,,,,\n`);
    await expect(collect(await spreadsheetImporter(late))).rejects.toThrow(/row 3, id: "a" was named without a kind at row 2, before this row defines it/);
    const twice = write('twice.csv', `type,id,name,${HEADER}\nactor,united-states,USA,,,state,,,,,,,\n`);
    await expect(collect(await spreadsheetImporter(twice, { actors: ACTORS_TEMPLATE }))).rejects.toThrow(`row 2, id: "united-states" is already defined at ${ACTORS_TEMPLATE} row 2`);
  });

  it('reads afresh on every pass and versions the input with its options', async () => {
    const importer = await spreadsheetImporter(TEMPLATE, { actors: ACTORS_TEMPLATE });
    expect((await collect(importer)).records).toEqual((await collect(importer)).records);
    const version = await importer.version();
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(await (await spreadsheetImporter(TEMPLATE, { actors: ACTORS_TEMPLATE })).version()).toBe(version);
    expect(await (await spreadsheetImporter(TEMPLATE)).version()).not.toBe(version);
  });

  it('takes the data set from a leading dataset row unless options name it', async () => {
    const file = write('named.csv', `type,id,name,description,${HEADER}\ndataset,crisis-x,Crisis X,A test,,,,,,,,,,\n`);
    expect((await spreadsheetImporter(file)).dataset).toEqual({ id: 'crisis-x', title: 'Crisis X', description: 'A test' });
    expect((await spreadsheetImporter(file, { dataset: 'other', title: 'Other' })).dataset).toEqual({ id: 'other', title: 'Other', description: 'A test' });
  });
});
