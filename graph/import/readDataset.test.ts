import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { DatasetFileError, parseDataset, readDataset, YAML_MAX_ALIAS_COUNT } from '@/graph/import/readDataset';

const valid = {
  dataset: { id: 'tiny', title: 'Tiny' },
  actors: [
    { id: 'a', name: 'A', kind: 'state' },
    { id: 'b', name: 'B', kind: 'bloc' },
  ],
  sources: [{ id: 's', title: 'S', publisher: 'P', date: '2020-05-01' }],
  stances: [{ from: 'a', to: 'b', kind: 'MEMBER_OF', polarity: 0, date: '2020-05-01', certainty: 'reported', evidence: [{ quote: 'A joined B', source: 's' }] }],
};

/** A "billion laughs" YAML file: nine levels of nine aliases each, 9^9 strings once expanded. */
const BILLION_LAUGHS = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcdefghi'.split('').map((k, i) => { const p = 'abcdefghi'[i]!; return `${k}: &${k} [${Array(9).fill(`*${p}`).join(',')}]`; })].join('\n');

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof DatasetFileError) return error.problems;
    throw error;
  }
  throw new Error('expected a DatasetFileError');
}

describe('graph/import/readDataset', () => {
  it('reads the same data from JSON and YAML', () => {
    const fromJson = parseDataset(JSON.stringify(valid), 'x.json');
    const fromYaml = parseDataset(stringify(valid), 'x.yaml');
    expect(fromYaml).toEqual(fromJson);
    expect(fromJson.stances[0]?.kind).toBe('MEMBER_OF');
  });

  it('refuses a YAML alias bomb ("billion laughs") with an error naming the file and the limit', () => {
    const problems = problemsOf(() => parseDataset(BILLION_LAUGHS, 'laughs.yaml'));
    expect(problems).toEqual([expect.stringContaining(`limit of ${YAML_MAX_ALIAS_COUNT} alias uses`)]);
    let message = '';
    try {
      parseDataset(BILLION_LAUGHS, 'laughs.yaml');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('laughs.yaml');
    // A few aliases, as hand-written files use them, still read.
    const withAliases = `dataset: { id: tiny, title: Tiny }\nactors:\n  - { id: a, name: A, kind: state, aliases: &names [Ay] }\n  - { id: b, name: B, kind: bloc, aliases: *names }\nsources: [{ id: s, title: S, publisher: P, date: '2020-05-01' }]\nstances: [{ from: a, to: b, kind: MEMBER_OF, polarity: 0, date: '2020-05-01', certainty: reported, evidence: [{ quote: A joined B, source: s }] }]\n`;
    expect(parseDataset(withAliases, 'ok.yaml').actors[1]?.aliases).toEqual(['Ay']);
  });

  it('names the bad field of an invalid file', () => {
    const bad = { ...valid, stances: [{ ...valid.stances[0], polarity: 5 }] };
    const problems = problemsOf(() => parseDataset(JSON.stringify(bad), 'bad.json'));
    expect(problems).toEqual(['stances[0].polarity: must be -1 (against), 0 (neutral) or 1 (for)']);
  });

  it('reports malformed JSON and YAML as such', () => {
    expect(problemsOf(() => parseDataset('{"dataset": ', 'broken.json'))[0]).toMatch(/^invalid JSON/);
    expect(problemsOf(() => parseDataset('actors: [unclosed', 'broken.yaml'))[0]).toMatch(/^invalid YAML/);
  });

  it('says when the file cannot be read', () => {
    const missing = path.join(os.tmpdir(), 'stance-graph-no-such-file.yaml');
    expect(problemsOf(() => readDataset(missing))[0]).toContain('cannot read the file: ENOENT');
  });

  it('reads a file from disk', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sg-')), 'data.yaml');
    fs.writeFileSync(file, stringify(valid));
    expect(readDataset(file).actors.map((a) => a.id)).toEqual(['a', 'b']);
  });
});
