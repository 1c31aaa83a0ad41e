import { parseExportArgs } from '@/scripts/exportArgs';

describe('scripts/exportArgs', () => {
  it('reads --dataset, --format and --out, in either spelling', () => {
    expect(parseExportArgs(['--dataset', 'venezuela-2019'])).toEqual({ dataset: 'venezuela-2019', format: 'yaml' });
    expect(parseExportArgs(['--dataset=venezuela-2019', '--format=json', '--out', 'v.json'])).toEqual({ dataset: 'venezuela-2019', format: 'json', out: 'v.json' });
    expect(parseExportArgs(['--format', 'CSV', '--dataset', 'x'])).toEqual({ dataset: 'x', format: 'csv' });
  });

  it("takes the format from --out's extension unless --format says otherwise", () => {
    expect(parseExportArgs(['--dataset', 'x', '--out', 'x.json'])).toMatchObject({ format: 'json' });
    expect(parseExportArgs(['--dataset', 'x', '--out', 'x.yml'])).toMatchObject({ format: 'yaml' });
    expect(parseExportArgs(['--dataset', 'x', '--out', 'x.csv', '--format', 'yaml'])).toMatchObject({ format: 'yaml' });
    expect(parseExportArgs(['--dataset', 'x', '--out', 'x.txt'])).toMatchObject({ format: 'yaml' });
  });

  it('names the option in every error', () => {
    expect(() => parseExportArgs([])).toThrow(/Missing --dataset/);
    expect(() => parseExportArgs(['--dataset'])).toThrow(/--dataset needs a value/);
    expect(() => parseExportArgs(['--dataset', '--format', 'json'])).toThrow(/--dataset needs a value/);
    expect(() => parseExportArgs(['--dataset', 'x', '--format', 'xml'])).toThrow(/--format must be yaml, json or csv \(got "xml"\)/);
    expect(() => parseExportArgs(['--dataset', 'x', '--fromat', 'json'])).toThrow(/Unknown option --fromat/);
    expect(() => parseExportArgs(['venezuela-2019'])).toThrow(/Unexpected argument "venezuela-2019": name the data set with --dataset/);
    expect(() => parseExportArgs(['--dataset', 'x', '--dataset', 'y'])).toThrow(/--dataset is given twice/);
  });

  it('asks for help with -h or --help', () => {
    expect(parseExportArgs(['--help'])).toEqual({ help: true });
  });
});
