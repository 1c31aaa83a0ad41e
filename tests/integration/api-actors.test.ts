import actorsRoute from '@/pages/api/actors/index';
import actorRoute from '@/pages/api/actors/[id]';
import { closeDriver } from '@/graph/db/driver';
import { ActorDetailResponse, ActorSearchResponse } from '@/graph/views/viewTypes';
import { ErrorBody } from '@/graph/model/errorBody';
import { stanceId, type Dataset } from '@/graph/model/schema';
import { callRoute } from '@/tests/support/callRoute';
import { seedApiData, stancesOf } from '@/tests/integration/api-seed';

let data: Dataset;
beforeAll(async () => {
  data = await seedApiData();
});
afterAll(() => closeDriver());

async function search(query: Record<string, string>) {
  const answer = await callRoute(actorsRoute, { query });
  expect(answer.status).toBe(200);
  return ActorSearchResponse.parse(answer.body).actors;
}

describe('GET /api/actors', () => {
  it('finds Guaidó from "guaido": accent-insensitive, the best hit first', async () => {
    const actors = await search({ q: 'guaido' });
    expect(actors[0]?.id).toBe('juan-guaido');
    expect(actors[0]?.name).toBe('Juan Guaidó');
    expect(actors[0]?.elementId).toEqual(expect.any(String));
  });

  it('matches a prefix of a name ("madu" finds Maduro)', async () => {
    const actors = await search({ q: 'madu' });
    expect(actors.map((a) => a.id)).toContain('nicolas-maduro');
  });

  it('matches aliases and ranks by score, best first', async () => {
    const withAlias = data.actors.find((a) => a.aliases.some((alias) => !a.name.includes(alias) && /^[A-Za-z]{3,}$/.test(alias)));
    expect(withAlias).toBeDefined();
    const alias = withAlias?.aliases.find((a) => !withAlias.name.includes(a) && /^[A-Za-z]{3,}$/.test(a)) ?? '';
    const actors = await search({ q: alias });
    expect(actors.map((a) => a.id)).toContain(withAlias?.id);
    const scores = actors.map((a) => a.score);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
  });

  it('searches topics too and filters by kind', async () => {
    const topic = data.topics[0];
    expect(topic).toBeDefined();
    const word = topic?.name.split(/\s+/).find((w) => w.length > 3) ?? '';
    const topics = await search({ q: word, kind: 'topic' });
    expect(topics.map((t) => t.id)).toContain(topic?.id);
    expect(topics.every((t) => t.kind === 'topic')).toBe(true);
    const states = await search({ q: '', kind: 'state', limit: '100' });
    expect(states.length).toBe(data.actors.filter((a) => a.kind === 'state').length);
  });

  it('treats Lucene syntax in the query as plain text', async () => {
    for (const q of ['guaido~ AND (', '"', 'madu*?:\\', 'OR', '-']) {
      const answer = await callRoute(actorsRoute, { query: { q } });
      expect(answer.status).toBe(200);
    }
    expect((await search({ q: '"Guaido)' })).map((a) => a.id)).toContain('juan-guaido');
  });

  it('answers an empty list for a name nobody has', async () => {
    expect(await search({ q: 'zzzxqy' })).toEqual([]);
  });

  it('refuses a bad limit with 400 naming the field', async () => {
    const answer = await callRoute(actorsRoute, { query: { q: 'a', limit: '0' } });
    expect(answer.status).toBe(400);
    expect(ErrorBody.parse(answer.body).error.message).toContain('limit');
  });
});

