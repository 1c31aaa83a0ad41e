import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dnaImporter } from '@/graph/import/dna';
import { loadSqlJs, sqliteHeaderProblem } from '@/graph/import/dnaDatabase';
import { kindOfDnaType } from '@/graph/import/dnaEntities';
import { ImportError, type Importer, type ImportRecord } from '@/graph/import/types';
import { Dataset, stanceId, type Source, type Stance } from '@/graph/model/schema';
import { DEFAULT_STATEMENT_TYPES, writeDnaFile, type DnaFileSpec } from '@/tests/support/dnaFile';

const DOC1 = 'Caracas, 24 January. The Lima Group said it supports fresh elections in Venezuela. The government rejected fresh elections outright, calling them a coup. ';
const DOC2 = 'Lima, 20 January. Ministers of the Lima Group backed fresh elections at their meeting. Greenpeace stayed out of it. a ';
const DOC3 = 'An unrelated briefing with no coded statements.';

/** A small corpus: two statements of one stance (Lima Group for elections), one against, a short one, an annotation. */
const SPEC: DnaFileSpec = {
  documents: [
    { id: 1, title: 'Lima Group backs elections', text: DOC1, date: '2019-01-24', author: 'A. Reporter', source: 'El Diario', section: 'World' },
    { id: 2, title: 'Ministers meet in Lima', text: DOC2, date: '2019-01-20', source: '' },
    { id: 3, title: 'Briefing', text: DOC3, date: '2019-01-21', source: 'Wire' },
  ],
  statements: [
    { id: 10, document: 1, quote: 'The Lima Group said it supports fresh elections in Venezuela.', values: { organization: 'Lima Group', concept: 'Fresh elections', agreement: 1 } },
    { id: 11, document: 1, quote: 'The government rejected fresh elections outright', values: { organization: 'Government of Venezuela', concept: 'Fresh elections', agreement: 0 } },
    // Start/Stop take in the spaces around the sentence: the quote is trimmed and the offsets follow.
    { id: 12, document: 2, start: DOC2.indexOf('Ministers') - 1, stop: DOC2.indexOf('meeting.') + 'meeting.'.length + 1, values: { organization: 'Lima Group', concept: 'Fresh elections', agreement: 1 } },
    // Two characters once trimmed: skipped.
    { id: 13, document: 2, start: DOC2.length - 3, stop: DOC2.length, values: { organization: 'Greenpeace', concept: 'Fresh elections', agreement: 1 } },
    { id: 14, document: 2, quote: 'Greenpeace stayed out of it.', values: { organization: 'Greenpeace', agreement: 1 } },
    { id: 15, document: 1, quote: 'calling them a coup', type: 3, values: { note: 'rhetoric' } },
  ],
  entities: [
    { variable: 'organization', value: 'Lima Group', attributes: { Type: 'Alliance', Alias: 'Grupo de Lima; LG', Notes: 'Regional group formed in 2017.' } },
    { variable: 'organization', value: 'Government of Venezuela', attributes: { Type: 'Government' } },
    { variable: 'organization', value: 'Greenpeace', attributes: { Type: 'NGO' } },
    { variable: 'concept', value: 'Fresh elections', attributes: { Notes: 'A new presidential election.' } },
  ],
};

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dna-import-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const file = (name: string, spec: DnaFileSpec) => writeDnaFile(path.join(dir, name), spec);

async function collect(importer: Importer): Promise<ImportRecord[]> {
  const out: ImportRecord[] = [];
  for await (const batch of importer.records()) out.push(...batch);
  return out;
}

const values = <T>(records: ImportRecord[], type: ImportRecord['type']) => records.filter((r) => r.type === type).map((r) => r.value as T);

