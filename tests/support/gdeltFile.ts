/**
 * Hand-written GDELT 2.0 event rows for tests: 61 tab-separated cells in codebook order, with
 * plausible values for every cell a test does not name (USA criticises VENGOV on 2019-01-23).
 */
import fs from 'node:fs';
import { COL, GDELT_COLUMNS } from '@/graph/import/gdelt';

export type GdeltFields = Partial<Record<keyof typeof COL, string>>;

let nextId = 800_000_000;

export function gdeltEvent(fields: GdeltFields = {}): string {
  const cells = Array.from({ length: GDELT_COLUMNS }, () => '');
  const id = fields.GlobalEventID ?? String(nextId++);
  const defaults: GdeltFields = {
    GlobalEventID: id,
    SQLDATE: '20190123',
    Actor1Code: 'USA',
    Actor1Name: 'UNITED STATES',
    Actor2Code: 'VENGOV',
    Actor2Name: 'NICOLAS MADURO',
    IsRootEvent: '1',
    EventCode: '111',
    EventBaseCode: '111',
    EventRootCode: '11',
    QuadClass: '3',
    GoldsteinScale: '-2.0',
    NumMentions: '10',
    NumSources: '2',
    NumArticles: '10',
    AvgTone: '-3.2',
    DATEADDED: '20190123141500',
    SOURCEURL: `https://www.example.com/news/${id}`,
  };
  for (const [key, value] of Object.entries({ ...defaults, ...fields })) cells[COL[key as keyof typeof COL]] = value;
  cells[2] = '201901'; // MonthYear
  cells[3] = '2019'; // Year
  return cells.join('\t');
}

export function writeGdeltFile(file: string, rows: string[]): string {
  fs.writeFileSync(file, `${rows.join('\n')}\n`);
  return file;
}
