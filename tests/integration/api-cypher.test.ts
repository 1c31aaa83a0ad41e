import cypherRoute from '@/pages/api/cypher';
import { closeDriver, transactions } from '@/graph/db/driver';
import { CypherResponse } from '@/graph/console/consoleTypes';
import { ErrorBody } from '@/graph/model/errorBody';
import { stanceId, type Dataset } from '@/graph/model/schema';
import { callRoute } from '@/tests/support/callRoute';
import { seedApiData } from '@/tests/integration/api-seed';

const { read } = transactions('test');

let data: Dataset;
beforeAll(async () => {
  data = await seedApiData();
});
afterAll(() => closeDriver());

const cypher = (query: string, params?: Record<string, unknown>) => callRoute(cypherRoute, { method: 'POST', body: params ? { query, params } : { query } });

async function ok(query: string, params?: Record<string, unknown>): Promise<CypherResponse> {
  const answer = await cypher(query, params);
  if (answer.status !== 200) throw new Error(`expected 200, got ${answer.status}: ${JSON.stringify(answer.body)}`);
  return CypherResponse.parse(answer.body);
}

/** Everything a write could change, counted. */
async function fingerprint() {
  return read(async (tx) => {
    const r = await tx.run(
      `CALL () { MATCH (n) RETURN count(n) AS nodes }
       CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
       CALL () { CALL db.labels() YIELD label RETURN collect(label) AS labels }
       CALL () { MATCH (n) UNWIND keys(n) AS k RETURN count(k) AS props }
       RETURN nodes, rels, labels, props`,
    );
    const record = r.records[0];
    return { nodes: Number(record?.get('nodes')), rels: Number(record?.get('rels')), labels: [...(record?.get('labels') as string[])].sort(), props: Number(record?.get('props')) };
  });
}