describe('GET /api/actors/[id]', () => {
  it('answers the actor with every stance in and out, grouped by polarity, with evidence', async () => {
    const answer = await callRoute(actorRoute, { query: { id: 'nicolas-maduro' } });
    expect(answer.status).toBe(200);
    const { actor, stances } = ActorDetailResponse.parse(answer.body);
    expect(actor.id).toBe('nicolas-maduro');
    const expected = stancesOf(data, 'nicolas-maduro');
    expect(stances.positive.map((s) => s.id).sort()).toEqual(expected.positive);
    expect(stances.negative.map((s) => s.id).sort()).toEqual(expected.negative);
    expect(stances.neutral.map((s) => s.id).sort()).toEqual(expected.neutral);
    const all = [...stances.positive, ...stances.negative, ...stances.neutral];
    expect(new Set(all.map((s) => s.direction))).toEqual(new Set(['in', 'out']));
    // Each group reads as a timeline.
    for (const list of Object.values(stances)) expect(list.map((s) => s.date)).toEqual(list.map((s) => s.date).sort());
    for (const stance of all) {
      const source = data.stances.find((s) => stanceId(s) === stance.id);
      expect(source).toBeDefined();
      expect(stance.kind).toBe(source?.kind);
      expect(stance.date).toBe(source?.date);
      expect(stance.certainty).toBe(source?.certainty);
      expect(stance.other.id).toBe(stance.direction === 'out' ? source?.to : source?.from);
      expect(stance.evidence.map((e) => e.quote)).toEqual(source?.evidence.map((e) => e.quote));
      const cited = data.sources.find((s) => s.id === source?.evidence[0]?.source);
      expect(stance.evidence[0]?.source).toEqual({ title: cited?.title, publisher: cited?.publisher, date: cited?.date });
    }
  });

  it('answers a topic with the stances taken on it', async () => {
    const topic = data.topics.find((t) => data.stances.some((s) => s.to === t.id));
    const answer = await callRoute(actorRoute, { query: { id: topic?.id ?? '' } });
    expect(answer.status).toBe(200);
    const body = ActorDetailResponse.parse(answer.body);
    expect(body.actor.kind).toBe('topic');
    const count = Object.values(body.stances).flat().length;
    expect(count).toBe(data.stances.filter((s) => s.to === topic?.id).length);
  });

  it('pages the stances in date order, with counts of all of them and the offset of the next page', async () => {
    const whole = ActorDetailResponse.parse((await callRoute(actorRoute, { query: { id: 'nicolas-maduro', limit: '500' } })).body);
    const ordered = (body: typeof whole) => Object.values(body.stances).flat().sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)).map((s) => s.id);
    const all = ordered(whole);
    const expected = stancesOf(data, 'nicolas-maduro');
    const towards = data.stances.filter((s) => s.to === 'nicolas-maduro');
    expect(whole.counts).toEqual({
      stances: expected.positive.length + expected.negative.length + expected.neutral.length,
      backers: towards.filter((s) => s.polarity === 1).length,
      opponents: towards.filter((s) => s.polarity === -1).length,
    });
    expect(whole.page).toEqual({ offset: 0, limit: 500, next: null });
    expect(all.length).toBeGreaterThan(5);
    const pages: string[] = [];
    let offset: number | null = 0;
    while (offset !== null) {
      const page = ActorDetailResponse.parse((await callRoute(actorRoute, { query: { id: 'nicolas-maduro', limit: '4', offset: String(offset) } })).body);
      expect(page.counts).toEqual(whole.counts);
      expect(Object.values(page.stances).flat().length).toBeLessThanOrEqual(4);
      pages.push(...ordered(page));
      offset = page.page.next;
    }
    // Every stance once, in the order of the whole list.
    expect(pages).toEqual(all);
    const bad = await callRoute(actorRoute, { query: { id: 'nicolas-maduro', limit: '0' } });
    expect(bad.status).toBe(400);
    expect(ErrorBody.parse(bad.body).error.message).toContain('limit');
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    const missing = await callRoute(actorRoute, { query: { id: 'no-such-actor' } });
    expect(missing.status).toBe(404);
    expect(ErrorBody.parse(missing.body).error.message).toContain('no-such-actor');
    const bad = await callRoute(actorRoute, { query: { id: 'Not A Slug' } });
    expect(bad.status).toBe(400);
    expect(ErrorBody.parse(bad.body).error.message).toContain('id');
  });
});
