/**
 * POST /api/cypher's "connect result nodes" on a graph that is not the stance model: a few
 * :Person and :Movie nodes created here (marked `fixture`, removed afterwards), queried through
 * the real route against the real Neo4j.
 */
import cypherRoute from '@/pages/api/cypher';
import { closeDriver, transactions } from '@/graph/db/driver';
import { CypherResponse } from '@/graph/console/consoleTypes';
import { CONNECT_QUERY } from '@/graph/console/connectResult';
import { callRoute } from '@/tests/support/callRoute';

const { read, write } = transactions('test');

const FIXTURE = 'api-cypher-connect';

beforeAll(async () => {
  await removeFixture();
  await write((tx) =>
    tx.run(
      `CREATE (matrix:Movie {title: 'The Matrix', released: 1999, fixture: $f}),
              (reloaded:Movie {title: 'The Matrix Reloaded', released: 2003, fixture: $f}),
              (speed:Movie {title: 'Speed', released: 1994, fixture: $f}),
              (keanu:Person {name: 'Keanu Reeves', born: 1964, fixture: $f}),
              (carrie:Person {name: 'Carrie-Anne Moss', born: 1967, fixture: $f}),
              (sandra:Person {name: 'Sandra Bullock', born: 1964, fixture: $f}),
              (lana:Person {name: 'Lana Wachowski', born: 1965, fixture: $f}),
              (la:City {name: 'Los Angeles', fixture: $f}),
              (keanu)-[:ACTED_IN {roles: ['Neo']}]->(matrix),
              (keanu)-[:ACTED_IN {roles: ['Neo']}]->(reloaded),
              (keanu)-[:ACTED_IN {roles: ['Jack Traven']}]->(speed),
              (carrie)-[:ACTED_IN {roles: ['Trinity']}]->(matrix),
              (sandra)-[:ACTED_IN {roles: ['Annie Porter']}]->(speed),
              (lana)-[:DIRECTED]->(matrix),
              (reloaded)-[:SEQUEL_OF]->(matrix),
              (keanu)-[:LIVES_IN]->(la)`,
      { f: FIXTURE },
    ),
  );
});
afterAll(async () => {
  await removeFixture();
  await closeDriver();
});

function removeFixture() {
  return write((tx) => tx.run('MATCH (n {fixture: $f}) DETACH DELETE n', { f: FIXTURE }));
}

async function ok(body: Record<string, unknown>): Promise<CypherResponse> {
  const answer = await callRoute(cypherRoute, { method: 'POST', body });
  if (answer.status !== 200) throw new Error(`expected 200, got ${answer.status}: ${JSON.stringify(answer.body)}`);
  return CypherResponse.parse(answer.body);
}

const MOVIES_AND_PEOPLE = 'MATCH (n:Movie {fixture: $f}) RETURN n UNION ALL MATCH (n:Person {fixture: $f}) RETURN n';
const params = { f: FIXTURE };
const types = (body: CypherResponse) => body.elements.edges.map((e) => e.data.type).sort();

