/**
 * The workbench's source endpoints against the real Neo4j: POST /api/edit/sources (store an
 * article, audited and revertible; 401/403/400/413 writing nothing), GET /api/sources/[id]/workbench
 * (text, mentions, cues, quotes with their places) and GET /api/workbench/sources (the list).
 */
import createRoute from '@/pages/api/edit/sources';
import workbenchRoute from '@/pages/api/sources/[id]/workbench';
import listRoute from '@/pages/api/workbench/sources';
import { closeDriver, transactions } from '@/graph/db/driver';
import { revertChange } from '@/graph/edit/audit';
import { Change } from '@/graph/edit/changeTypes';
import { SourceCreated, SourceList, Workbench } from '@/graph/workbench/workbenchTypes';
import { ErrorBody } from '@/graph/model/errorBody';
import { loadDataset } from '@/graph/datasets/load';
import { Dataset } from '@/graph/model/schema';
import { callRoute } from '@/tests/support/callRoute';
import { SAME_SITE_HEADERS, TEST_EDITOR, TEST_HOST, editorHeaders } from '@/tests/support/editors';
import { graphChecksum } from '@/tests/support/graphChecksum';

const { read } = transactions('test');

const DATASET = 'workbench-test';
const QUOTE = 'Russia continues to back Mr Maduro';
const LEGACY = 'Guaidó thanked the “Lima Group”';
const TEXT = `Nicolas Maduro was sworn in.\n\n${QUOTE}. The U.S. recognised Juan Guaido on Wednesday.\n\n${LEGACY} and the Lima group urged new elections.`;

const data = Dataset.parse({
  dataset: { id: DATASET, title: 'Workbench test' },
  actors: [
    { id: 'russia', name: 'Russia', kind: 'state' },
    { id: 'nicolas-maduro', name: 'Nicolás Maduro', kind: 'person', aliases: ['Maduro'] },
    { id: 'juan-guaido', name: 'Juan Guaidó', kind: 'person', aliases: ['Guaidó'] },
    { id: 'united-states', name: 'United States', kind: 'state', aliases: ['U.S.'] },
    { id: 'lima-group', name: 'Lima Group', kind: 'bloc' },
  ],
  topics: [{ id: 'new-elections', name: 'new elections' }],
  sources: [
    { id: 'wire', title: 'Maduro sworn in', publisher: 'Wire', date: '2019-01-10', text: TEXT },
    { id: 'citation-only', title: 'No text', publisher: 'Wire', date: '2019-01-11' },
  ],
  stances: [
    { from: 'russia', to: 'nicolas-maduro', kind: 'SUPPORTS', polarity: 1, date: '2019-01-10', certainty: 'reported', evidence: [{ quote: QUOTE, source: 'wire' }] },
    { from: 'juan-guaido', to: 'lima-group', kind: 'SUPPORTS', polarity: 1, date: '2019-01-10', certainty: 'reported', evidence: [{ quote: LEGACY, source: 'wire' }] },
  ],
});

const ARTICLE = { title: 'Lima Group urges elections', publisher: 'Agency', date: '2019-02-04', url: 'https://example.org/lima' };

async function post(body: unknown, headers?: Record<string, string>) {
  return callRoute(createRoute, { method: 'POST', body, headers: headers ?? (await editorHeaders()) });
}

async function sourceNode(id: string) {
  return read(async (tx) => {
    const record = (await tx.run('MATCH (s:Source {id: $id}) RETURN properties(s) AS p', { id })).records[0];
    return record ? (record.get('p') as Record<string, unknown>) : null;
  });
}

/** The newest change, read directly (the list endpoint is tested with the audit trail). */
async function lastChange() {
  const props = await read(async (tx) => (await tx.run('MATCH (c:Change) RETURN c {.*, at: toString(c.at)} AS c ORDER BY c.at DESC LIMIT 1')).records[0]?.get('c') as Record<string, unknown>);
  const parse = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) as unknown : null);
  return Change.parse({ ...props, before: parse(props.before), after: parse(props.after), revertOf: props.revertOf ?? null, revertedBy: props.revertedBy ?? null });
}

async function changeCount(): Promise<number> {
  return read(async (tx) => Number((await tx.run('MATCH (c:Change) RETURN count(c) AS n')).records[0]?.get('n')));
}

// The data every describe below reads (the workbench's "wire" source among it), whichever runs first or alone.
beforeAll(async () => {
  await loadDataset(data, { reset: true });
});
afterAll(async () => {
  await closeDriver();
});

