/**
 * Several data sets side by side (issue #12): `/api/datasets` lists what each holds, and
 * `dataset=` keeps one or more of them on `/api/graph`, `/api/paths`, `/api/actors` and the
 * analysis endpoints; an id that names no loaded data set, or is no id at all, is a 400 naming
 * the field. Two small crises that share one actor are loaded into the real Neo4j.
 */
import graphRoute from '@/pages/api/graph';
import pathsRoute from '@/pages/api/paths';
import actorsRoute from '@/pages/api/actors/index';
import datasetsRoute from '@/pages/api/datasets/index';
import analysisRoute from '@/pages/api/analysis/index';
import timelineRoute from '@/pages/api/analysis/timeline';
import diffRoute from '@/pages/api/analysis/diff';
import type { NextApiHandler } from 'next';
import { closeDriver, transactions } from '@/graph/db/driver';
import { loadDataset } from '@/graph/datasets/load';
import { ActorSearchResponse, GraphResponse, PathsResponse } from '@/graph/views/viewTypes';
import { DatasetsResponse } from '@/graph/datasets/datasetTypes';
import { AnalysisResponse, TimelineResponse } from '@/graph/analysis/analysisTypes';
import { ErrorBody } from '@/graph/model/errorBody';
import { stanceId, type Dataset } from '@/graph/model/schema';
import { callRoute } from '@/tests/support/callRoute';
import { crisisA, crisisB } from '@/tests/support/extraDatasets';

const { write } = transactions('test');

const versions: Record<string, string> = {};
beforeAll(async () => {
  versions.a = (await loadDataset(crisisA, { reset: true })).version;
  versions.b = (await loadDataset(crisisB)).version;
  await write((tx) => tx.run('CALL db.awaitIndexes(30)'));
  // Two loads (schema, validation, membership) on a shared 2-core machine.
}, 180_000);
afterAll(() => closeDriver());

async function ok<T>(handler: NextApiHandler, query: Record<string, string | string[]>, schema: { parse(body: unknown): T }): Promise<T> {
  const answer = await callRoute(handler, { query });
  if (answer.status !== 200) throw new Error(`${answer.status}: ${JSON.stringify(answer.body)}`);
  return schema.parse(answer.body);
}

const idsOf = (stances: Dataset['stances']) => stances.map(stanceId).sort();
const edgeKeys = (g: GraphResponse | PathsResponse) => g.elements.edges.map((e) => String(e.data.properties.id)).sort();
const nodeKeys = (g: GraphResponse) => g.elements.nodes.map((n) => n.data.key).sort();

describe('GET /api/datasets', () => {
  it('lists each data set with its stances, actors, cited sources and date span', async () => {
    const body = await ok(datasetsRoute, {}, DatasetsResponse);
    expect(body.datasets).toEqual([
      {
        id: 'crisis-a',
        title: 'Crisis A',
        description: 'A test crisis in 2020.',
        version: versions.a,
        complete: true,
        stances: 3,
        // alpha, beta and the mediator; the truce is a topic, not an actor.
        actors: 3,
        sources: 1,
        firstDate: '2020-01-02',
        // The latest date a stance lasts until, not the latest start.
        lastDate: '2020-02-01',
      },
      { id: 'crisis-b', title: 'Crisis B', version: versions.b, complete: true, stances: 2, actors: 3, sources: 2, firstDate: '2021-06-02', lastDate: '2021-07-10' },
    ]);
  });
});

describe('dataset= on /api/graph', () => {
  it('answers every data set without it, one with one id, both with two (comma-separated or repeated)', async () => {
    const all = idsOf([...crisisA.stances, ...crisisB.stances]);
    expect(edgeKeys(await ok(graphRoute, {}, GraphResponse))).toEqual(all);
    expect(edgeKeys(await ok(graphRoute, { dataset: 'crisis-a' }, GraphResponse))).toEqual(idsOf(crisisA.stances));
    const b = await ok(graphRoute, { dataset: 'crisis-b' }, GraphResponse);
    expect(edgeKeys(b)).toEqual(idsOf(crisisB.stances));
    expect(nodeKeys(b)).toEqual(['delta', 'gamma', 'mediator']);
    expect(edgeKeys(await ok(graphRoute, { dataset: 'crisis-a,crisis-b' }, GraphResponse))).toEqual(all);
    expect(edgeKeys(await ok(graphRoute, { dataset: ['crisis-a', 'crisis-b'] }, GraphResponse))).toEqual(all);
  });

  it('walks from a shared actor only along the stances of the data sets asked for', async () => {
    const around = await ok(graphRoute, { focus: 'mediator', depth: '2', dataset: 'crisis-b' }, GraphResponse);
    expect(nodeKeys(around)).toEqual(['delta', 'gamma', 'mediator']);
    const both = await ok(graphRoute, { focus: 'mediator', depth: '2' }, GraphResponse);
    expect(nodeKeys(both)).toEqual(['alpha', 'beta', 'delta', 'gamma', 'mediator']);
  });
});