describe('POST /api/cypher', () => {
  it('answers rows, columns, elements and a summary for a read', async () => {
    const started = performance.now();
    const body = await ok('MATCH (a:Actor {id: $id})-[s:SUPPORTS]->(b) RETURN a.name AS name, s, b ORDER BY b.id', { id: 'russia' });
    const elapsedMs = performance.now() - started;
    const expected = data.stances.filter((s) => s.from === 'russia' && s.kind === 'SUPPORTS');
    expect(body.columns).toEqual(['name', 's', 'b']);
    expect(body.rows.length).toBe(expected.length);
    expect(body.summary).toMatchObject({ rows: expected.length, truncated: false, queryType: 'r' });
    // The query's own time, so within the whole call's (plus the 0.1 ms it is rounded to).
    expect(body.summary.timeMs).toBeGreaterThan(0);
    expect(body.summary.timeMs).toBeLessThanOrEqual(elapsedMs + 0.1);
    // `a` is not returned, but the relationships start there: the end is fetched so edges can be drawn.
    expect(body.elements.edges.length).toBe(expected.length);
    expect(body.elements.nodes.map((n) => n.data.key)).toContain('russia');
    // The rows keep whole entities; the canvas's edges carry counts, their evidence fetched when opened.
    const russiaBacks = expected.find((s) => s.to === 'nicolas-maduro');
    const edge = body.elements.edges.find((e) => russiaBacks !== undefined && e.data.properties.id === stanceId(russiaBacks));
    expect(edge?.data.evidence).toBeUndefined();
    expect(edge?.data.evidenceCount).toBe(russiaBacks?.evidence.length);
    expect(edge?.data.properties.quotes).toBeUndefined();
    const row = body.rows.find((r) => russiaBacks !== undefined && (r.s as { properties?: { id?: string } } | null)?.properties?.id === stanceId(russiaBacks));
    expect((row?.s as { properties: { quotes: string[] } }).properties.quotes).toEqual(russiaBacks?.evidence.map((e) => e.quote));
  });

  it('collects elements from paths, lists and maps, de-duplicated', async () => {
    const body = await ok(`MATCH p = (a:Actor {id: 'juan-guaido'})-[]->(b) RETURN p, [a, b] AS both, {end: b} AS m`);
    const ids = body.elements.nodes.map((n) => n.data.id);
    expect(new Set(ids).size).toBe(ids.length);
    // The path's stances once each, plus those between its nodes that connect added.
    expect(body.elements.edges.length).toBe(data.stances.filter((s) => s.from === 'juan-guaido').length + body.summary.connected);
    expect(body.rows[0]?.p).toMatchObject({ $type: 'path' });
  });

  it('turns whole-number JSON parameters into integers, so LIMIT $n works', async () => {
    const body = await ok('MATCH (a:Actor) RETURN a.id AS id LIMIT $n', { n: 3 });
    expect(body.rows.length).toBe(3);
    const floats = await ok('RETURN $x * 2 AS y', { x: 1.5 });
    expect(floats.rows[0]?.y).toBe(3);
  });

  it('maps integers beyond 2^53, temporal values and points to JSON', async () => {
    const body = await ok(`RETURN 9007199254740993 AS big, date('2019-01-23') AS d, point({x: 1, y: 2}) AS p, null AS n, [1, 'a'] AS l`);
    expect(body.rows[0]).toEqual({ big: '9007199254740993', d: '2019-01-23', p: { srid: 7203, x: 1, y: 2 }, n: null, l: [1, 'a'] });
  });

  it('works for labels and types outside the data model', async () => {
    const body = await ok(`CALL db.schema.visualization() YIELD nodes, relationships RETURN size(nodes) AS n`);
    expect(body.rows[0]?.n).toBeGreaterThan(0);
    const labels = await ok('CALL db.labels() YIELD label RETURN label');
    expect(labels.rows.map((r) => r.label)).toContain('Actor');
    const search = await ok(`CALL db.index.fulltext.queryNodes('actor_names', 'guaido') YIELD node RETURN node.id AS id`);
    expect(search.rows.map((r) => r.id)).toContain('juan-guaido');
  });

  it('stops at the row cap, says the result is truncated and does not read the rest', async () => {
    const before = process.env.CYPHER_MAX_ROWS;
    process.env.CYPHER_MAX_ROWS = '7';
    try {
      // A billion rows: reading them all would run into the 5 s timeout (408) long before the end.
      const body = await ok('UNWIND range(1, 1000000000) AS x RETURN x');
      expect(body.rows).toEqual([1, 2, 3, 4, 5, 6, 7].map((x) => ({ x })));
      expect(body.summary).toMatchObject({ rows: 7, truncated: true });
      // An error in a row past the cap is never reached: the rows before it are the answer.
      const failingLater = await ok('UNWIND range(1, 100000) AS x RETURN 10 / (x - 50000) AS y');
      expect(failingLater.summary).toMatchObject({ rows: 7, truncated: true });
    } finally {
      restore('CYPHER_MAX_ROWS', before);
    }
  });

  it('resolves evidence sources when it stops at the row cap part-way through a result', async () => {
    const before = process.env.CYPHER_MAX_ROWS;
    process.env.CYPHER_MAX_ROWS = '3';
    try {
      const body = await ok('MATCH (a:Actor)-[r:SUPPORTS]->(b:Actor) RETURN a, r, b');
      expect(body.summary).toMatchObject({ rows: 3, truncated: true });
      // The three returned, and any between their nodes that connect added: all resolved.
      expect(body.elements.edges).toHaveLength(3 + body.summary.connected);
      for (const edge of body.elements.edges) expect(edge.data.evidenceCount).toBeGreaterThan(0);
    } finally {
      restore('CYPHER_MAX_ROWS', before);
    }
  });

  it('answers 400 with Neo4j\'s message for an error raised while the query runs', async () => {
    const query = 'UNWIND [2, 1, 0] AS x RETURN 10 / x AS y';
    for (let attempt = 0; attempt < 2; attempt++) {
      // The second attempt skips the plan check (the text is approved): the run itself must fail cleanly.
      const answer = await callRoute(cypherRoute, { method: 'POST', body: { query } });
      expect(answer.status).toBe(400);
      expect(ErrorBody.parse(answer.body).error.message).toMatch(/by zero/i);
    }
  });

  it('stops at the element cap and says the result is truncated', async () => {
    const before = process.env.CYPHER_MAX_ELEMENTS;
    process.env.CYPHER_MAX_ELEMENTS = '5';
    try {
      const body = await ok('MATCH (n:Actor) RETURN n');
      expect(body.elements.nodes.length).toBe(5);
      expect(body.rows.length).toBe(data.actors.length);
      expect(body.summary.truncated).toBe(true);
    } finally {
      restore('CYPHER_MAX_ELEMENTS', before);
    }
  });

  it('answers 400 with the position for a syntax error', async () => {
    const answer = await cypher('MATCH (n)\nRETRUN n');
    expect(answer.status).toBe(400);
    const { error } = ErrorBody.parse(answer.body);
    expect(error.code).toBe('CypherSyntaxError');
    expect(error.details).toMatchObject({ position: { line: 2, column: 1 } });
  });

  it('points a syntax error on the first line into the user\'s own text', async () => {
    const answer = await cypher('MATCH (n RETURN n');
    const { error } = ErrorBody.parse(answer.body);
    // `R` of RETURN is the 10th character: offset 9. The server-side EXPLAIN must not shift it.
    expect(error.details).toMatchObject({ position: { line: 1, column: 10, offset: 9 } });
    expect(error.message).toContain('line 1, column 10 (offset: 9)');
  });

  it('answers 400 naming the field for a bad body', async () => {
    const answer = await callRoute(cypherRoute, { method: 'POST', body: { query: 42 } });
    expect(answer.status).toBe(400);
    expect(ErrorBody.parse(answer.body).error.message).toContain('query');
    const get = await callRoute(cypherRoute, { method: 'GET' });
    expect(get.status).toBe(405);
  });

  it('answers 413 for a query or parameters over the caps', async () => {
    const long = await cypher(`RETURN 1 // ${'x'.repeat(20_000)}`);
    expect(long.status).toBe(413);
    expect(ErrorBody.parse(long.body).error.code).toBe('TooLarge');
    const params = await cypher('RETURN size($list) AS n', { list: Array.from({ length: 50_000 }, (_, i) => `item-${i}`) });
    expect(params.status).toBe(413);
  });

  it('stops a query that runs too long with 408', async () => {
    const before = process.env.CYPHER_TIMEOUT_MS;
    process.env.CYPHER_TIMEOUT_MS = '500';
    try {
      const started = Date.now();
      const answer = await cypher('UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*) AS n');
      expect(answer.status).toBe(408);
      expect(ErrorBody.parse(answer.body).error.code).toBe('Timeout');
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      restore('CYPHER_TIMEOUT_MS', before);
    }
  });
});

