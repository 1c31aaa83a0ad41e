/**
 * `/api/analysis/timeline` against the real Neo4j with the Venezuela seed data: the range and
 * the change dates follow the data, the counts match the stances in force on each date, and
 * the network splits into two camps.
 */
import timelineRoute from '@/pages/api/analysis/timeline';
import analysisRoute from '@/pages/api/analysis/index';
import { closeDriver } from '@/graph/db/driver';
import { AnalysisResponse, TimelineResponse } from '@/graph/analysis/analysisTypes';
import { ErrorBody } from '@/graph/model/errorBody';
import type { Dataset } from '@/graph/model/schema';
import { callRoute } from '@/tests/support/callRoute';
import { seedApiData } from '@/tests/integration/api-seed';

let data: Dataset;

async function timeline(query: Record<string, string>): Promise<TimelineResponse> {
  const answer = await callRoute(timelineRoute, { query });
  expect(answer.status).toBe(200);
  return TimelineResponse.parse(answer.body);
}

const inForceOn = (day: string) => data.stances.filter((s) => s.date <= day && (s.until === undefined || s.until >= day));

beforeAll(async () => {
  data = await seedApiData();
});
afterAll(() => closeDriver());

describe('GET /api/analysis/timeline on the Venezuela seed data', () => {
  it('answers the date range and one point per change date, counts as the stances in force', async () => {
    const body = await timeline({});
    const dates = data.stances.map((s) => s.date);
    const ends = data.stances.flatMap((s) => (s.until ? [s.until] : []));
    expect(body.range).toEqual({ min: [...dates].sort()[0], max: [...dates, ...ends].sort().at(-1) });
    expect(body.truncated).toBe(false);
    expect(body.points).toHaveLength(body.changes);
    // Every start date is a change date.
    const answered = new Set(body.points.map((p) => p.date));
    for (const date of new Set(dates)) expect(answered.has(date)).toBe(true);
    for (const point of body.points) expect(point.stances).toBe(inForceOn(point.date).length);
    expect(body.points.at(-1)!.stances).toBeGreaterThan(body.points[0]!.stances);
  });

  it('agrees with /api/analysis?at= on balance and camp sizes on a day', async () => {
    const body = await timeline({});
    const point = body.points.find((p) => p.date >= '2019-02-09')!;
    const answer = await callRoute(analysisRoute, { query: { at: point.date, measures: 'balance,camps' } });
    const analysis = AnalysisResponse.parse(answer.body);
    expect(point.triangles).toBe(analysis.balance?.triangles.triangles);
    expect(point.balanced).toBe(analysis.balance?.triangles.balanced);
    const sizes = (analysis.camps?.twoCamps.camps ?? []).map((c) => c.members.length).sort();
    expect([...point.camps].sort()).toEqual(sizes);
  });

  it('splits into two non-empty camps on most dates, camp 0 being the first date\'s larger camp', async () => {
    const body = await timeline({});
    const split = body.points.filter((p) => p.camps[0] > 0 && p.camps[1] > 0);
    expect(split.length).toBeGreaterThan(body.points.length / 2);
    // Camp 0 is the first date's larger camp; alignment keeps it from being renumbered by size afterwards.
    expect(body.points[0]!.camps[0]).toBeGreaterThanOrEqual(body.points[0]!.camps[1]);
  });

  it('caps the dates at steps, first and last kept, and applies the filters', async () => {
    const all = await timeline({});
    const capped = await timeline({ steps: '5' });
    expect(capped.points).toHaveLength(5);
    expect(capped.truncated).toBe(true);
    expect(capped.points[0]).toEqual(all.points[0]);
    expect(capped.points.at(-1)).toEqual(all.points.at(-1));
    const opposes = await timeline({ kinds: 'OPPOSES' });
    const last = opposes.points.at(-1)!;
    expect(last.stances).toBe(inForceOn(last.date).filter((s) => s.kind === 'OPPOSES').length);
    expect(last.stances).toBeLessThan(all.points.at(-1)!.stances);
  });

  it('answers 400 naming the parameter for bad values', async () => {
    for (const [query, name] of [[{ steps: '1' }, /steps/], [{ from: '2019-03-01', to: '2019-01-01' }, /\bto\b/], [{ rule: 'loudest' }, /rule/]] as const) {
      const answer = await callRoute(timelineRoute, { query });
      expect(answer.status).toBe(400);
      expect(ErrorBody.parse(answer.body).error.message).toMatch(name);
    }
  });
});
