import { uploadFormat, uploadName } from '@/graph/edit/importUpload';

describe('graph/edit/importUpload', () => {
  it.each([
    ['stances.csv', 'spreadsheet', 'stances.csv'],
    ['C:\\Users\\me\\data.yaml', 'yaml', 'data.yaml'],
    ['../../etc/passwd', 'yaml', 'passwd.yaml'],
    ['..', 'json', 'upload.json'],
    ['notes.txt', 'spreadsheet', 'notes.txt.csv'],
    ['20190125.export.CSV', 'gdelt', '20190125.export.CSV'],
    ['events.tsv', 'gdelt', 'events.tsv.export.CSV'],
    ['Coding <2019>.dna', 'dna', 'Coding _2019_.dna'],
    ['Guaidó über.json', 'json', 'Guaidó über.json'],
    [undefined, 'dna', 'upload.dna'],
  ] as const)('names the upload %j read as %s: %s', (given, format, name) => {
    expect(uploadName(given, format)).toBe(name);
  });

  it('takes the format asked for, else the one the name implies, else says to choose one', () => {
    expect(uploadFormat('gdelt', 'x.csv')).toBe('gdelt');
    expect(uploadFormat(undefined, 'x.csv')).toBe('spreadsheet');
    expect(() => uploadFormat(undefined, 'x.txt')).toThrow('Cannot tell the format from the file name "x.txt": choose one');
    expect(() => uploadFormat(undefined, undefined)).toThrow('Cannot tell the format from the file name: choose one');
  });
});
