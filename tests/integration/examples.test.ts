/**
 * Every example query of the console (graph/console/examples.ts) run through the same function
 * POST /api/cypher uses, on the seeded Venezuela data: each must answer rows, and rows that say
 * what the example promises. Expectations are computed from the Dataset itself.
 */
import { closeDriver } from '@/graph/db/driver';
import { runCypher } from '@/graph/console/cypher';
import { EXAMPLE_QUERIES } from '@/graph/console/examples';
import { type ExampleQuery } from '@/graph/console/consoleTypes';
import type { CypherResponse } from '@/graph/console/consoleTypes';
import type { Json } from '@/graph/model/graphJson';
import type { Dataset } from '@/graph/model/schema';
import { seedApiData } from '@/tests/integration/api-seed';

let data: Dataset;
beforeAll(async () => {
  data = await seedApiData();
});
afterAll(() => closeDriver());

function example(id: string): ExampleQuery {
  const found = EXAMPLE_QUERIES.find((e) => e.id === id);
  if (!found) throw new Error(`no example ${id}`);
  return found;
}

const run = (e: ExampleQuery): Promise<CypherResponse> => runCypher({ query: e.query, params: e.params });
const nameOf = (id: string) => [...data.actors, ...data.topics].find((a) => a.id === id)?.name;
const column = (result: CypherResponse, key: string): Json[] => result.rows.map((row) => row[key] ?? null);
const nodeProp = (value: Json | undefined, key: string): Json | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value.properties as Record<string, Json> | undefined)?.[key] : undefined;

describe('graph/console/examples', () => {
  it.each(EXAMPLE_QUERIES.map((e) => [e.title, e] as const))('"%s" runs read-only and answers rows', async (_title, e) => {
    const result = await run(e);
    expect(result.rows.length).toBeGreaterThan(0);
    expect(result.summary.truncated).toBe(false);
    expect(result.summary.queryType).toBe('r');
  });

  it('"Who backs Maduro?" lists exactly the positive stances toward nicolas-maduro, and draws them', async () => {
    const result = await run(example('who-backs-maduro'));
    const expected = data.stances.filter((s) => s.to === 'nicolas-maduro' && s.polarity === 1).map((s) => `${nameOf(s.from)} ${s.kind}`);
    expect(result.rows.map((r) => `${String(r.backer)} ${String(r.kind)}`).sort()).toEqual(expected.sort());
    // The stances the rows name, plus the ties between the same actors that connect added.
    expect(result.elements.edges.length).toBe(expected.length + result.summary.connected);
  });

  it('"Actors that back both sides" ties each actor to both camps, backing at least one', async () => {
    const result = await run(example('actors-that-back-both-sides'));
    const byActor = new Map<string, { camps: Set<string>; polarities: number[] }>();
    for (const row of result.rows) {
      const name = String(nodeProp(row.actor, 'name'));
      const entry = byActor.get(name) ?? { camps: new Set(), polarities: [] };
      entry.camps.add(String(row.camp));
      entry.polarities.push(Number(row.polarity));
      byActor.set(name, entry);
    }
    expect(byActor.size).toBeGreaterThan(0);
    for (const [, entry] of byActor) {
      expect([...entry.camps].sort()).toEqual([nameOf('juan-guaido'), nameOf('nicolas-maduro')].sort());
      expect(entry.polarities).toContain(1);
      expect(entry.polarities.every((p) => p >= 0)).toBe(true);
    }
  });

  it('"Chains from Russia to the United States" answers paths from russia to united-states, shortest first', async () => {
    const result = await run(example('chains-russia-to-united-states'));
    const hops = column(result, 'hops').map(Number);
    expect(hops).toEqual([...hops].sort((a, b) => a - b));
    for (const row of result.rows) {
      const path = row.p as { nodes: { properties: Record<string, Json> }[] };
      expect(path.nodes[0]?.properties.id).toBe('russia');
      expect(path.nodes.at(-1)?.properties.id).toBe('united-states');
      expect(path.nodes.length - 1).toBe(Number(row.hops));
      expect([-1, 0, 1]).toContain(Number(row.sign));
    }
    expect(result.elements.nodes.length).toBeGreaterThan(1);
  });

  it('"Stances by date" counts every stance once, in date order', async () => {
    const result = await run(example('stances-by-date'));
    const dates = column(result, 'date').map(String);
    expect(dates).toEqual([...dates].sort());
    expect(column(result, 'stances').reduce<number>((sum, n) => sum + Number(n), 0)).toBe(data.stances.length);
  });

  it('"Sources and what they report" joins every evidence quote to its Source node', async () => {
    const result = await run(example('sources-and-what-they-report'));
    const evidence = data.stances.flatMap((s) => s.evidence);
    expect(result.rows.length).toBe(evidence.length);
    for (const row of result.rows.slice(0, 40)) {
      const sourceId = String(row.sourceId);
      expect(row.source).toBe(data.sources.find((s) => s.id === sourceId)?.title);
      expect(evidence.some((e) => e.source === sourceId && e.quote === row.quote)).toBe(true);
      expect(row.publisher).toBe(data.sources.find((s) => s.id === sourceId)?.publisher);
    }
  });

  it('"Most contested actors" counts backers and opponents as the data set has them', async () => {
    const result = await run(example('most-contested-actors'));
    const top = result.rows[0];
    const id = String(nodeProp(top?.target, 'id'));
    const toward = data.stances.filter((s) => s.to === id);
    expect(Number(top?.backers)).toBe(toward.filter((s) => s.polarity === 1).length);
    expect(Number(top?.opponents)).toBe(toward.filter((s) => s.polarity === -1).length);
  });

  it('"Who takes which side on each topic" names only topics of the data set', async () => {
    const result = await run(example('sides-on-topics'));
    const topics = new Set(data.topics.map((t) => t.name));
    expect(column(result, 'topic').every((t) => topics.has(String(t)))).toBe(true);
  });

  it('"Claims and allegations" answers only claimed or alleged stances, all of them', async () => {
    const result = await run(example('claims-and-allegations'));
    expect(new Set(column(result, 'certainty'))).toEqual(new Set(['claimed', 'alleged'].filter((c) => data.stances.some((s) => s.certainty === c))));
    expect(result.rows.length).toBe(data.stances.filter((s) => s.certainty === 'claimed' || s.certainty === 'alleged').length);
  });
});
