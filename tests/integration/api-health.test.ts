/** GET /api/health against the real Neo4j: the data sets loaded, with their stance counts. */
import healthRoute from '@/pages/api/health';
import { closeDriver, transactions } from '@/graph/db/driver';
import { resetGraph } from '@/graph/datasets/load';
import { Health } from '@/graph/http/healthTypes';
import { callRoute } from '@/tests/support/callRoute';
import { seedApiData } from '@/tests/integration/api-seed';

const { write } = transactions('test');

afterAll(() => closeDriver());

describe('GET /api/health', () => {
  it('lists each data set with its number of stances, and the totals', async () => {
    const data = await seedApiData();
    const answer = await callRoute(healthRoute);
    expect(answer.status).toBe(200);
    const body = Health.parse(answer.body);
    expect(body.datasets).toEqual([{ id: data.dataset.id, title: data.dataset.title, version: expect.any(String), stances: data.stances.length, complete: true }]);
    expect(body.actors).toBe(data.actors.length);
    expect(body.stances).toBe(data.stances.length);
    expect(body.nodes).toBeGreaterThan(data.actors.length);
  });

  it('says when a data set is incomplete (its load still running or cut short)', async () => {
    await write((tx) => tx.run('MATCH (d:Dataset) SET d.complete = false'));
    const body = Health.parse((await callRoute(healthRoute)).body);
    expect(body.datasets.map((d) => d.complete)).toEqual([false]);
    await write((tx) => tx.run('MATCH (d:Dataset) SET d.complete = true'));
  });

  it('tells a foreign graph (nodes, no data set) from an empty one', async () => {
    await resetGraph();
    const empty = Health.parse((await callRoute(healthRoute)).body);
    expect(empty).toMatchObject({ datasets: [], actors: 0, stances: 0, nodes: 0 });
    await write((tx) => tx.run("CREATE (:Movie {title: 'The Matrix'})<-[:ACTED_IN]-(:Person {name: 'Keanu Reeves'})"));
    const foreign = Health.parse((await callRoute(healthRoute)).body);
    expect(foreign).toMatchObject({ datasets: [], actors: 0, nodes: 2 });
    await seedApiData(); // the suites after this one expect the seed data
  });
});
