import schemaRoute from '@/pages/api/schema';
import { closeDriver } from '@/graph/db/driver';
import { SchemaResponse } from '@/graph/console/consoleTypes';
import type { Dataset } from '@/graph/model/schema';
import { callRoute } from '@/tests/support/callRoute';
import { seedApiData } from '@/tests/integration/api-seed';

let data: Dataset;
beforeAll(async () => {
  data = await seedApiData();
});
afterAll(() => closeDriver());

describe('GET /api/schema', () => {
  it('answers labels and relationship types with their counts, and property keys', async () => {
    const answer = await callRoute(schemaRoute);
    expect(answer.status).toBe(200);
    const schema = SchemaResponse.parse(answer.body);
    const count = (list: { name: string; count: number }[], name: string) => list.find((l) => l.name === name)?.count;
    expect(count(schema.labels, 'Actor')).toBe(data.actors.length);
    expect(count(schema.labels, 'Topic')).toBe(data.topics.length);
    expect(count(schema.labels, 'Source')).toBe(data.sources.length);
    expect(count(schema.labels, 'Person')).toBe(data.actors.filter((a) => a.kind === 'person').length);
    const kinds = new Set(data.stances.map((s) => s.kind));
    expect(new Set(schema.relationshipTypes.map((t) => t.name))).toEqual(kinds);
    for (const kind of kinds) expect(count(schema.relationshipTypes, kind)).toBe(data.stances.filter((s) => s.kind === kind).length);
    expect(schema.propertyKeys).toEqual(expect.arrayContaining(['id', 'name', 'aliases', 'polarity', 'certainty', 'quotes', 'sourceIds']));
  });
});
