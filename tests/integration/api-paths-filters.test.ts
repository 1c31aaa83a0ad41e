/**
 * `/api/paths` with the explorer's filters: every step of every chain passes them, and the chains
 * are the shortest among the stances that do (checked against a breadth-first search over the
 * seed data with the same predicate), so a filter can lengthen a chain or leave none at all.
 */
import pathsRoute from '@/pages/api/paths';
import { closeDriver } from '@/graph/db/driver';
import { PathsResponse } from '@/graph/views/viewTypes';
import { ErrorBody } from '@/graph/model/errorBody';
import { stanceId, type Dataset } from '@/graph/model/schema';
import { callRoute } from '@/tests/support/callRoute';
import { seedApiData } from '@/tests/integration/api-seed';

type Stance = Dataset['stances'][number];

let data: Dataset;
beforeAll(async () => {
  data = await seedApiData();
});
afterAll(() => closeDriver());

function kindOf(id: string): string {
  return data.actors.find((a) => a.id === id)?.kind ?? 'topic';
}

/** Shortest distance over the stances `keep` passes, stepping only onto nodes `via` allows (the far end always). */
function distance(from: string, to: string, keep: (s: Stance) => boolean, via: (id: string) => boolean = () => true): number | null {
  const seen = new Map([[from, 0]]);
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.shift() ?? '';
    for (const s of data.stances.filter(keep)) {
      const next = s.from === id ? s.to : s.to === id ? s.from : null;
      if (next && !seen.has(next) && (next === to || via(next))) {
        seen.set(next, (seen.get(id) ?? 0) + 1);
        queue.push(next);
      }
    }
  }
  return seen.get(to) ?? null;
}

async function paths(query: Record<string, string>) {
  const answer = await callRoute(pathsRoute, { query: { from: 'russia', to: 'united-states', max: '6', ...query } });
  expect(answer.status).toBe(200);
  const body = PathsResponse.parse(answer.body);
  const nodes = new Map(body.elements.nodes.map((n) => [n.data.id, n.data]));
  const edges = new Map(body.elements.edges.map((e) => [e.data.id, e.data]));
  // Each chain as its stance ids and the keys of the nodes it steps through.
  const chains = body.paths.map((p) => ({
    length: p.length,
    stances: p.edgeIds.map((id) => String(edges.get(id)?.properties.id)),
    nodes: p.nodeIds.map((id) => nodes.get(id)?.key ?? '?'),
  }));
  return { body, chains };
}

function stance(id: string): Stance {
  const found = data.stances.find((s) => stanceId(s) === id);
  if (!found) throw new Error(`no stance ${id} in the seed data`);
  return found;
}

describe('GET /api/paths with filters', () => {
  it('without filters Russia and the United States are one stance apart (Russia accuses the US)', async () => {
    const { chains } = await paths({});
    expect(distance('russia', 'united-states', () => true)).toBe(1);
    expect(chains.map((c) => c.length)).toEqual([1]);
  });

  const cases: { name: string; query: Record<string, string>; keep: (s: Stance) => boolean; via?: (id: string) => boolean }[] = [
    { name: 'polarity (no opposing stances)', query: { polarity: '1,0' }, keep: (s) => s.polarity !== -1 },
    { name: 'stance kinds', query: { kinds: 'SUPPORTS,SANCTIONS,RESTRICTS' }, keep: (s) => ['SUPPORTS', 'SANCTIONS', 'RESTRICTS'].includes(s.kind) },
    { name: 'certainty', query: { certainty: 'stated,claimed' }, keep: (s) => s.certainty === 'stated' || s.certainty === 'claimed' },
    { name: 'date range (overlap)', query: { fromDate: '2019-02-01', toDate: '2019-05-31' }, keep: (s) => (s.until ?? s.date) >= '2019-02-01' && s.date <= '2019-05-31' },
    { name: 'actor kinds (the ends always pass)', query: { actorKinds: 'person,topic', polarity: '1,0' }, keep: (s) => s.polarity !== -1, via: (id) => ['person', 'topic'].includes(kindOf(id)) },
  ];

  it.each(cases)('applies $name to every step and finds the shortest chains among what passes', async ({ query, keep, via }) => {
    const expected = distance('russia', 'united-states', keep, via);
    // Every case must change the answer, or it would not show that the filter was applied.
    expect(expected).not.toBe(1);
    const { chains } = await paths(query);
    if (expected === null) {
      expect(chains).toEqual([]);
      return;
    }
    expect(chains.length).toBeGreaterThan(0);
    for (const chain of chains) {
      expect(chain.length).toBe(expected);
      expect(chain.nodes[0]).toBe('russia');
      expect(chain.nodes.at(-1)).toBe('united-states');
      for (const id of chain.stances) expect(keep(stance(id))).toBe(true);
      if (via) for (const key of chain.nodes.slice(1, -1)) expect(via(key)).toBe(true);
    }
  });

  it('answers no chains when the filters leave none', async () => {
    expect(distance('russia', 'united-states', (s) => s.polarity === 1)).toBeNull();
    const { body } = await paths({ polarity: '1' });
    expect(body).toMatchObject({ elements: { nodes: [], edges: [] }, paths: [] });
    // With no chain there are no nodes, yet the answer still names the two actors asked about.
    const ends = PathsResponse.parse(body).ends;
    expect([ends.from.name, ends.to.name]).toEqual([data.actors.find((a) => a.id === 'russia')?.name, data.actors.find((a) => a.id === 'united-states')?.name]);
    // Only companies in between: nothing links Maduro and Canada through one.
    const company = await callRoute(pathsRoute, { query: { from: 'nicolas-maduro', to: 'canada', max: '6', actorKinds: 'company' } });
    expect(PathsResponse.parse(company.body).paths).toEqual([]);
  });

  it('answers 400 for bad filter values, naming the field', async () => {
    for (const [field, value] of [
      ['polarity', '2'],
      ['certainty', 'rumoured'],
      ['kinds', 'supports'],
      ['fromDate', '2019-13-01'],
    ] as const) {
      const answer = await callRoute(pathsRoute, { query: { from: 'russia', to: 'cuba', [field]: value } });
      expect(answer.status).toBe(400);
      expect(ErrorBody.parse(answer.body).error.message).toContain(field);
    }
    const reversed = await callRoute(pathsRoute, { query: { from: 'russia', to: 'cuba', fromDate: '2019-05-01', toDate: '2019-01-01' } });
    expect(reversed.status).toBe(400);
    expect(ErrorBody.parse(reversed.body).error.message).toContain('toDate');
  });
});
