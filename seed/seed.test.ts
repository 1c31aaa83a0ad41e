import { describeReport, parseSeedArgs, UsageError } from '@/seed/seed';
import { DEFAULT_DATASET } from '@/graph/import/readDataset';

describe('seed/seed', () => {
  it('reads a file with its data set name, title and format, and defaults to the Venezuela data', () => {
    expect(parseSeedArgs(['events.export.CSV', '--dataset', 'gdelt-2019', '--title', 'GDELT, Jan 2019'])).toEqual({
      file: 'events.export.CSV',
      reset: false,
      importer: { dataset: 'gdelt-2019', title: 'GDELT, Jan 2019' },
    });
    expect(parseSeedArgs(['--reset'])).toEqual({ file: DEFAULT_DATASET, reset: true, importer: {} });
    expect(parseSeedArgs(['x.txt', '--format', 'gdelt', '--person', '--actors', 'a.csv']).importer).toEqual({ format: 'gdelt', actorVariable: 'person', actors: 'a.csv' });
    expect(parseSeedArgs(['--remove', 'crisis-b'])).toMatchObject({ remove: 'crisis-b' });
    expect(parseSeedArgs(['s.csv', '--default-kind', 'state', '--max-urls', '5']).importer).toEqual({ defaultKind: 'state', maxUrls: 5 });
  });

  it.each([
    [['--bogus'], 'Unknown option --bogus'],
    [['--dataset'], '--dataset needs a value'],
    [['a.csv', 'b.csv'], 'One file at a time (got a.csv, b.csv)'],
    [['--format', 'xlsx'], '--format must be one of yaml, json, spreadsheet, dna, gdelt (got "xlsx")'],
    [['--remove', 'x', 'a.csv'], '--remove takes a data set id and nothing else'],
    [['--max-urls', '0'], '--max-urls must be a whole number of 1 or more (got "0")'],
  ])('refuses %j with a usage error', (args, message) => {
    expect(() => parseSeedArgs(args)).toThrow(UsageError);
    expect(() => parseSeedArgs(args)).toThrow(message);
  });

  it('reports what a load added, updated, merged, removed and skipped', () => {
    const text = describeReport(
      {
        dataset: 'd', version: 'v1', format: 'spreadsheet', actors: 3, topics: 1, sources: 2, stances: 4,
        stancesAdded: 2, stancesUpdated: 1, stancesUnchanged: 1, stancesMerged: 5, stancesRemoved: 1,
        nodesCreated: 0, relationshipsCreated: 0, skipped: [{ reason: 'rows without both actor codes', count: 7 }], warnings: ['"US" (us) has the name of "united-states"'],
      },
      'Data',
      1500,
    );
    expect(text).toContain('in 1.5 s: 3 actors, 1 topics, 2 sources, 4 stances.');
    expect(text).toContain('Stances: 2 added, 1 updated, 1 unchanged, 5 rows merged into stances met earlier, 1 no longer in the data removed.');
    expect(text).toContain('Skipped 7: rows without both actor codes.');
    expect(text).toContain('Note: "US" (us) has the name of "united-states".');
  });
});