describe('POST /api/cypher connect', () => {
  it('draws the relationships between returned nodes by default, counted in the summary and kept out of the rows', async () => {
    const body = await ok({ query: MOVIES_AND_PEOPLE, params });
    expect(body.elements.nodes).toHaveLength(7);
    // Every relationship between the seven; LIVES_IN ends at a city the result did not return.
    expect(types(body)).toEqual(['ACTED_IN', 'ACTED_IN', 'ACTED_IN', 'ACTED_IN', 'ACTED_IN', 'DIRECTED', 'SEQUEL_OF']);
    expect(body.summary).toMatchObject({ rows: 7, connected: 7, truncated: false });
    expect(body.rows).toHaveLength(7);
    expect(JSON.stringify(body.rows)).not.toContain('"relationship"');
    const ids = body.elements.nodes.map((n) => n.data.id);
    for (const edge of body.elements.edges) expect([ids.includes(edge.data.source), ids.includes(edge.data.target)]).toEqual([true, true]);
  });

  it('draws none of them when connect is off', async () => {
    const body = await ok({ query: MOVIES_AND_PEOPLE, params, connect: false });
    expect(body.elements.nodes).toHaveLength(7);
    expect(body.elements.edges).toEqual([]);
    expect(body.summary).toMatchObject({ rows: 7, connected: 0, truncated: false });
  });

  it('connects the nodes of one label among themselves, and nothing for a result without nodes', async () => {
    const movies = await ok({ query: 'MATCH (n:Movie) RETURN n' });
    expect(movies.elements.nodes.map((n) => n.data.label).sort()).toEqual(['Speed', 'The Matrix', 'The Matrix Reloaded']);
    expect(types(movies)).toEqual(['SEQUEL_OF']);
    expect(movies.summary.connected).toBe(1);
    const people = await ok({ query: 'MATCH (p:Person {fixture: $f}) RETURN p', params });
    expect(people.elements.edges).toEqual([]);
    expect(people.summary.connected).toBe(0);
    const scalars = await ok({ query: 'MATCH (m:Movie {fixture: $f}) RETURN m.title AS title', params });
    expect(scalars.elements).toEqual({ nodes: [], edges: [] });
    expect(scalars.summary.connected).toBe(0);
  });

  it('adds only relationships the query did not return itself', async () => {
    const body = await ok({ query: "MATCH (p:Person {name: 'Keanu Reeves', fixture: $f})-[r:ACTED_IN]->(m) RETURN p, r, m", params });
    // Keanu's three ACTED_IN come from the query; the sequel link between two of his films is added.
    expect(types(body)).toEqual(['ACTED_IN', 'ACTED_IN', 'ACTED_IN', 'SEQUEL_OF']);
    expect(body.summary).toMatchObject({ rows: 3, connected: 1 });
    expect(new Set(body.elements.edges.map((e) => e.data.id)).size).toBe(4);
  });

  it('stays within the element cap and says the result is truncated when connecting hit it', async () => {
    const before = process.env.CYPHER_MAX_ELEMENTS;
    process.env.CYPHER_MAX_ELEMENTS = '9'; // the 7 nodes, and room for 2 of their 7 relationships
    try {
      const body = await ok({ query: MOVIES_AND_PEOPLE, params });
      expect(body.elements.nodes).toHaveLength(7);
      expect(body.elements.edges).toHaveLength(2);
      expect(body.summary).toMatchObject({ rows: 7, connected: 2, truncated: true });
      process.env.CYPHER_MAX_ELEMENTS = '14'; // exactly enough: not truncated
      const exact = await ok({ query: MOVIES_AND_PEOPLE, params });
      expect(exact.summary).toMatchObject({ connected: 7, truncated: false });
    } finally {
      if (before === undefined) delete process.env.CYPHER_MAX_ELEMENTS;
      else process.env.CYPHER_MAX_ELEMENTS = before;
    }
  });

  it('answers 400 for a connect flag that is not a boolean', async () => {
    const answer = await callRoute(cypherRoute, { method: 'POST', body: { query: 'RETURN 1', connect: 'yes' } });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toContain('connect');
  });

  it('plans the connecting read as a seek by elementId, not a scan of every node', async () => {
    const plan = await read(async (tx) => (await tx.run(`EXPLAIN ${CONNECT_QUERY}`, { ids: ['x'], known: [], limit: 1 })).summary.plan);
    const operators: string[] = [];
    const walk = (p: unknown) => {
      const step = p as { operatorType: string; children: unknown[] };
      operators.push(step.operatorType);
      step.children.forEach(walk);
    };
    walk(plan);
    expect(operators.join(' ')).toMatch(/NodeByElementIdSeek/);
    expect(operators.join(' ')).not.toMatch(/AllNodesScan/);
  });
});
