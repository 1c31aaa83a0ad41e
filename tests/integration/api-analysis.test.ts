/**
 * `/api/analysis` and `/api/analysis/diff` against the real Neo4j: the highland tribes network
 * (Read 1954), loaded through the data format and loader, must give its published values; the
 * Venezuela seed data must split into two camps with Maduro and Guaidó apart. Loads with
 * `reset` like every API test, and leaves the seed data loaded (seedApiData) for those after it.
 */
import analysisRoute from '@/pages/api/analysis/index';
import diffRoute from '@/pages/api/analysis/diff';
import { closeDriver } from '@/graph/db/driver';
import { loadDataset } from '@/graph/datasets/load';
import { Dataset, stanceId } from '@/graph/model/schema';
import { AnalysisResponse, DiffResponse } from '@/graph/analysis/analysisTypes';
import { ErrorBody } from '@/graph/model/errorBody';
import { callRoute } from '@/tests/support/callRoute';
import { seedApiData } from '@/tests/integration/api-seed';
import { readTribes } from '@/graph/analysis/compute/testNetworks';

const slug = (name: string) => name.toLowerCase();

/** The tribes as a Stance Graph data file: groups, ALLIED_WITH (+1) and OPPOSES (-1) with the CSV's README as evidence. */
function tribesDataset(): Dataset {
  const ties = readTribes();
  const names = [...new Set(ties.flatMap((t) => [t.from, t.to]))].sort();
  return Dataset.parse({
    dataset: { id: 'highland-tribes', title: 'Gahuku–Gama tribes (Read 1954)', description: 'The standard test network of signed-network analysis.' },
    actors: names.map((name) => ({ id: slug(name), name, kind: 'group' })),
    sources: [
      {
        id: 'read-1954',
        title: 'Cultures of the Central Highlands, New Guinea (K. E. Read), as coded in the highland-tribes.csv reference file',
        publisher: 'Southwestern Journal of Anthropology',
        date: '1954-01-01',
      },
    ],
    stances: ties.map((t) => ({
      from: slug(t.from),
      to: slug(t.to),
      kind: t.sign > 0 ? 'ALLIED_WITH' : 'OPPOSES',
      polarity: t.sign,
      date: '1954-01-01',
      certainty: 'reported',
      evidence: [{ quote: t.sign > 0 ? '1 for friendship (*rova*)' : '-1 for enmity (*hina*)', source: 'read-1954' }],
    })),
  });
}

async function analysis(query: Record<string, string>) {
  const answer = await callRoute(analysisRoute, { query });
  expect(answer.status).toBe(200);
  return AnalysisResponse.parse(answer.body);
}

async function badRequest(route: typeof analysisRoute, query: Record<string, string>): Promise<string> {
  const answer = await callRoute(route, { query });
  expect(answer.status).toBe(400);
  return ErrorBody.parse(answer.body).error.message;
}

afterAll(() => closeDriver());

describe('GET /api/analysis on the highland tribes', () => {
  beforeAll(async () => {
    await loadDataset(tribesDataset(), { reset: true });
  });

  it('answers the published values: 0.8676471, 0.3575761, frustration 7 (exact), criterion 2 for k = 3', async () => {
    const body = await analysis({ dataset: 'highland-tribes', k: '3', alpha: '0.5' });
    expect(body.network).toMatchObject({ stances: 58, actors: 16, ties: 58 });
    expect(body.balance?.triangles).toEqual({ triangles: 68, balanced: 59, ratio: expect.closeTo(0.8676471, 7) });
    expect(body.balance?.walk.value).toBeCloseTo(0.3575761, 7);
    expect(body.balance?.frustration).toMatchObject({ value: 7, method: 'exact', normalised: expect.closeTo(0.7586207, 7) });
    expect(body.camps?.blockmodel).toMatchObject({ k: 3, alpha: 0.5, criterion: 2 });
    expect(body.camps?.twoCamps.misfits).toHaveLength(7);
    expect(body.triangles?.total).toBe(9);
  });

  it('names misfit ties and unbalanced triangles by the stance ids the loader stored, each in the stance index', async () => {
    const body = await analysis({ measures: 'camps,triangles' });
    const ids = new Set(tribesDataset().stances.map(stanceId));
    const named = [...(body.camps?.twoCamps.misfits ?? []), ...(body.triangles?.unbalanced.flatMap((t) => t.ties) ?? [])].flatMap((t) => t.stanceIds);
    expect(named.length).toBeGreaterThan(0);
    for (const id of named) {
      expect(ids.has(id)).toBe(true);
      expect(body.stances[id]).toMatchObject({ date: '1954-01-01' });
    }
    expect(body.balance).toBeUndefined();
  });

  it('applies the filters: only the enmities leave no triangle balanced and nothing to split', async () => {
    const body = await analysis({ kinds: 'OPPOSES', measures: 'balance' });
    expect(body.network).toMatchObject({ stances: 29, ties: 29, positive: 0 });
    // Triangles of three enmities are all unbalanced.
    expect(body.balance?.triangles.balanced).toBe(0);
    const none = await analysis({ actorKinds: 'person' });
    expect(none.network).toMatchObject({ stances: 0, actors: 0 });
    expect(none.balance?.frustration.value).toBe(0);
  });

  it('answers 400 naming the parameter for bad values', async () => {
    expect(await badRequest(analysisRoute, { k: '1' })).toMatch(/\bk\b/);
    expect(await badRequest(analysisRoute, { alpha: '2' })).toMatch(/alpha/);
    expect(await badRequest(analysisRoute, { measures: 'balance,vibes' })).toMatch(/measures/);
    expect(await badRequest(analysisRoute, { rule: 'loudest' })).toMatch(/rule/);
    expect(await badRequest(analysisRoute, { at: '2019-02-30' })).toMatch(/at/);
    expect(await badRequest(diffRoute, { from: '2019-02-01' })).toMatch(/\bto\b/);
    expect(await badRequest(diffRoute, { from: '2019-02-09', to: '2019-01-25' })).toMatch(/\bto\b/);
  });
});