describe('POST /api/edit/sources', () => {

  it('stores pasted text in a chosen data set, slugs the id from the title, and records a source.create change', async () => {
    const answer = await post({ ...ARTICLE, dataset: DATASET, text: 'The Lima Group urged new elections.\r\n\r\nMaduro rejected it.' });
    expect(answer.status).toBe(200);
    const created = SourceCreated.parse(answer.body);
    expect(created).toEqual({ id: 'lima-group-urges-elections', dataset: DATASET, datasetCreated: false, chars: 56 });
    const node = await sourceNode(created.id);
    expect(node).toMatchObject({ title: ARTICLE.title, publisher: 'Agency', url: ARTICLE.url, datasets: [DATASET], text: 'The Lima Group urged new elections.\n\nMaduro rejected it.' });
    expect(String(node?.date)).toBe('2019-02-04');
    const change = await lastChange();
    expect(change).toMatchObject({ action: 'source.create', editor: TEST_EDITOR.name, dataset: DATASET, target: created.id });
    expect(change.before).toEqual([{ type: 'source', id: created.id, value: null }]);
    expect(change.after?.[0]).toMatchObject({ type: 'source', id: created.id, value: { title: ARTICLE.title, datasets: [DATASET] } });

    // The same title again gets the next free id.
    const again = SourceCreated.parse((await post({ ...ARTICLE, dataset: DATASET, text: 'Second copy.' })).body);
    expect(again.id).toBe('lima-group-urges-elections-2');
  });

  it('makes a new data set from a title, and a revert removes the source and the data set again', async () => {
    const before = await graphChecksum();
    const answer = await post({ ...ARTICLE, title: 'Fresh article', datasetTitle: 'My new crisis', text: 'Text of a fresh article.' });
    expect(answer.status).toBe(200);
    const created = SourceCreated.parse(answer.body);
    expect(created).toMatchObject({ id: 'fresh-article', dataset: 'my-new-crisis', datasetCreated: true });
    const title = await read(async (tx) => (await tx.run('MATCH (d:Dataset {id: $id}) RETURN d.title AS t', { id: 'my-new-crisis' })).records[0]?.get('t'));
    expect(title).toBe('My new crisis');

    const change = await lastChange();
    await revertChange(change.id, TEST_EDITOR.name);
    expect(await sourceNode('fresh-article')).toBeNull();
    const left = await read(async (tx) => (await tx.run('MATCH (d:Dataset {id: $id}) RETURN count(d) AS n', { id: 'my-new-crisis' })).records[0]?.get('n'));
    expect(Number(left)).toBe(0);
    expect(await graphChecksum()).toEqual(before);
  });

  it('stores uploaded HTML as text only: scripts dropped, markup written as text kept as literal characters', async () => {
    const html = '<html><head><script>window.__xss=1</script></head><body><nav>Menu</nav><p>Maduro spoke.</p>'
      + '<p>Name: &lt;img src=x onerror=window.__xss=1&gt;</p><img src=x onerror="window.__xss=1"></body></html>';
    const created = SourceCreated.parse((await post({ ...ARTICLE, title: 'Html article', dataset: DATASET, html })).body);
    const node = await sourceNode(created.id);
    expect(node?.text).toBe('Maduro spoke.\n\nName: <img src=x onerror=window.__xss=1>');
  });

  it('refuses with nothing written: no session, another site, a bad data set, a bad field, an article over SOURCE_MAX_BYTES', async () => {
    const start = { graph: await graphChecksum(), changes: await changeCount() };
    const body = { ...ARTICLE, title: 'Refused', dataset: DATASET, text: 'Some text.' };

    const anonymous = await post(body, SAME_SITE_HEADERS as Record<string, string>);
    expect(anonymous.status).toBe(401);
    expect(ErrorBody.parse(anonymous.body).error.code).toBe('Unauthenticated');

    const crossSite = await post(body, { ...(await editorHeaders()), origin: 'https://evil.example', host: TEST_HOST });
    expect(crossSite.status).toBe(403);

    const unknown = await post({ ...body, dataset: 'no-such-data-set' });
    expect(unknown.status).toBe(400);
    expect(ErrorBody.parse(unknown.body).error.message).toMatch(/dataset: no data set has the id "no-such-data-set"/);

    const taken = await post({ ...body, datasetTitle: 'Again', dataset: DATASET });
    expect(taken.status).toBe(400);
    expect(ErrorBody.parse(taken.body).error.message).toMatch(/dataset: a data set "workbench-test" exists already/);

    const both = await post({ ...body, html: '<p>x</p>' });
    expect(both.status).toBe(400);
    expect(ErrorBody.parse(both.body).error.message).toMatch(/text: send the article as either text or html/);

    const script = await post({ ...body, url: 'javascript:alert(1)' });
    expect(script.status).toBe(400);
    expect(ErrorBody.parse(script.body).error.message).toMatch(/url:/);
    const dataUrl = await post({ ...body, url: 'data:text/html,<script>alert(1)</script>' });
    expect(dataUrl.status).toBe(400);
    expect(ErrorBody.parse(dataUrl.body).error.message).toMatch(/url: must be an http:\/\/ or https:\/\/ address/);

    const empty = await post({ ...body, html: '<script>only()</script>', text: undefined });
    expect(empty.status).toBe(400);
    expect(ErrorBody.parse(empty.body).error.message).toMatch(/html: the article has no readable text/);

    const saved = process.env.SOURCE_MAX_BYTES;
    process.env.SOURCE_MAX_BYTES = '1000';
    try {
      const tooLarge = await post({ ...body, text: 'é'.repeat(501) });
      expect(tooLarge.status).toBe(413);
      expect(ErrorBody.parse(tooLarge.body).error).toMatchObject({ code: 'TooLarge', details: { bytes: 1002, maxBytes: 1000 } });
      expect((await post({ ...body, title: 'Just fits', text: 'a'.repeat(1000) })).status).toBe(200);
    } finally {
      if (saved === undefined) delete process.env.SOURCE_MAX_BYTES;
      else process.env.SOURCE_MAX_BYTES = saved;
    }
    expect(await sourceNode('refused')).toBeNull();
    // Only the one that fit was written.
    expect(await changeCount()).toBe(start.changes + 1);
  });
});

