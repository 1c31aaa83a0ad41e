import stancesRoute from '@/pages/api/stances/index';
import { closeDriver, transactions } from '@/graph/db/driver';
import { loadDataset } from '@/graph/datasets/load';
import { ErrorBody } from '@/graph/model/errorBody';
import { MAX_EVIDENCE_IDS, type EvidenceBatch } from '@/graph/views/viewTypes';
import { stanceId, type Dataset } from '@/graph/model/schema';
import { callRoute } from '@/tests/support/callRoute';
import { crisisA } from '@/tests/support/extraDatasets';
import { seedApiData } from '@/tests/integration/api-seed';

const { read } = transactions('test');

let data: Dataset;
/** elementId of each stance relationship, by `<dataset>/<stance id>`. */
let edgeIds: Map<string, string>;

beforeAll(async () => {
  data = await seedApiData();
  await loadDataset(crisisA);
  edgeIds = await read(async (tx) => {
    const result = await tx.run('MATCH ()-[r]->() WHERE r.dataset IS NOT NULL RETURN r.dataset + "/" + r.id AS key, elementId(r) AS id');
    return new Map(result.records.map((r) => [r.get('key') as string, r.get('id') as string]));
  });
});
afterAll(() => closeDriver());

function edgeOf(dataset: string, id: string): string {
  const edge = edgeIds.get(`${dataset}/${id}`);
  if (!edge) throw new Error(`no stance ${dataset}/${id} in the test graph`);
  return edge;
}

async function evidence(query: Record<string, string>) {
  return callRoute<EvidenceBatch>(stancesRoute, { query });
}

describe('GET /api/stances', () => {
  it('answers each stance’s quotes with their sources, in the order asked', async () => {
    const picked = data.stances.filter((s) => s.evidence.length > 0).slice(0, 3);
    const ids = picked.map((s) => edgeOf(data.dataset.id, stanceId(s)));
    const answer = await evidence({ ids: ids.join(',') });
    expect(answer.status).toBe(200);
    expect(answer.body.missing).toEqual([]);
    expect(answer.body.stances.map((s) => s.id)).toEqual(ids);
    picked.forEach((stance, i) => {
      const got = answer.body.stances[i];
      expect(got?.stanceId).toBe(stanceId(stance));
      expect(got?.evidence.map((e) => e.quote)).toEqual(stance.evidence.map((e) => ('quote' in e ? e.quote : '')));
      const source = data.sources.find((s) => s.id === stance.evidence[0]?.source);
      expect(got?.evidence[0]?.source?.title).toBe(source?.title);
    });
  });

  it('lists unknown ids as missing and answers the rest', async () => {
    const known = edgeOf('crisis-a', stanceId(crisisA.stances[0]!));
    const answer = await evidence({ ids: `${known},5:not-an-edge:1` });
    expect(answer.status).toBe(200);
    expect(answer.body.stances.map((s) => s.evidence[0]?.quote)).toEqual(['Alpha backs Beta']);
    expect(answer.body.missing).toEqual(['5:not-an-edge:1']);
  });

  it('leaves out stances of data sets not asked for', async () => {
    const mine = edgeOf('crisis-a', stanceId(crisisA.stances[0]!));
    const other = edgeOf(data.dataset.id, stanceId(data.stances[0]!));
    const answer = await evidence({ ids: `${mine},${other}`, dataset: 'crisis-a' });
    expect(answer.body.stances.map((s) => s.id)).toEqual([mine]);
    expect(answer.body.missing).toEqual([other]);
  });

  it(`refuses more than ${MAX_EVIDENCE_IDS} ids with 413, and no ids with 400 naming the field`, async () => {
    const many = Array.from({ length: MAX_EVIDENCE_IDS + 1 }, (_, i) => `5:x:${i}`).join(',');
    const tooMany = await evidence({ ids: many });
    expect(tooMany.status).toBe(413);
    expect(ErrorBody.parse(tooMany.body).error.code).toBe('TooManyIds');
    const none = await evidence({});
    expect(none.status).toBe(400);
    expect(ErrorBody.parse(none.body).error.message).toMatch(/ids/);
  });
});
