import { formatOf, importerFor } from '@/graph/import';

describe('graph/import (importerFor)', () => {
  it.each([
    ['seed/data/venezuela-2019.yaml', 'yaml'],
    ['x.YML', 'yaml'],
    ['x.json', 'json'],
    ['stances.csv', 'spreadsheet'],
    ['stances.tsv', 'spreadsheet'],
    ['coding.dna', 'dna'],
    ['20190125000000.export.CSV', 'gdelt'],
    ['notes.txt', null],
  ])('reads the format of %s as %s', (file, format) => {
    expect(formatOf(file)).toBe(format);
  });

  it('names the file and the ways out when the format cannot be told', async () => {
    await expect(importerFor('notes.txt')).rejects.toThrow('notes.txt: cannot tell the format from the file name');
  });

  it('renames the data set of a data file with --dataset and --title', async () => {
    const importer = await importerFor('seed/data/venezuela-2019.yaml', { dataset: 'copy', title: 'A copy' });
    expect(importer.dataset).toMatchObject({ id: 'copy', title: 'A copy' });
    expect(importer.format).toBe('yaml');
  });
});