describe('POST /api/cypher refusals', () => {
  const refused: [string, string][] = [
    ['CREATE', `CREATE (:Actor {id: 'intruder', name: 'Intruder'})`],
    ['MERGE', `MERGE (x:Intruder {id: 1}) RETURN x`],
    ['DETACH DELETE', 'MATCH (n) DETACH DELETE n'],
    ['SET', `MATCH (a:Actor) SET a.name = 'changed'`],
    ['REMOVE', 'MATCH (a:Actor) REMOVE a:Actor'],
    ['CALL db.createLabel', `CALL db.createLabel('Intruder')`],
    ['another procedure', 'CALL dbms.components()'],
    ['LOAD CSV', `LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line`],
    ['CREATE USER', `CREATE USER intruder SET PASSWORD 'intruder-pass'`],
    ['DROP DATABASE', 'DROP DATABASE neo4j'],
    ['SHOW USERS', 'SHOW USERS'],
    ['SHOW TRANSACTIONS', 'SHOW TRANSACTIONS'],
    ['TERMINATE', `TERMINATE TRANSACTIONS 'neo4j-transaction-1'`],
    ['USE system', 'USE system SHOW USERS'],
    ['a write in a CALL subquery', 'MATCH (a:Actor) CALL (a) { CREATE (:Intruder) } RETURN count(*)'],
    ['a write in an old-style CALL subquery', 'CALL { CREATE (x:Intruder) RETURN x } RETURN x'],
    ['a write in FOREACH', 'FOREACH (x IN [1] | CREATE (:Intruder))'],
    ['a schema change', 'CREATE INDEX intruder FOR (n:Actor) ON (n.name)'],
  ];

  it.each(refused)('refuses %s with 403 and leaves the graph unchanged', async (_name, query) => {
    const before = await fingerprint();
    const answer = await cypher(query);
    expect(answer.status).toBe(403);
    const { error } = ErrorBody.parse(answer.body);
    expect(error.code).toBe('Forbidden');
    expect(JSON.stringify(answer.body)).not.toMatch(/\bat .*\.(js|ts):\d+/);
    expect(await fingerprint()).toEqual(before);
  });

  it('does not mistake keywords inside strings for commands', async () => {
    const body = await ok(`RETURN 'SHOW USERS; CREATE (n)' AS text`);
    expect(body.rows[0]?.text).toBe('SHOW USERS; CREATE (n)');
  });
});

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