describe('GET /api/sources/[id]/workbench', () => {
  it('answers the text with mentions (accents and case folded, longest first), cue sentences and the quotes at their places', async () => {
    const answer = await callRoute(workbenchRoute, { query: { id: 'wire' } });
    expect(answer.status).toBe(200);
    const bench = Workbench.parse(answer.body);
    expect(bench.text).toBe(TEXT);
    expect(bench.source).toMatchObject({ id: 'wire', title: 'Maduro sworn in', publisher: 'Wire', date: '2019-01-10', datasets: [DATASET] });
    const mentioned = bench.mentions.map((m) => [TEXT.slice(m.start, m.end), m.id]);
    expect(mentioned).toEqual([
      ['Nicolas Maduro', 'nicolas-maduro'],
      ['Russia', 'russia'],
      ['Maduro', 'nicolas-maduro'],
      ['U.S.', 'united-states'],
      ['Juan Guaido', 'juan-guaido'],
      ['Guaidó', 'juan-guaido'],
      ['Lima Group', 'lima-group'],
      ['Lima group', 'lima-group'],
      ['new elections', 'new-elections'],
    ]);
    expect(bench.cues.map((c) => c.cue)).toEqual(['to back', 'recognised', 'urged']);
    const quotes = new Map(bench.quotes.map((q) => [q.quote, q]));
    const supported = quotes.get(QUOTE);
    expect(supported).toMatchObject({ dataset: DATASET, from: 'russia', to: 'nicolas-maduro', kind: 'SUPPORTS', polarity: 1 });
    expect(TEXT.slice(supported!.start!, supported!.end!)).toBe(QUOTE);
    expect(TEXT.slice(quotes.get(LEGACY)!.start!, quotes.get(LEGACY)!.end!)).toBe(LEGACY);
    expect(bench.known).toContainEqual({ id: 'new-elections', name: 'new elections', type: 'topic' });
    expect(bench.known).toContainEqual({ id: 'russia', name: 'Russia', type: 'actor', kind: 'state' });
  });

  it('answers 404 for an unknown source, one without stored text, and 400 for a bad id', async () => {
    const unknown = await callRoute(workbenchRoute, { query: { id: 'nope' } });
    expect(unknown.status).toBe(404);
    const noText = await callRoute(workbenchRoute, { query: { id: 'citation-only' } });
    expect(noText.status).toBe(404);
    expect(ErrorBody.parse(noText.body).error.code).toBe('NoText');
    expect((await callRoute(workbenchRoute, { query: { id: 'Bad Id!' } })).status).toBe(400);
  });
});

describe('GET /api/workbench/sources', () => {
  it('lists sources newest first with their text size and quotes, filtered by data set', async () => {
    const list = SourceList.parse((await callRoute(listRoute, { query: { dataset: DATASET } })).body);
    const wire = list.sources.find((s) => s.id === 'wire');
    expect(wire).toMatchObject({ title: 'Maduro sworn in', chars: TEXT.length, quotes: 2, datasets: [DATASET] });
    expect(list.sources.find((s) => s.id === 'citation-only')).toMatchObject({ chars: null, quotes: 0 });
    const dates = list.sources.map((s) => s.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(list.truncated).toBe(false);
    expect(SourceList.parse((await callRoute(listRoute, { query: { dataset: DATASET, limit: '1' } })).body)).toMatchObject({ truncated: true });
    expect((await callRoute(listRoute, { query: { dataset: 'no-such' } })).status).toBe(400);
  });
});
