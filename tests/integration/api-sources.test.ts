/**
 * GET /api/sources/[id] (the paragraph around a quote) and GET /api/sources (what the sources
 * cover) against the real Neo4j, on a small data set whose sources store their text, and the
 * graph's evidence carrying the quotes' offsets, event ids and the sources' links.
 */
import sourceRoute from '@/pages/api/sources/[id]';
import sourcesRoute from '@/pages/api/sources/index';
import graphRoute from '@/pages/api/graph';
import stancesRoute from '@/pages/api/stances/index';
import actorRoute from '@/pages/api/actors/[id]';
import { closeDriver } from '@/graph/db/driver';
import { loadDataset } from '@/graph/datasets/load';
import { ActorDetailResponse, EvidenceBatch, GraphResponse } from '@/graph/views/viewTypes';
import { ErrorBody } from '@/graph/model/errorBody';
import { Dataset } from '@/graph/model/schema';
import { PARAGRAPH_MAX_CHARS, SourceCoverage, SourceParagraph } from '@/graph/views/sourceTypes';
import { callRoute } from '@/tests/support/callRoute';
import { seedApiData } from '@/tests/integration/api-seed';

const QUOTE = 'Russia and China continue to back Mr Maduro';
const FIRST = 'Venezuela opposition speaking to army';
const TEXT = `${FIRST}\n\nMr Guaidó has declared himself interim leader.\n\n${QUOTE}, while the US has recognised Mr Guaidó.\n\nThe end.`;
const LONG_QUOTE = 'the quote in the middle of a very long paragraph';
const LONG = `${'Padding words before. '.repeat(150)}${LONG_QUOTE}${' Padding words after.'.repeat(150)}`;

const data = Dataset.parse({
  dataset: { id: 'sources-test', title: 'Sources test' },
  actors: [
    { id: 'russia', name: 'Russia', kind: 'state' },
    { id: 'nicolas-maduro', name: 'Nicolás Maduro', kind: 'person' },
    { id: 'united-states', name: 'United States', kind: 'state' },
  ],
  sources: [
    { id: 'bbc', title: FIRST, publisher: 'BBC News', date: '2019-01-30', url: 'https://example.org/news/venezuela-opposition-speaking-to-army', text: TEXT },
    { id: 'long', title: 'A long one', publisher: 'Blog post (unattributed)', date: '2019-02-09', text: LONG },
    { id: 'no-text', title: 'No text stored', publisher: 'Wire', date: '2019-01-25' },
    { id: 'gdelt-1', title: 'GDELT event record', publisher: 'GDELT', date: '2019-02-01', url: 'https://example.org/gdelt/829342' },
  ],
  stances: [
    // Offsets left out: the loader finds them in the stored text.
    { from: 'russia', to: 'nicolas-maduro', kind: 'SUPPORTS', polarity: 1, date: '2019-01-30', certainty: 'reported', evidence: [{ quote: QUOTE, source: 'bbc' }] },
    {
      from: 'united-states',
      to: 'nicolas-maduro',
      kind: 'OPPOSES',
      polarity: -1,
      date: '2019-02-01',
      certainty: 'reported',
      eventCount: 3,
      evidence: [
        { event: '829342', source: 'gdelt-1' },
        { quote: LONG_QUOTE, source: 'long', start: LONG.indexOf(LONG_QUOTE), end: LONG.indexOf(LONG_QUOTE) + LONG_QUOTE.length },
      ],
    },
    { from: 'united-states', to: 'russia', kind: 'ACCUSES', polarity: -1, date: '2019-01-25', certainty: 'reported', evidence: [{ quote: 'No text stored', source: 'no-text' }] },
  ],
});

async function paragraph(query: Record<string, string>) {
  return callRoute(sourceRoute, { query });
}

beforeAll(async () => {
  await loadDataset(data, { reset: true });
});
afterAll(async () => {
  await seedApiData(); // the suites after this one expect the seed data
  await closeDriver();
});

