/**
 * The shipped data set against the articles it comes from: every quote must stand word for word
 * in its source's article (in ../shared/articles, beside the repository).
 */
import fs from 'node:fs';
import path from 'node:path';
import { readDataset } from '@/graph/import/readDataset';
import { STANCE_KIND_POLARITY } from '@/graph/model/schema';

const ARTICLES = process.env.ARTICLES_DIR ?? path.resolve(__dirname, '..', '..', '..', 'shared', 'articles');
const data = readDataset();
/** Only runs of white space are folded: line breaks in an article may fall inside a quote. */
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Read when a test needs them, not while the suite is set up: a missing folder fails one test, not the suite. */
const readArticles = () => new Map(data.sources.map((s) => [s.id, s.file ? fold(fs.readFileSync(path.join(ARTICLES, s.file), 'utf8')) : '']));
const articlesFound = fs.existsSync(ARTICLES);
/** The tests that read the articles; without the folder the test below says why instead. */
const withArticles = articlesFound ? it : it.skip;

describe('seed/data/venezuela-2019.yaml', () => {
  it('finds the articles folder', () => {
    if (!articlesFound) {
      throw new Error(`The articles folder ${ARTICLES} does not exist: check out the shared articles beside the repository, or set ARTICLES_DIR to the folder that holds them (ARTICLES_DIR=/path/to/articles npx jest ...).`);
    }
    expect(fs.statSync(ARTICLES).isDirectory()).toBe(true);
  });

  withArticles('names an article file for every source', () => {
    for (const source of data.sources) {
      expect(source.file).toBeDefined();
      expect(fs.existsSync(path.join(ARTICLES, source.file ?? ''))).toBe(true);
    }
    expect(data.sources).toHaveLength(5);
  });

  withArticles('quotes every piece of evidence word for word from its article', () => {
    const articles = readArticles();
    const missing = data.stances.flatMap((stance, i) =>
      stance.evidence
        .map((evidence, j) => ({ where: `stances[${i}].evidence[${j}]`, quote: evidence.quote, found: evidence.quote !== undefined && articles.get(evidence.source)?.includes(fold(evidence.quote)) }))
        .filter((e) => !e.found),
    );
    expect(missing).toEqual([]);
  });

  it('covers the crisis: dozens of actors and 60+ stances, every actor taking part', () => {
    expect(data.actors.length).toBeGreaterThanOrEqual(30);
    expect(data.stances.length).toBeGreaterThanOrEqual(60);
    const used = new Set(data.stances.flatMap((s) => [s.from, s.to]));
    expect(data.actors.filter((a) => !used.has(a.id)).map((a) => a.id)).toEqual([]);
    for (const id of ['united-states', 'russia', 'china', 'turkey', 'cuba', 'lima-group', 'european-union', 'juan-guaido', 'nicolas-maduro', 'pdvsa', 'bank-of-england', 'eln', 'us-southern-command', 'supreme-court', 'national-assembly', 'national-guard']) {
      expect(data.actors.map((a) => a.id)).toContain(id);
    }
  });

  it('dates stances within the articles\' span and no later than their newest source', () => {
    const newest = data.sources.map((s) => s.date).sort().at(-1) ?? '';
    for (const stance of data.stances) {
      expect(stance.date >= '2019-01-01' && stance.date <= newest).toBe(true);
    }
  });

  it('uses a polarity that agrees with the kind, or explains why not', () => {
    const odd = data.stances.filter((s) => {
      const usual = STANCE_KIND_POLARITY[s.kind];
      return usual !== 0 && s.polarity !== usual && !s.note;
    });
    expect(odd.map((s) => `${s.from} ${s.kind} ${s.to}`)).toEqual([]);
  });
});
