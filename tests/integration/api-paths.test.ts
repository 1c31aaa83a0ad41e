import pathsRoute from '@/pages/api/paths';
import { closeDriver } from '@/graph/db/driver';
import { PathsResponse } from '@/graph/views/viewTypes';
import { ErrorBody } from '@/graph/model/errorBody';
import type { Dataset } from '@/graph/model/schema';
import { callRoute } from '@/tests/support/callRoute';
import { seedApiData } from '@/tests/integration/api-seed';

let data: Dataset;
beforeAll(async () => {
  data = await seedApiData();
});
afterAll(() => closeDriver());

/** Shortest distance between two ids over stances in either direction (breadth-first). */
function distance(from: string, to: string): number | null {
  const seen = new Map([[from, 0]]);
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.shift() ?? '';
    for (const s of data.stances) {
      const next = s.from === id ? s.to : s.to === id ? s.from : null;
      if (next && !seen.has(next)) {
        seen.set(next, (seen.get(id) ?? 0) + 1);
        queue.push(next);
      }
    }
  }
  return seen.get(to) ?? null;
}

describe('GET /api/paths', () => {
  it('answers the shortest chains between Russia and the United States with their signs', async () => {
    const answer = await callRoute(pathsRoute, { query: { from: 'russia', to: 'united-states', max: '6' } });
    expect(answer.status).toBe(200);
    const { elements, paths } = PathsResponse.parse(answer.body);
    expect(paths.length).toBeGreaterThan(0);
    const shortest = distance('russia', 'united-states');
    const nodes = new Map(elements.nodes.map((n) => [n.data.id, n.data]));
    const edges = new Map(elements.edges.map((e) => [e.data.id, e.data]));
    for (const path of paths) {
      expect(path.length).toBe(shortest);
      expect(path.nodeIds.length).toBe(path.length + 1);
      expect(nodes.get(path.nodeIds[0] ?? '')?.key).toBe('russia');
      expect(nodes.get(path.nodeIds.at(-1) ?? '')?.key).toBe('united-states');
      const polarities = path.edgeIds.map((id) => edges.get(id)?.polarity);
      expect(polarities.every((p) => p !== undefined)).toBe(true);
      expect(path.sign).toBe(polarities.reduce<number>((a, p) => a * (p ?? 0), 1));
      path.edgeIds.forEach((id, i) => {
        const edge = edges.get(id);
        expect(new Set([edge?.source, edge?.target])).toEqual(new Set([path.nodeIds[i], path.nodeIds[i + 1]]));
      });
    }
  });

  it('answers no chains when the shortest is longer than max', async () => {
    const far = data.actors.flatMap((a) => data.actors.map((b) => [a.id, b.id] as const)).find(([a, b]) => (distance(a, b) ?? 0) >= 3);
    expect(far).toBeDefined();
    const [from, to] = far ?? ['', ''];
    const answer = await callRoute(pathsRoute, { query: { from, to, max: '2' } });
    expect(answer.status).toBe(200);
    const body = PathsResponse.parse(answer.body);
    expect(body).toMatchObject({ elements: { nodes: [], edges: [] }, paths: [] });
    expect([body.ends.from.id, body.ends.to.id]).toEqual([from, to]);
  });

  it('answers 404 for an unknown actor and 400 for a bad max or equal ends', async () => {
    const missing = await callRoute(pathsRoute, { query: { from: 'russia', to: 'atlantis' } });
    expect(missing.status).toBe(404);
    expect(ErrorBody.parse(missing.body).error.message).toContain('atlantis');
    const badMax = await callRoute(pathsRoute, { query: { from: 'russia', to: 'cuba', max: '7' } });
    expect(badMax.status).toBe(400);
    expect(ErrorBody.parse(badMax.body).error.message).toContain('max');
    const same = await callRoute(pathsRoute, { query: { from: 'russia', to: 'russia' } });
    expect(same.status).toBe(400);
  });
});
