import { EvidenceClient, evidenceKey, type EvidenceEdge } from '@/components/evidence/evidenceClient';
import { MAX_EVIDENCE_IDS, type EvidenceBatch } from '@/graph/views/viewTypes';
import type { Elements } from '@/graph/model/elements';

const edge = (id: string, evidenceCount = 1, properties: EvidenceEdge['properties'] = {}): EvidenceEdge => ({ id, evidenceCount, properties });

/** A fake /api/stances: answers one quote per asked id except those in `gone`, and records the URLs. */
function fakeApi(gone: ReadonlySet<string> = new Set()) {
  const urls: string[] = [];
  const fetcher = async (url: string): Promise<EvidenceBatch> => {
    urls.push(url);
    const ids = new URL(url, 'http://x').searchParams.get('ids')?.split(',') ?? [];
    return {
      stances: ids.filter((id) => !gone.has(id)).map((id) => ({ id, stanceId: `s-${id}`, dataset: 'd', evidence: [{ quote: `quote of ${id}`, sourceId: 'src' }] })),
      missing: ids.filter((id) => gone.has(id)),
    };
  };
  return { urls, fetcher };
}

describe('components/evidence/evidenceClient', () => {
  it('fetches in batches of MAX_EVIDENCE_IDS and answers every edge', async () => {
    const api = fakeApi();
    const client = new EvidenceClient(api.fetcher);
    const edges = Array.from({ length: MAX_EVIDENCE_IDS * 2 + 5 }, (_, i) => edge(`5:x:${i}`));
    const evidence = await client.load(edges);
    expect(api.urls).toHaveLength(3);
    expect(evidence.size).toBe(edges.length);
    expect(evidence.get('5:x:7')).toEqual([{ quote: 'quote of 5:x:7', sourceId: 'src' }]);
  });

  it('asks nothing for inline evidence, for stances without evidence, or twice for the same stance', async () => {
    const api = fakeApi();
    const client = new EvidenceClient(api.fetcher);
    const inline = { ...edge('5:x:1'), evidence: [{ quote: 'frozen', sourceId: 'a' }] };
    await client.load([inline, edge('5:x:2', 0), edge('5:x:3'), edge('5:x:3')]);
    expect(api.urls).toEqual([`/api/stances?ids=${encodeURIComponent('5:x:3')}`]);
    const again = await client.load([edge('5:x:3')]);
    expect(api.urls).toHaveLength(1);
    expect(again.get('5:x:3')?.[0]?.quote).toBe('quote of 5:x:3');
    expect(client.known(inline)).toEqual(inline.evidence);
    expect(client.known(edge('5:x:2', 0))).toEqual([]);
  });

  it('asks again once the stance changed (its count, version or load hash), not from the stale cache', async () => {
    const api = fakeApi();
    const client = new EvidenceClient(api.fetcher);
    await client.load([edge('5:x:1', 1, { version: 1 })]);
    expect(client.known(edge('5:x:1', 1, { version: 2 }))).toBeUndefined();
    expect(client.known(edge('5:x:1', 2, { version: 1 }))).toBeUndefined();
    expect(evidenceKey(edge('5:x:1', 1, { hash: 'a' }))).not.toBe(evidenceKey(edge('5:x:1', 1, { hash: 'b' })));
    await client.load([edge('5:x:1', 1, { version: 2 })]);
    expect(api.urls).toHaveLength(2);
  });

  it('gives a stance gone since an empty list, uncached, and passes a failed request on', async () => {
    const api = fakeApi(new Set(['5:x:9']));
    const client = new EvidenceClient(api.fetcher);
    expect((await client.load([edge('5:x:9')])).get('5:x:9')).toEqual([]);
    expect(client.known(edge('5:x:9'))).toBeUndefined();
    const failing = new EvidenceClient(() => Promise.reject(new Error('The Neo4j database is not reachable.')));
    await expect(failing.load([edge('5:x:1')])).rejects.toThrow('not reachable');
    const malformed = new EvidenceClient(() => Promise.resolve({ stances: 'no' }));
    await expect(malformed.load([edge('5:x:1')])).rejects.toThrow();
  });

  it('puts the evidence inline in every edge of the elements (what snapshots and exports freeze)', async () => {
    const client = new EvidenceClient(fakeApi().fetcher);
    const base = { source: 'a', target: 'b', type: 'SUPPORTS', label: 'supports', polarity: 1 as const, sourceCount: 1 };
    const elements: Elements = {
      nodes: [],
      edges: [{ data: { ...base, id: '5:x:1', evidenceCount: 1, properties: {} } }, { data: { ...base, id: '5:x:2', evidenceCount: 0, sourceCount: 0, properties: {} } }],
    };
    const whole = await client.withEvidence(elements);
    expect(whole.edges.map((e) => e.data.evidence)).toEqual([[{ quote: 'quote of 5:x:1', sourceId: 'src' }], []]);
    expect(elements.edges[0]?.data.evidence).toBeUndefined();
  });
});
