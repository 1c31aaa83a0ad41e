import { freePort } from '@/scripts/neo4j-local';
import actorsRoute from '@/pages/api/actors/index';
import graphRoute from '@/pages/api/graph';
import cypherRoute from '@/pages/api/cypher';
import { closeDriver, transactions } from '@/graph/db/driver';
import { ActorSearchResponse } from '@/graph/views/viewTypes';
import { ErrorBody } from '@/graph/model/errorBody';
import { callRoute } from '@/tests/support/callRoute';
import { seedApiData } from '@/tests/integration/api-seed';

const { read } = transactions('test');

beforeAll(() => seedApiData());
afterAll(() => closeDriver());

async function withUri<T>(uri: string, work: () => Promise<T>): Promise<T> {
  const before = process.env.NEO4J_URI;
  process.env.NEO4J_URI = uri;
  try {
    return await work();
  } finally {
    if (before === undefined) delete process.env.NEO4J_URI;
    else process.env.NEO4J_URI = before;
  }
}

describe('Graph API connection handling', () => {
  it('answers 503 Neo4jUnavailable, without a stack trace, when Neo4j is unreachable', async () => {
    const port = await freePort(); // bound once to learn a free number, then released: nothing listens
    await withUri(`bolt://127.0.0.1:${port}`, async () => {
      for (const call of [
        () => callRoute(actorsRoute, { query: { q: 'guaido' } }),
        () => callRoute(graphRoute, { query: {} }),
        () => callRoute(cypherRoute, { method: 'POST', body: { query: 'RETURN 1' } }),
      ]) {
        const answer = await call();
        expect(answer.status).toBe(503);
        const { error } = ErrorBody.parse(answer.body);
        expect(error.code).toBe('Neo4jUnavailable');
        expect(error.message).toMatch(/not reachable/);
        expect(JSON.stringify(answer.body)).not.toMatch(/\bat .*:\d+:\d+|ECONNREFUSED|node_modules/);
      }
    });
  });

  it('works through a neo4j:// routing URI against the single server', async () => {
    const uri = process.env.NEO4J_URI ?? '';
    expect(uri).toMatch(/^bolt:\/\//);
    await withUri(uri.replace(/^bolt:/, 'neo4j:'), async () => {
      const answer = await callRoute(actorsRoute, { query: { q: 'guaido' } });
      expect(answer.status).toBe(200);
      expect(ActorSearchResponse.parse(answer.body).actors[0]?.id).toBe('juan-guaido');
    });
  });

  it('refuses a write in a read transaction even without the console guard', async () => {
    await expect(read((tx) => tx.run('CREATE (:Intruder)'))).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.AccessMode' });
    const count = await read(async (tx) => (await tx.run('MATCH (n:Intruder) RETURN count(n) AS n')).records[0]?.get('n'));
    expect(Number(count)).toBe(0);
  });
});
