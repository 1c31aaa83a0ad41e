/**
 * Issue #38 item 4: a snapshot is published on the app's domain, so nothing a client says about
 * the data may survive into it. Forged evidence (a made-up quote "published by Reuters" with a
 * link anywhere), forged stance fields (type, label, polarity, certainty, dates, endpoints) and
 * forged node captions are replaced by what Neo4j holds; elements the database does not hold are
 * refused. Against the real Neo4j, over HTTP.
 */
import { closeDriver, transactions } from '@/graph/db/driver';
import { recordsToGraph } from '@/graph/db/boltMappings';
import { toElements, type Elements } from '@/graph/model/elements';
import { loadDataset } from '@/graph/datasets/load';
import type { SnapshotRequest } from '@/graph/snapshots/store';
import { readDataset } from '@/graph/import/readDataset';
import { sourceLookup } from '@/graph/views/sources';
import { serveApiRoutes, type ApiRouteServer } from '@/tests/support/apiRouteServer';
import { SNAPSHOT_ROUTES } from '@/tests/support/snapshotRoutes';

const { read } = transactions('test');

let server: ApiRouteServer;

/** Maduro's stances with their evidence, exactly as the database holds them (what the explorer sends). */
async function honestElements(): Promise<Elements> {
  const records = await read(async (tx) => (await tx.run("MATCH (m:Actor {id: 'nicolas-maduro'})-[s]-(o) WHERE size(coalesce(s.quotes, [])) > 0 RETURN m, s, o LIMIT 6")).records);
  const graph = recordsToGraph(records).graph;
  const cited = graph.relationships.flatMap((r) => (Array.isArray(r.properties.sourceIds) ? (r.properties.sourceIds as string[]) : []));
  const sources = await read((tx) => sourceLookup(tx, [...new Set(cited)]));
  const elements = toElements(graph, sources);
  return { ...elements, nodes: elements.nodes.map((n, i) => ({ ...n, position: { x: i * 50, y: i * 25 } })) };
}

function request(elements: Elements): SnapshotRequest {
  return {
    title: 'Shared view',
    note: 'A note.',
    origin: { kind: 'explorer', view: { focus: 'nicolas-maduro' } },
    elements,
    viewport: { zoom: 1, pan: { x: 0, y: 0 } },
    layout: 'preset',
    styleVersion: 'forgery-test',
  };
}

async function post(body: unknown): Promise<Response> {
  return fetch(`${server.url}/api/snapshots`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

async function stored(response: Response): Promise<{ elements: Elements }> {
  expect(response.status).toBe(201);
  const { id } = (await response.json()) as { id: string };
  return ((await (await fetch(`${server.url}/api/snapshots/${id}`)).json()) as { snapshot: { elements: Elements } }).snapshot;
}

const FORGED_QUOTE = 'Published by Reuters: Brazil will send troops to Caracas tomorrow.';
const FORGED_URL = 'https://forged.example/troops';

describe('snapshots keep only stored data (graph/snapshots/evidence)', () => {
  beforeAll(async () => {
    await loadDataset(readDataset(), { reset: true });
    server = await serveApiRoutes(SNAPSHOT_ROUTES);
  });
  afterAll(async () => {
    await server.close();
    await closeDriver();
  });

  it('replaces forged evidence, stance fields and node captions with what the database holds', async () => {
    const honest = await honestElements();
    expect(honest.edges.length).toBeGreaterThan(1);
    const [a, b] = [honest.nodes[0]!.data.id, honest.nodes[1]!.data.id];
    const forged: Elements = {
      nodes: honest.nodes.map((n) => ({ ...n, data: { ...n.data, label: 'Reuters (verified)', kind: 'state', backers: 999, description: FORGED_QUOTE, properties: { name: 'Reuters' } } })),
      edges: honest.edges.map((e) => ({
        data: {
          ...e.data,
          source: b,
          target: a,
          type: 'SENDS_TROOPS_TO',
          label: 'will send troops to',
          polarity: -1,
          certainty: 'stated',
          date: '2031-01-01',
          until: '2031-12-31',
          dataset: 'reuters',
          evidence: [{ quote: FORGED_QUOTE, sourceId: 'reuters-1', source: { title: 'Reuters wire', publisher: 'Reuters', date: '2031-01-01', url: FORGED_URL } }],
          evidenceCount: 1,
          sourceCount: 1,
          properties: { note: FORGED_QUOTE },
        },
      })),
    };
    const snapshot = await stored(await post(request(forged)));
    // Exactly the stored data (positions are the client's, and kept).
    expect(snapshot.elements).toEqual(honest);
    const text = JSON.stringify(snapshot.elements);
    for (const forgery of [FORGED_QUOTE, FORGED_URL, 'SENDS_TROOPS_TO', 'will send troops', 'Reuters (verified)', '2031-01-01', 'reuters-1']) {
      expect(text).not.toContain(forgery);
    }
  });

  it('ignores evidence sent for a relationship that has none', async () => {
    const honest = await honestElements();
    const plain = await read(async (tx) => (await tx.run("MATCH (m:Actor {id: 'nicolas-maduro'})-[s]-(o) WHERE s.quotes IS NULL OR size(s.quotes) = 0 RETURN m, s, o LIMIT 1")).records);
    if (plain.length === 0) return; // every stance of this data set has evidence: the first test covers it
    const extra = toElements(recordsToGraph(plain).graph, new Map());
    const withForgery = {
      nodes: [...honest.nodes, ...extra.nodes.filter((n) => !honest.nodes.some((h) => h.data.id === n.data.id))],
      edges: [...honest.edges, ...extra.edges.map((e) => ({ data: { ...e.data, evidence: [{ quote: FORGED_QUOTE, sourceId: 'x' }], evidenceCount: 1, sourceCount: 1 } }))],
    };
    const snapshot = await stored(await post(request(withForgery)));
    expect(JSON.stringify(snapshot.elements)).not.toContain(FORGED_QUOTE);
  });

  it('refuses (400, naming it) a stance or a node that the database does not hold, even one sent with no evidence', async () => {
    const honest = await honestElements();
    const count = async () => read(async (tx) => Number((await tx.run('MATCH (s:Snapshot) RETURN count(s) AS n')).records[0]?.get('n')));
    const before = await count();
    const [a, b] = [honest.nodes[0]!.data.id, honest.nodes[1]!.data.id];
    const madeUp = { data: { id: '5:made-up:77', source: a, target: b, type: 'SUPPORTS', label: 'supports', polarity: 1 as const, certainty: 'stated' as const, evidence: [], evidenceCount: 0, sourceCount: 0, properties: {} } };
    const edgeResponse = await post(request({ ...honest, edges: [...honest.edges, madeUp] }));
    expect(edgeResponse.status).toBe(400);
    const edgeError = ((await edgeResponse.json()) as { error: { message: string } }).error.message;
    expect(edgeError).toContain(`elements.edges[${honest.edges.length}].data.id`);
    expect(edgeError).toContain('5:made-up:77');

    const fakeNode = { data: { id: '4:made-up:78', label: 'Reuters', labels: ['Actor'], kind: 'organisation', backers: 0, opponents: 0, properties: {} } };
    const nodeResponse = await post(request({ ...honest, nodes: [...honest.nodes, fakeNode] }));
    expect(nodeResponse.status).toBe(400);
    expect(((await nodeResponse.json()) as { error: { message: string } }).error.message).toContain(`elements.nodes[${honest.nodes.length}].data.id`);
    expect(await count()).toBe(before);
  });
});
