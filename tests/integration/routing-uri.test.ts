/**
 * `NEO4J_URI=neo4j://…`, the routing scheme a cluster or Aura uses, against the local server: the
 * driver asks the server for its routing table, sends reads to readers and writes to the writer.
 * A single Community server answers as all three, so the whole app must work the same through it.
 */
import graphRoute from '@/pages/api/graph';
import cypherRoute from '@/pages/api/cypher';
import { closeDriver, getDriver, transactions } from '@/graph/db/driver';
import { GraphResponse } from '@/graph/views/viewTypes';
import { CypherResponse } from '@/graph/console/consoleTypes';
import { callRoute } from '@/tests/support/callRoute';
import { seedApiData } from '@/tests/integration/api-seed';

const boltUri = process.env.NEO4J_URI;

beforeAll(async () => {
  await seedApiData();
  await closeDriver();
  if (!boltUri) throw new Error('NEO4J_URI is not set: run through jest --selectProjects integration');
  process.env.NEO4J_URI = boltUri.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:');
});
afterAll(async () => {
  await closeDriver();
  process.env.NEO4J_URI = boltUri;
});

describe('NEO4J_URI with the neo4j:// routing scheme', () => {
  it('routes: the driver fetches a routing table from the server', async () => {
    expect(process.env.NEO4J_URI).toMatch(/^neo4j(\+s|\+ssc)?:\/\//);
    // A routing driver asks the server for its routing table before it opens any session: without one this throws.
    const info = await getDriver().getServerInfo();
    expect(info.address).toMatch(/^(127\.0\.0\.1|localhost):\d+$/);
  });

  it('reads and writes through it', async () => {
    const { read, write } = transactions('test');
    await write((tx) => tx.run("MERGE (n:RoutingProbe {id: 'probe'})"));
    const count = await read(async (tx) => Number((await tx.run('MATCH (n:RoutingProbe) RETURN count(n) AS n')).records[0]?.get('n')));
    expect(count).toBe(1);
    await write((tx) => tx.run('MATCH (n:RoutingProbe) DELETE n'));
  });

  it('serves the explorer and the console through it', async () => {
    const graph = await callRoute(graphRoute, { query: {} });
    expect(graph.status).toBe(200);
    expect(GraphResponse.parse(graph.body).elements.nodes.length).toBeGreaterThan(0);
    const consoleAnswer = await callRoute(cypherRoute, { method: 'POST', body: { query: 'MATCH (a:Actor) RETURN count(a) AS n' } });
    expect(consoleAnswer.status).toBe(200);
    expect(CypherResponse.parse(consoleAnswer.body).rows[0]?.n).toBeGreaterThan(0);
  });
});
