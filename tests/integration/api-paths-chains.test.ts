/**
 * `/api/paths?chains=all`: every chain of stances (no actor twice) of up to `max` steps between
 * two actors, shortest first, grouped by length and sign, capped at `limit`. Expectations are
 * enumerated from the seed data itself, so they follow the data as it grows.
 */
import pathsRoute from '@/pages/api/paths';
import { closeDriver } from '@/graph/db/driver';
import { loadDataset } from '@/graph/datasets/load';
import { PathsResponse } from '@/graph/views/viewTypes';
import { ErrorBody } from '@/graph/model/errorBody';
import { Dataset, stanceId, type DatasetInput } from '@/graph/model/schema';
import { callRoute } from '@/tests/support/callRoute';
import { seedApiData } from '@/tests/integration/api-seed';

type Stance = Dataset['stances'][number];

let data: Dataset;

/** Two small crises that share one actor: a chain alpha – mediator – gamma crosses both. */
const crisis = (id: string, actor: string, polarity: 1 | -1): Dataset =>
  Dataset.parse({
    dataset: { id, title: id },
    actors: [
      { id: actor, name: actor, kind: 'state' },
      { id: 'chain-mediator', name: 'Chain mediator', kind: 'organisation' },
    ],
    sources: [{ id: `${id}-wire`, title: 'Wire', publisher: 'Wire', date: '2020-01-01' }],
    stances: [{ from: actor, to: 'chain-mediator', kind: polarity === 1 ? 'SUPPORTS' : 'OPPOSES', polarity, date: '2020-01-02', certainty: 'stated', evidence: [{ quote: 'A quote', source: `${id}-wire` }] }],
  } satisfies DatasetInput);

beforeAll(async () => {
  data = await seedApiData();
  await loadDataset(crisis('chains-crisis-a', 'chain-alpha', -1));
  await loadDataset(crisis('chains-crisis-b', 'chain-gamma', 1));
});
afterAll(() => closeDriver());

/** Every chain from `from` to `to` over the seed's stances (either direction) of up to `max` steps, visiting no actor twice. */
function enumerate(from: string, to: string, max: number): Stance[][] {
  const out: Stance[][] = [];
  const walk = (id: string, chain: Stance[], seen: Set<string>) => {
    if (id === to) return void out.push(chain);
    if (chain.length === max) return;
    for (const s of data.stances) {
      const next = s.from === id ? s.to : s.to === id ? s.from : null;
      if (next && !seen.has(next)) walk(next, [...chain, s], new Set([...seen, next]));
    }
  };
  walk(from, [], new Set([from]));
  return out;
}

const sign = (chain: Stance[]) => chain.reduce<number>((product, s) => product * s.polarity, 1) + 0;

/** Counts by "length:sign", the shape of `groups`. */
function tally(chains: { length: number; sign: number }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const c of chains) counts[`${c.length}:${c.sign}`] = (counts[`${c.length}:${c.sign}`] ?? 0) + 1;
  return counts;
}

async function chains(query: Record<string, string>) {
  const answer = await callRoute(pathsRoute, { query: { from: 'russia', to: 'united-states', chains: 'all', ...query } });
  expect(answer.status).toBe(200);
  const body = PathsResponse.parse(answer.body);
  const nodes = new Map(body.elements.nodes.map((n) => [n.data.id, n.data]));
  const edges = new Map(body.elements.edges.map((e) => [e.data.id, e.data]));
  const stances = body.paths.map((p) => p.edgeIds.map((id) => String(edges.get(id)?.properties.id)));
  return { body, nodes, edges, stances };
}