describe('dataset= on /api/paths', () => {
  it('finds the chain through the shared actor only when both data sets are in', async () => {
    const both = await ok(pathsRoute, { from: 'alpha', to: 'gamma' }, PathsResponse);
    expect(both.paths.map((p) => p.length)).toEqual([2]);
    const named = await ok(pathsRoute, { from: 'alpha', to: 'gamma', dataset: 'crisis-a,crisis-b' }, PathsResponse);
    expect(named.paths.map((p) => p.length)).toEqual([2]);
    const onlyA = await ok(pathsRoute, { from: 'alpha', to: 'gamma', dataset: 'crisis-a' }, PathsResponse);
    expect(onlyA.paths).toEqual([]);
    expect(edgeKeys(onlyA)).toEqual([]);
  });
});

describe('dataset= on /api/actors', () => {
  const names = (body: ActorSearchResponse) => body.actors.map((a) => a.id).sort();

  it('lists the actors and topics of a data set, the shared actor in both', async () => {
    expect(names(await ok(actorsRoute, { dataset: 'crisis-a' }, ActorSearchResponse))).toEqual(['alpha', 'beta', 'mediator', 'truce']);
    expect(names(await ok(actorsRoute, { dataset: 'crisis-b' }, ActorSearchResponse))).toEqual(['delta', 'gamma', 'mediator']);
    expect(names(await ok(actorsRoute, { dataset: 'crisis-a,crisis-b' }, ActorSearchResponse))).toEqual(['alpha', 'beta', 'delta', 'gamma', 'mediator', 'truce']);
  });

  it('searches by name within the data sets asked for', async () => {
    expect(names(await ok(actorsRoute, { q: 'alphaland' }, ActorSearchResponse))).toEqual(['alpha']);
    expect(names(await ok(actorsRoute, { q: 'alphaland', dataset: 'crisis-b' }, ActorSearchResponse))).toEqual([]);
    expect(names(await ok(actorsRoute, { q: 'mediator', dataset: 'crisis-b' }, ActorSearchResponse))).toEqual(['mediator']);
  });

  it('counts an actor its `datasets` list names, with or without a stance there', async () => {
    await write((tx) => tx.run("CREATE (:Actor:Person {id: 'listed-only', name: 'Listed Only', kind: 'person', aliases: [], datasets: ['crisis-b']})"));
    try {
      expect(names(await ok(actorsRoute, { dataset: 'crisis-b' }, ActorSearchResponse))).toContain('listed-only');
      expect(names(await ok(actorsRoute, { dataset: 'crisis-a' }, ActorSearchResponse))).not.toContain('listed-only');
    } finally {
      await write((tx) => tx.run("MATCH (n:Actor {id: 'listed-only'}) DETACH DELETE n"));
    }
  });
});

describe('dataset= on the analysis endpoints', () => {
  it('analyses only the stances of the data sets asked for', async () => {
    const a = await ok(analysisRoute, { dataset: 'crisis-a' }, AnalysisResponse);
    expect(a.actors.map((x) => x.id).sort()).toEqual(['alpha', 'beta', 'mediator']);
    const b = await ok(analysisRoute, { dataset: 'crisis-b' }, AnalysisResponse);
    expect(b.actors.map((x) => x.id).sort()).toEqual(['delta', 'gamma', 'mediator']);
    const both = await ok(analysisRoute, { dataset: 'crisis-a,crisis-b' }, AnalysisResponse);
    expect(both.network.stances).toBe(a.network.stances + b.network.stances);
    expect(both.network.stances).toBeGreaterThan(a.network.stances);
    const timeline = await ok(timelineRoute, { dataset: 'crisis-b' }, TimelineResponse);
    expect(timeline.range).toEqual({ min: '2021-06-02', max: '2021-07-10' });
  });
});

describe('bad dataset= values', () => {
  const endpoints: [string, NextApiHandler, Record<string, string>][] = [
    ['/api/graph', graphRoute, {}],
    ['/api/paths', pathsRoute, { from: 'alpha', to: 'gamma' }],
    ['/api/actors', actorsRoute, { q: 'alpha' }],
    ['/api/analysis', analysisRoute, {}],
    ['/api/analysis/timeline', timelineRoute, {}],
    ['/api/analysis/diff', diffRoute, { from: '2020-01-01', to: '2021-01-01' }],
  ];

  it.each(endpoints)('%s answers 400 naming `dataset` for an id no data set has, and lists those loaded', async (_name, handler, query) => {
    const answer = await callRoute(handler, { query: { ...query, dataset: 'crisis-a,crisis-z' } });
    expect(answer.status).toBe(400);
    const body = ErrorBody.parse(answer.body);
    expect(body.error.code).toBe('BadRequest');
    expect(body.error.message).toContain('dataset: no data set has the id "crisis-z" (loaded: crisis-a, crisis-b)');
  });

  it.each(endpoints)('%s answers 400 naming `dataset` for a value that is no id', async (_name, handler, query) => {
    const answer = await callRoute(handler, { query: { ...query, dataset: 'Crisis A' } });
    expect(answer.status).toBe(400);
    const body = ErrorBody.parse(answer.body);
    expect(body.error.message).toMatch(/dataset\[0\]: must be a lower-case slug/);
  });
});