describe('GET /api/analysis on the Venezuela seed data', () => {
  let data: Dataset;
  beforeAll(async () => {
    data = await seedApiData();
  });

  it('splits the network into two camps with Maduro and Guaidó apart', async () => {
    const body = await analysis({});
    const partition = body.camps?.twoCamps.partition ?? {};
    expect(partition['nicolas-maduro']).toBeDefined();
    expect(partition['juan-guaido']).toBeDefined();
    expect(partition['nicolas-maduro']).not.toBe(partition['juan-guaido']);
    expect(new Set(Object.values(partition)).size).toBe(2);
    // The United States sides with Guaidó, Russia with Maduro.
    expect(partition['united-states']).toBe(partition['juan-guaido']);
    expect(partition.russia).toBe(partition['nicolas-maduro']);
    const maduro = body.actors.find((a) => a.id === 'nicolas-maduro');
    expect(maduro?.camp).toBe(partition['nicolas-maduro']);
    expect(maduro?.negative).toBeGreaterThan(0);
    expect(body.balance?.frustration.method).toBe('exact');
    expect(body.camps?.twoCamps.misfits).toHaveLength(body.balance?.frustration.value ?? -1);
  });

  it('counts only the stances in force on a day with at=', async () => {
    const body = await analysis({ at: '2019-01-24', measures: 'balance' });
    const expected = data.stances.filter((s) => s.date <= '2019-01-24' && (s.until === undefined || s.until >= '2019-01-24')).length;
    expect(body.network.stances).toBe(expected);
    expect(expected).toBeLessThan(data.stances.length);
  });

  it('lists what changed between 2019-01-25 and 2019-02-09', async () => {
    const answer = await callRoute(diffRoute, { query: { from: '2019-01-25', to: '2019-02-09' } });
    expect(answer.status).toBe(200);
    const diff = DiffResponse.parse(answer.body);
    const inForce = (day: string) => new Set(data.stances.filter((s) => s.date <= day && (s.until === undefined || s.until >= day)).map(stanceId));
    const before = inForce('2019-01-25');
    const after = inForce('2019-02-09');
    expect(diff.began).toEqual([...after].filter((id) => !before.has(id)).sort());
    expect(diff.ended).toEqual([...before].filter((id) => !after.has(id)).sort());
    expect(diff.began.length).toBeGreaterThan(0);
    for (const id of diff.began) expect(diff.stances[id]).toBeDefined();
    // Camps aligned across the dates: Maduro's camp keeps its number.
    expect(diff.camps.to['nicolas-maduro']).toBe(diff.camps.from['nicolas-maduro']);
    for (const change of diff.changedCamp) expect(diff.camps.from[change.actor]).toBe(change.from);
    expect(diff.changedCamp.map((c) => c.actor)).not.toContain('nicolas-maduro');
    expect(diff.changedCamp.map((c) => c.actor)).not.toContain('juan-guaido');
  });
});