describe('GET /api/paths?chains=all', () => {
  it.each([2, 3])('answers every chain of up to %i steps between Russia and the United States, as the seed data has them', async (max) => {
    const expected = enumerate('russia', 'united-states', max);
    const { body, nodes, edges, stances } = await chains({ max: String(max), limit: '500' });
    // More than the one direct stance: chains through Maduro, Guaidó and others.
    expect(body.paths.length).toBeGreaterThan(1);
    expect(body.truncated).toBe(false);
    expect(stances.map((s) => s.join(' ')).sort()).toEqual(expected.map((c) => c.map(stanceId).join(' ')).sort());
    for (const path of body.paths) {
      expect(path.nodeIds.length).toBe(path.length + 1);
      expect(new Set(path.nodeIds).size).toBe(path.nodeIds.length);
      expect(nodes.get(path.nodeIds[0] ?? '')?.key).toBe('russia');
      expect(nodes.get(path.nodeIds.at(-1) ?? '')?.key).toBe('united-states');
      // `+ 0` turns a product of -0 into 0.
      expect(path.sign).toBe(path.edgeIds.reduce<number>((product, id) => product * (edges.get(id)?.polarity ?? 0), 1) + 0);
    }
    // Shortest first.
    expect(body.paths.map((p) => p.length)).toEqual([...body.paths.map((p) => p.length)].sort((a, b) => a - b));
    expect(body.paths[0]?.length).toBe(1);
  });

  it('groups the chains by length and sign, with counts that add up', async () => {
    const expected = enumerate('russia', 'united-states', 3);
    const { body } = await chains({ max: '3' });
    expect(tally(body.groups.flatMap((g) => Array.from({ length: g.count }, () => g)))).toEqual(tally(expected.map((c) => ({ length: c.length, sign: sign(c) }))));
    expect(body.groups.reduce((sum, g) => sum + g.count, 0)).toBe(body.paths.length);
    expect(tally(body.paths)).toEqual(tally(body.groups.flatMap((g) => Array.from({ length: g.count }, () => g))));
    // Lengths ascending; the groups of one length are distinct signs.
    expect(body.groups.map((g) => g.length)).toEqual([...body.groups.map((g) => g.length)].sort((a, b) => a - b));
    expect(new Set(body.groups.map((g) => `${g.length}:${g.sign}`)).size).toBe(body.groups.length);
  });

  it('finds more chains as max grows from 2 to 4', async () => {
    const counts = [];
    for (const max of ['2', '3', '4']) counts.push((await chains({ max, limit: '500' })).body.paths.length);
    expect(counts[0]).toBeLessThan(counts[1] ?? 0);
    expect(counts[1]).toBeLessThan(counts[2] ?? 0);
    expect(counts[2]).toBe(enumerate('russia', 'united-states', 4).length);
  });

  it('caps the chains at limit, keeping the shortest, and says it did', async () => {
    const all = enumerate('russia', 'united-states', 4);
    expect(all.length).toBeGreaterThan(20);
    const { body } = await chains({ max: '4', limit: '20' });
    expect(body.truncated).toBe(true);
    expect(body.paths.length).toBe(20);
    const lengths = all.map((c) => c.length).sort((a, b) => a - b);
    // The 20 answered are 20 of the shortest: no answered chain is longer than the 20th shortest.
    expect(Math.max(...body.paths.map((p) => p.length))).toBe(lengths[19]);
    const exact = await chains({ max: '4', limit: String(all.length) });
    expect(exact.body.truncated).toBe(false);
  });

  it('applies the data set filter to every step', async () => {
    const query = { from: 'chain-alpha', to: 'chain-gamma', max: '3' };
    const both = await chains(query);
    expect(both.body.paths.map((p) => p.length)).toEqual([2]);
    expect(both.body.paths[0]?.sign).toBe(-1);
    expect((await chains({ ...query, dataset: 'chains-crisis-a' })).body.paths).toEqual([]);
    expect((await chains({ ...query, dataset: 'chains-crisis-a,chains-crisis-b' })).body.paths.length).toBe(1);
  });

  it('answers 400 for chains=all beyond 4 steps, a bad chains value or a bad limit', async () => {
    for (const query of [{ max: '5' }, { chains: 'some' }, { limit: '0' }, { limit: '501' }] as Record<string, string>[]) {
      const answer = await callRoute(pathsRoute, { query: { from: 'russia', to: 'united-states', chains: 'all', ...query } });
      expect(answer.status).toBe(400);
      expect(ErrorBody.parse(answer.body).error.code).toBe('BadRequest');
    }
  });
});
