import graphRoute from '@/pages/api/graph';
import { closeDriver } from '@/graph/db/driver';
import { GraphResponse } from '@/graph/views/viewTypes';
import { ErrorBody } from '@/graph/model/errorBody';
import { stanceId, type Dataset } from '@/graph/model/schema';
import { callRoute } from '@/tests/support/callRoute';
import { seedApiData } from '@/tests/integration/api-seed';

let data: Dataset;
beforeAll(async () => {
  data = await seedApiData();
});
afterAll(() => closeDriver());

async function graph(query: Record<string, string>): Promise<GraphResponse> {
  const answer = await callRoute(graphRoute, { query });
  expect(answer.status).toBe(200);
  return GraphResponse.parse(answer.body);
}

const keys = (g: GraphResponse) => g.elements.nodes.map((n) => n.data.key);
const neighboursOf = (id: string, filter: (s: Dataset['stances'][number]) => boolean = () => true) =>
  new Set(data.stances.filter((s) => (s.from === id || s.to === id) && filter(s)).map((s) => (s.from === id ? s.to : s.from)));

describe('GET /api/graph', () => {
  it('answers the whole graph without focus, with totals and drawable elements', async () => {
    const g = await graph({ limit: '5000' });
    expect(g.truncated).toBe(false);
    expect(g.total.edges).toBe(data.stances.length);
    expect(g.elements.edges.length).toBe(data.stances.length);
    const inStances = new Set(data.stances.flatMap((s) => [s.from, s.to]));
    expect(new Set(keys(g))).toEqual(inStances);
    const ids = new Set(g.elements.nodes.map((n) => n.data.id));
    for (const { data: edge } of g.elements.edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      // Evidence on demand: counts only, no quotes in the answer (they come from /api/stances).
      const stance = data.stances.find((s) => stanceId(s) === edge.properties.id);
      expect(edge.evidence).toBeUndefined();
      expect(edge.properties.quotes).toBeUndefined();
      expect(edge.evidenceCount).toBe(stance?.evidence.length);
      expect(edge.sourceCount).toBe(new Set(stance?.evidence.map((e) => e.source)).size);
      expect(edge.dataset).toBe(data.dataset.id);
    }
  });

  it('keeps the most connected actors first when the limit cuts the graph', async () => {
    const g = await graph({ limit: '5' });
    expect(g.truncated).toBe(true);
    expect(g.total.nodes).toBe(new Set(data.stances.flatMap((s) => [s.from, s.to])).size);
    expect(g.elements.nodes.length).toBeLessThanOrEqual(5);
    const degree = (id: string) => data.stances.filter((s) => s.from === id || s.to === id).length;
    const top = Math.max(...data.actors.map((a) => degree(a.id)));
    expect(degree(g.elements.nodes[0]?.data.key ?? '')).toBe(top);
  });

  it('keeps the most connected actors whose stances among them fit the stance budget, with every one of those stances', async () => {
    const degree = new Map<string, number>();
    for (const s of data.stances) for (const end of [s.from, s.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
    const ranked = [...degree.keys()].sort((x, y) => (degree.get(y) ?? 0) - (degree.get(x) ?? 0) || (x < y ? -1 : 1));
    const among = (head: readonly string[]) => data.stances.filter((s) => head.includes(s.from) && head.includes(s.to));
    const budget = 20;
    let k = 0;
    while (k < ranked.length && among(ranked.slice(0, k + 1)).length <= budget) k++;
    const head = ranked.slice(0, k);

    const g = await graph({ limit: '5000', stances: String(budget) });
    expect(g.truncated).toBe(true);
    expect(g.total.edges).toBe(data.stances.length);
    expect(g.elements.edges.length).toBe(among(head).length);
    expect(g.elements.edges.length).toBeLessThanOrEqual(budget);
    expect(new Set(g.elements.edges.map((e) => e.data.properties.id))).toEqual(new Set(among(head).map(stanceId)));
    expect(new Set(keys(g))).toEqual(new Set(among(head).flatMap((s) => [s.from, s.to])));

    // Without `stances`, the default budget at 5,000 actors (graph/views/stanceBudget.ts) holds the whole seed.
    expect((await graph({ limit: '5000' })).elements.edges.length).toBe(data.stances.length);
  });

  it('keeps the focus whatever the budget, with the nearest actors that fit', async () => {
    const linksTo = (id: string) => data.stances.filter((s) => (s.from === 'nicolas-maduro' && s.to === id) || (s.to === 'nicolas-maduro' && s.from === id)).length;
    const nearest = Math.max(...[...neighboursOf('nicolas-maduro')].map(linksTo));
    // A budget of one stance still draws the focus with its most linked neighbour and all the stances between them.
    const tight = await graph({ focus: 'nicolas-maduro', stances: '1' });
    expect(keys(tight)[0]).toBe('nicolas-maduro');
    expect(tight.elements.nodes).toHaveLength(2);
    expect(tight.elements.edges).toHaveLength(nearest);
    expect(tight.truncated).toBe(true);

    const budget = nearest + 4;
    const g = await graph({ focus: 'nicolas-maduro', stances: String(budget) });
    expect(keys(g)[0]).toBe('nicolas-maduro');
    expect(g.elements.edges.length).toBeGreaterThanOrEqual(nearest);
    expect(g.elements.edges.length).toBeLessThanOrEqual(budget);
    expect(g.total.edges).toBeGreaterThan(budget);
  });

  it('answers the neighbourhood of a focus actor at depth 1', async () => {
    const g = await graph({ focus: 'russia', depth: '1' });
    expect(new Set(keys(g))).toEqual(new Set(['russia', ...neighboursOf('russia')]));
    expect(g.elements.nodes[0]?.data.key).toBe('russia');
  });

  it('walks further with depth 2 and takes several focus ids', async () => {
    const depth1 = await graph({ focus: 'russia', depth: '1' });
    const depth2 = await graph({ focus: 'russia', depth: '2' });
    expect(depth2.elements.nodes.length).toBeGreaterThan(depth1.elements.nodes.length);
    const two = await graph({ focus: 'russia,cuba' });
    expect(new Set(keys(two))).toEqual(new Set(['russia', 'cuba', ...neighboursOf('russia'), ...neighboursOf('cuba')]));
  });

  it('filters stances by kind, polarity, certainty and date', async () => {
    const opposes = await graph({ focus: 'nicolas-maduro', polarity: '-1' });
    expect(opposes.elements.edges.every((e) => e.data.polarity === -1)).toBe(true);
    expect(new Set(keys(opposes))).toEqual(new Set(['nicolas-maduro', ...neighboursOf('nicolas-maduro', (s) => s.polarity === -1)]));

    const supports = await graph({ kinds: 'SUPPORTS', limit: '5000' });
    expect(supports.elements.edges.length).toBe(data.stances.filter((s) => s.kind === 'SUPPORTS').length);
    expect(supports.elements.edges.every((e) => e.data.type === 'SUPPORTS')).toBe(true);

    const stated = await graph({ certainty: 'stated', limit: '5000' });
    expect(stated.total.edges).toBe(data.stances.filter((s) => s.certainty === 'stated').length);

    const dates = [...new Set(data.stances.map((s) => s.date))].sort();
    const cut = dates[Math.floor(dates.length / 2)] ?? '2019-02-01';
    const early = await graph({ to: cut, limit: '5000' });
    expect(early.total.edges).toBe(data.stances.filter((s) => s.date <= cut).length);
    expect(early.elements.edges.every((e) => (e.data.date ?? '') <= cut)).toBe(true);
  });

  it('filters the actors reached by kind, keeping the focus', async () => {
    const g = await graph({ focus: 'nicolas-maduro', actorKinds: 'state' });
    const states = new Set(data.actors.filter((a) => a.kind === 'state').map((a) => a.id));
    expect(keys(g).filter((k) => k !== 'nicolas-maduro').every((k) => states.has(k ?? ''))).toBe(true);
    expect(keys(g)).toContain('nicolas-maduro');
    expect(g.elements.nodes.length).toBeGreaterThan(1);
  });

  it('answers empty elements, not an error, when no stance matches', async () => {
    const g = await graph({ from: '1990-01-01', to: '1990-12-31' });
    expect(g).toEqual({ elements: { nodes: [], edges: [] }, total: { nodes: 0, edges: 0 }, truncated: false });
  });

  it('answers 404 naming an unknown focus id, 400 naming a bad parameter', async () => {
    const missing = await callRoute(graphRoute, { query: { focus: 'russia,atlantis' } });
    expect(missing.status).toBe(404);
    expect(ErrorBody.parse(missing.body).error.message).toContain('atlantis');
    for (const [name, value] of [['depth', '4'], ['polarity', '2'], ['from', '2019-02-30'], ['kinds', 'supports'], ['stances', '0']] as const) {
      const bad = await callRoute(graphRoute, { query: { [name]: value } });
      expect(bad.status).toBe(400);
      expect(ErrorBody.parse(bad.body).error.message).toContain(name);
    }
  });
});
