import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spreadsheetImporter } from '@/graph/import/spreadsheet';
import { SPREADSHEET_COLUMNS, columnOf, formatRow, toSpreadsheetRows, toSpreadsheetText } from '@/graph/import/spreadsheetFormat';
import type { ImportRecord, Importer } from '@/graph/import/types';
import { Dataset, stanceId, type Stance } from '@/graph/model/schema';
import { readDataset } from '@/graph/import/readDataset';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spreadsheet-format-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** What the loader does with the records: each id once, rows of one stance id merged. */
async function assemble(importer: Importer): Promise<Dataset> {
  const by: Record<'actor' | 'topic' | 'source', unknown[]> = { actor: [], topic: [], source: [] };
  const stances = new Map<string, Stance>();
  for await (const batch of importer.records()) {
    for (const record of batch as ImportRecord[]) {
      if (record.type !== 'stance') {
        by[record.type].push(record.value);
        continue;
      }
      const stance = record.value as Stance;
      const before = stances.get(stanceId(stance));
      if (before) before.evidence.push(...stance.evidence);
      else stances.set(stanceId(stance), stance);
    }
  }
  return Dataset.parse({ dataset: importer.dataset, actors: by.actor, topics: by.topic, sources: by.source, stances: [...stances.values()] });
}

describe('graph/import/spreadsheetFormat', () => {
  it('writes the Venezuela data set as rows that read back as the same data set, as CSV and as TSV', async () => {
    const original = readDataset();
    const rows = toSpreadsheetRows(original);
    expect(rows[0]).toEqual([...SPREADSHEET_COLUMNS]);
    expect(rows.length).toBe(1 + 1 + original.actors.length + original.topics.length + original.sources.length + original.stances.reduce((n, s) => n + s.evidence.length, 0));
    for (const [name, delimiter] of [['venezuela.csv', ','], ['venezuela.tsv', '\t']] as const) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, toSpreadsheetText(original, delimiter));
      const importer = await spreadsheetImporter(file);
      expect(await assemble(importer)).toEqual(original);
      expect(importer.skipped()).toEqual([]);
    }
  });

  it('keeps event evidence, offsets, full texts and stance counts through the round trip', async () => {
    const text = 'Alpha said: "we back Beta", twice.\n\tEnd.';
    const data = Dataset.parse({
      dataset: { id: 'events', title: 'Events, "quoted"' },
      actors: [
        { id: 'alpha', name: 'Alpha; the first', kind: 'state', aliases: ['A', 'Alf'] },
        { id: 'beta', name: 'Beta', kind: 'group' },
      ],
      sources: [
        { id: 'gdelt-1', title: 'Alpha praised Beta', publisher: 'example.org', date: '2020-01-02', url: 'https://example.org/a?x=1,2' },
        { id: 'article', title: 'Article', publisher: 'Wire', date: '2020-01-03', author: 'A. Writer', section: 'World', file: 'a.txt', text },
      ],
      stances: [
        { from: 'alpha', to: 'beta', kind: 'SUPPORTS', polarity: 1, date: '2020-01-02', certainty: 'reported', eventCount: 7, lastSeen: '2020-02-01', evidence: [{ event: '1', source: 'gdelt-1' }] },
        { id: 'quoted', from: 'beta', to: 'alpha', kind: 'COURTS', polarity: 0, date: '2020-01-03', until: '2020-01-09', certainty: 'stated', note: 'two\nlines', evidence: [{ quote: '"we back Beta"', source: 'article', start: 12, end: 26 }, { quote: 'twice', source: 'article' }] },
      ],
    });
    const file = path.join(dir, 'events.csv');
    fs.writeFileSync(file, toSpreadsheetText(data));
    const back = await assemble(await spreadsheetImporter(file));
    // The alias list is one cell: "A; Alf". A name with a semicolon is a name, not a list.
    expect(back).toEqual(data);
  });

  it('neutralises cells a spreadsheet would run as formulas, and reads them back unchanged (graph/model/csv.ts)', async () => {
    const hostile = '=HYPERLINK("https://evil.example","Open")';
    const data = Dataset.parse({
      dataset: { id: 'hostile', title: '@SUM(A1:A2)' },
      actors: [
        { id: 'alpha', name: hostile, kind: 'state', description: "'=already quoted" },
        { id: 'beta', name: '-Beta', kind: 'group' },
      ],
      sources: [{ id: 'src', title: '+1+1', publisher: '@wire', date: '2020-01-03', text: '\t=cmd said so' }],
      stances: [{ from: 'alpha', to: 'beta', kind: 'OPPOSES', polarity: -1, date: '2020-01-03', certainty: 'stated', note: '-2+3', evidence: [{ quote: '=cmd', source: 'src', start: 1, end: 5 }] }],
    });
    const text = toSpreadsheetText(data);
    expect(text).toContain(`"'=HYPERLINK(""https://evil.example"",""Open"")"`);
    expect(text).toContain("'@SUM(A1:A2)");
    expect(text).toContain(",-1,"); // polarity stays a number
    // No cell, read back as a spreadsheet does, begins with a formula character.
    for (const line of text.split('\n')) expect(line).not.toMatch(/(^|,)"?[=+@]/);
    const file = path.join(dir, 'hostile.csv');
    fs.writeFileSync(file, text);
    expect(await assemble(await spreadsheetImporter(file))).toEqual(data);
  });

  it('quotes only the cells that need it', () => {
    expect(formatRow(['plain', 'a,b', 'say "hi"', 'two\nlines', ' padded', 'tab\there'])).toBe('plain,"a,b","say ""hi""","two\nlines"," padded",tab\there');
    expect(formatRow(['a,b', 'tab\there'], '\t')).toBe('a,b\t"tab\there"');
  });

  it('names the column a data-format field comes from', () => {
    expect(columnOf('evidence[0].quote')).toBe('quote');
    expect(columnOf('evidence.0.start')).toBe('quote_start');
    expect(columnOf('date')).toBe('date');
    expect(columnOf('lastSeen')).toBe('last_seen');
    expect(columnOf('title')).toBe('source_title');
    expect(columnOf('nonsense')).toBeNull();
  });
});