describe('GET /api/sources/[id]', () => {
  it('answers the paragraph around a quote with the quote’s place in it', async () => {
    const start = TEXT.indexOf(QUOTE);
    const answer = await paragraph({ id: 'bbc', start: String(start), end: String(start + QUOTE.length) });
    expect(answer.status).toBe(200);
    const body = SourceParagraph.parse(answer.body);
    expect(body.paragraph).toBe(`${QUOTE}, while the US has recognised Mr Guaidó.`);
    expect(body.paragraph.slice(body.start, body.end)).toBe(QUOTE);
    expect(body).toMatchObject({ sourceId: 'bbc', cutBefore: false, cutAfter: false });
  });

  it('cuts a long paragraph to a window around the quote, never the whole text', async () => {
    const start = LONG.indexOf(LONG_QUOTE);
    const body = SourceParagraph.parse((await paragraph({ id: 'long', start: String(start), end: String(start + LONG_QUOTE.length) })).body);
    expect(LONG.length).toBeGreaterThan(PARAGRAPH_MAX_CHARS);
    expect(body.paragraph.length).toBeLessThanOrEqual(PARAGRAPH_MAX_CHARS);
    expect(body.paragraph.slice(body.start, body.end)).toBe(LONG_QUOTE);
    expect(body).toMatchObject({ cutBefore: true, cutAfter: true });
  });

  it('answers 404 for an unknown source or one without stored text, 400 for bad offsets', async () => {
    const unknown = await paragraph({ id: 'nowhere', start: '0', end: '5' });
    expect(unknown.status).toBe(404);
    expect(ErrorBody.parse(unknown.body).error.code).toBe('NotFound');
    const noText = await paragraph({ id: 'no-text', start: '0', end: '5' });
    expect(noText.status).toBe(404);
    expect(ErrorBody.parse(noText.body).error.message).toContain('not stored');
    const queries: Record<string, string>[] = [{ start: '9', end: '3' }, { start: 'x', end: '3' }, { start: '0' }, { start: '0', end: String(TEXT.length + 1) }];
    for (const query of queries) {
      const bad = await paragraph({ id: 'bbc', ...query });
      expect(bad.status).toBe(400);
      expect(ErrorBody.parse(bad.body).error.code).toBe('BadRequest');
    }
  });
});

describe('GET /api/sources', () => {
  it('sums up the sources: count, publishers, unattributed ones and dates', async () => {
    const answer = await callRoute(sourcesRoute, { query: { dataset: 'sources-test' } });
    expect(answer.status).toBe(200);
    const body = SourceCoverage.parse(answer.body);
    expect(body).toMatchObject({ sources: 4, publisherCount: 4, unattributed: 1, firstDate: '2019-01-25', lastDate: '2019-02-09' });
    expect(body.publishers.map((p) => p.publisher).sort()).toEqual(['BBC News', 'Blog post (unattributed)', 'GDELT', 'Wire']);
    const none = SourceCoverage.parse((await callRoute(sourcesRoute, { query: { dataset: 'no-such-dataset' } })).body);
    expect(none.sources).toBe(0);
  });
});

describe('evidence of the stances /api/graph draws, from /api/stances', () => {
  it('carries the quotes’ offsets, the event ids and the sources’ links', async () => {
    const answer = await callRoute(graphRoute, { query: { limit: '100' } });
    const drawn = GraphResponse.parse(answer.body).elements.edges.map((e) => e.data);
    const batch = EvidenceBatch.parse((await callRoute(stancesRoute, { query: { ids: drawn.map((e) => e.id).join(',') } })).body);
    const edges = drawn.map((e) => ({ ...e, evidence: batch.stances.find((s) => s.id === e.id)?.evidence }));
    const backs = edges.find((e) => e.type === 'SUPPORTS');
    const start = TEXT.indexOf(QUOTE);
    expect(backs?.evidence).toEqual([{ quote: QUOTE, sourceId: 'bbc', start, end: start + QUOTE.length, source: { title: FIRST, publisher: 'BBC News', date: '2019-01-30', url: 'https://example.org/news/venezuela-opposition-speaking-to-army' } }]);
    const events = edges.find((e) => e.type === 'OPPOSES');
    expect(events?.evidence?.[0]).toMatchObject({ quote: '', event: '829342', sourceId: 'gdelt-1', source: { url: 'https://example.org/gdelt/829342' } });
    expect(events?.evidence?.[0]?.start).toBeUndefined();
    expect(events?.evidence?.[1]).toMatchObject({ quote: LONG_QUOTE, start: LONG.indexOf(LONG_QUOTE) });
    expect(events?.properties.eventCount).toBe(3);
  });
});

describe('evidence in /api/actors/[id]', () => {
  it('carries the same offsets, event ids and links as the graph (the details panel reads it)', async () => {
    const answer = await callRoute(actorRoute, { query: { id: 'nicolas-maduro' } });
    const detail = ActorDetailResponse.parse(answer.body);
    const start = TEXT.indexOf(QUOTE);
    expect(detail.stances.positive[0]?.evidence).toEqual([{ quote: QUOTE, sourceId: 'bbc', start, end: start + QUOTE.length, source: { title: FIRST, publisher: 'BBC News', date: '2019-01-30', url: 'https://example.org/news/venezuela-opposition-speaking-to-army' } }]);
    expect(detail.stances.negative[0]?.evidence[0]).toMatchObject({ quote: '', event: '829342', source: { url: 'https://example.org/gdelt/829342' } });
  });
});