async function importError(run: () => Promise<unknown>): Promise<ImportError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('graph/import/dna', () => {
  it('maps documents to sources with their text, in the contract order', async () => {
    const importer = await dnaImporter(await file('venezuela-2019.dna', SPEC));
    const records = await collect(importer);
    expect(records.map((r) => r.type)).toEqual(['source', 'source', 'actor', 'actor', 'topic', 'stance', 'stance']);
    const sources = values<Source>(records, 'source');
    expect(sources[0]).toEqual({
      id: 'venezuela-2019-doc-1',
      title: 'Lima Group backs elections',
      publisher: 'El Diario',
      date: '2019-01-24',
      author: 'A. Reporter',
      section: 'World',
      text: DOC1,
    });
    // An empty DNA Source still needs a publisher; no author or section is left out, not empty.
    expect(sources[1]).toEqual({ id: 'venezuela-2019-doc-2', title: 'Ministers meet in Lima', publisher: 'Unknown publisher', date: '2019-01-20', text: DOC2 });
    expect(records[0]!.at).toBe('document 1');
    expect(importer.dataset).toMatchObject({ id: 'venezuela-2019', title: 'venezuela-2019.dna' });
    expect(importer.format).toBe('dna');
  });

  it('groups statements with the same actor, concept and agreement into one stance whose quotes sit at their offsets', async () => {
    const records = await collect(await dnaImporter(await file('grouped.dna', SPEC)));
    const stances = values<Stance>(records, 'stance');
    const sources = new Map(values<Source>(records, 'source').map((s) => [s.id, s]));
    const support = stances.find((s) => s.from === 'lima-group')!;
    // No explicit id: one stance per actor, concept and kind, and the loader keys stances within their data set.
    expect(stanceId(support)).toBe('lima-group--supports--fresh-elections');
    expect(support).toMatchObject({ to: 'fresh-elections', kind: 'SUPPORTS', polarity: 1, certainty: 'reported' });
    // Dated by its earliest statement's document (document 2, 20 January), which comes first.
    expect(support.date).toBe('2019-01-20');
    expect(support.evidence.map((e) => e.source)).toEqual(['grouped-doc-2', 'grouped-doc-1']);
    expect(support.evidence[0]!.quote).toBe('Ministers of the Lima Group backed fresh elections at their meeting.');
    expect(records.find((r) => r.type === 'stance' && (r.value as Stance).from === 'lima-group')!.at).toBe('statements 12, 10');
    for (const stance of stances) {
      for (const e of stance.evidence) expect(sources.get(e.source)!.text!.slice(e.start, e.end)).toBe(e.quote);
    }
    const against = stances.find((s) => s.from === 'government-of-venezuela')!;
    expect(against).toMatchObject({ kind: 'OPPOSES', polarity: -1, date: '2019-01-24' });
    expect(against.evidence).toEqual([{ quote: 'The government rejected fresh elections outright', source: 'grouped-doc-1', start: DOC1.indexOf('The government'), end: DOC1.indexOf(' outright') + ' outright'.length }]);
  });

  it('gives records the data format accepts as a whole data set', async () => {
    const importer = await dnaImporter(await file('whole.dna', SPEC), { dataset: 'lima', title: 'Lima Group coding' });
    const records = await collect(importer);
    const parsed = Dataset.safeParse({
      dataset: importer.dataset,
      actors: values(records, 'actor'),
      topics: values(records, 'topic'),
      sources: values(records, 'source'),
      stances: values(records, 'stance'),
    });
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(importer.dataset).toMatchObject({ id: 'lima', title: 'Lima Group coding' });
  });

  it('maps entity attributes: Alias to aliases, Type to the actor kind, the DNA type and Notes kept in the description', async () => {
    const records = await collect(await dnaImporter(await file('entities.dna', SPEC)));
    expect(values(records, 'actor')).toEqual([
      { id: 'government-of-venezuela', name: 'Government of Venezuela', aliases: [], kind: 'institution', description: 'DNA type: Government' },
      { id: 'lima-group', name: 'Lima Group', aliases: ['Grupo de Lima', 'LG'], kind: 'bloc', description: 'Regional group formed in 2017. (DNA type: Alliance)' },
    ]);
    expect(values(records, 'topic')).toEqual([{ id: 'fresh-elections', name: 'Fresh elections', description: 'A new presidential election.' }]);
    expect(records.find((r) => r.type === 'actor')!.at).toMatch(/^entity \d+ \(organization "Government of Venezuela"\)$/);
  });

  it('reads DNA types case-insensitively, singular or plural, and leaves unknown ones to the caller', () => {
    expect(kindOfDnaType('GOVERNMENT')).toBe('institution');
    expect(kindOfDnaType('Companies')).toBe('company');
    expect(kindOfDnaType('armed_forces')).toBe('armed_force');
    expect(kindOfDnaType('States')).toBe('state');
    expect(kindOfDnaType('NGO')).toBeNull();
  });

  it('keeps an unmapped DNA type as an organisation with the type in its description', async () => {
    const spec: DnaFileSpec = { ...SPEC, statements: [{ id: 1, document: 2, quote: 'Greenpeace stayed out of it.', values: { organization: 'Greenpeace', concept: 'Neutrality', agreement: 1 } }] };
    const records = await collect(await dnaImporter(await file('ngo.dna', spec)));
    expect(values(records, 'actor')).toEqual([{ id: 'greenpeace', name: 'Greenpeace', aliases: [], kind: 'organisation', description: 'DNA type: NGO' }]);
  });

  it('takes the actor from the person variable when asked, as a person', async () => {
    const spec: DnaFileSpec = {
      ...SPEC,
      statements: [{ id: 1, document: 1, quote: 'The Lima Group said it supports fresh elections', values: { person: 'Juan Guaidó', organization: 'Lima Group', concept: 'Fresh elections', agreement: 1 } }],
      entities: [{ variable: 'person', value: 'Juan Guaidó', attributes: { Type: 'Government' } }],
    };
    const path1 = await file('person.dna', spec);
    const records = await collect(await dnaImporter(path1, { actorVariable: 'person' }));
    expect(values(records, 'actor')).toEqual([{ id: 'juan-guaido', name: 'Juan Guaidó', aliases: [], kind: 'person', description: 'DNA type: Government' }]);
    expect(values<Stance>(records, 'stance')[0]).toMatchObject({ from: 'juan-guaido', to: 'fresh-elections' });
    // The option shapes the records, so it is part of the version.
    expect(await (await dnaImporter(path1, { actorVariable: 'person' })).version()).not.toBe(await (await dnaImporter(path1)).version());
  });

  it('counts what it skips: short quotes, statements with no concept, other statement types, unquoted documents', async () => {
    const importer = await dnaImporter(await file('skipped.dna', SPEC));
    expect(importer.skipped()).toEqual([]);
    const first = await collect(importer);
    expect(importer.skipped()).toEqual([
      { reason: 'statements whose quote is shorter than 3 characters', count: 1 },
      { reason: 'statements with no concept', count: 1 },
      { reason: 'statements of other statement types than "DNA Statement"', count: 1 },
      { reason: 'documents with no imported statement', count: 1 },
    ]);
    // Greenpeace's only statements were skipped: no actor without a stance.
    expect(values<{ id: string }>(first, 'actor').map((a) => a.id)).not.toContain('greenpeace');
    // Every pass reads the file afresh and gives the same records.
    expect(await collect(importer)).toEqual(first);
  });

  it('refuses two entities whose ids would be the same, naming both', async () => {
    const spec: DnaFileSpec = {
      ...SPEC,
      entities: [],
      statements: [
        { id: 1, document: 1, quote: 'The Lima Group said', values: { organization: 'Lima Group', concept: 'Fresh elections', agreement: 1 } },
        { id: 2, document: 1, quote: 'it supports fresh elections', values: { organization: 'Lima-Group', concept: 'Fresh elections', agreement: 1 } },
      ],
    };
    const error = await importError(async () => collect(await dnaImporter(await file('clash.dna', spec))));
    expect(error.message).toContain('statement 2, organization: organization "Lima Group" and organization "Lima-Group" would both get the id "lima-group"');
  });

  it('rejects a truncated file', async () => {
    const whole = fs.readFileSync(await file('whole-copy.dna', SPEC));
    const cut = path.join(dir, 'truncated.dna');
    fs.writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    const error = await importError(() => dnaImporter(cut));
    expect(error.message).toBe(`${cut}: is not a DNA database: the file is truncated (${Math.floor(whole.length / 2)} bytes; its header says ${whole.length})`);
    fs.writeFileSync(cut, whole.subarray(0, 50));
    expect((await importError(() => dnaImporter(cut))).message).toContain('is not a DNA database: the file is truncated (50 bytes, shorter than the SQLite header)');
  });

  it('rejects a file that is not SQLite at all', async () => {
    const notDna = path.join(dir, 'notes.dna');
    fs.writeFileSync(notDna, 'from,to,kind\nus,venezuela,SUPPORTS\n');
    expect((await importError(() => dnaImporter(notDna))).message).toBe(`${notDna}: is not a DNA database: it is not an SQLite file`);
    expect(sqliteHeaderProblem(new Uint8Array())).toBe('the file is empty');
  });

  it('rejects an SQLite database that is not DNA', async () => {
    const SQL = await loadSqlJs();
    const db = new SQL.Database();
    db.run('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)');
    const other = path.join(dir, 'other.dna');
    fs.writeFileSync(other, db.export());
    db.close();
    expect((await importError(() => dnaImporter(other))).message).toBe(`${other}: is not a DNA database: it has no SETTINGS table (DNA records its version there)`);
  });

  it('rejects a database of another DNA version, saying which', async () => {
    const error = await importError(async () => dnaImporter(await file('dna2.dna', { ...SPEC, version: '2.0 beta 25' })));
    expect(error).toMatchObject({ at: 'SETTINGS', field: 'version' });
    expect(error.problem).toBe('is DNA 2.0 beta 25; only DNA 3.x databases can be imported');
  });

  it('rejects a database with no statement type that has the agreement variable, listing the types found', async () => {
    const withoutAgreement = DEFAULT_STATEMENT_TYPES.map((t) => ({ ...t, variables: t.variables.filter((v) => v.name !== 'agreement') }));
    const spec: DnaFileSpec = { ...SPEC, statementTypes: withoutAgreement, entities: [], statements: [] };
    const error = await importError(async () => dnaImporter(await file('no-agreement.dna', spec)));
    expect(error.problem).toBe(
      'no statement type has the variables organization (short text), concept (short text) and agreement (boolean); ' +
        'statement types found: "DNA Statement" lacks agreement; "Annotation" lacks organization, concept, agreement',
    );
  });

  it('rejects a statement whose Start and Stop fall outside its document', async () => {
    const spec: DnaFileSpec = { ...SPEC, entities: [], statements: [{ id: 7, document: 3, start: 10, stop: DOC3.length + 5, values: { organization: 'Lima Group', concept: 'Fresh elections', agreement: 1 } }] };
    const importer = await dnaImporter(await file('outside.dna', spec));
    const error = await importError(() => collect(importer));
    expect(error).toMatchObject({ at: 'statement 7', field: 'Stop' });
    expect(error.problem).toBe(`offsets 10-${DOC3.length + 5} fall outside document 3, whose text is ${DOC3.length} characters long`);
  });
});
