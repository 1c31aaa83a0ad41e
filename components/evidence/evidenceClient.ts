/**
 * Evidence on demand, the browser side (issue #16): graph answers carry each stance's counts, not
 * its quotes, and whatever shows quotes (details panel, stance list, exports, snapshots) asks for
 * them here. Requests are batched (`/api/stances?ids=`, MAX_EVIDENCE_IDS at a time, a few in
 * flight) and answers cached for the page's life, so opening the same stance twice costs nothing.
 *
 * A cached answer is keyed by the edge's elementId and what changes with its evidence (its count,
 * its edit `version`, its load `hash`): Neo4j may give a deleted stance's elementId to a new one,
 * and an edited stance must not show its old quotes.
 */
import { EvidenceBatch, MAX_EVIDENCE_IDS } from '@/graph/views/viewTypes';
import type { EdgeData, Elements, EvidenceItem } from '@/graph/model/elements';
import { z } from 'zod';
import { getJson } from '@/components/apiClient';

/** Batches of one view fetched at once: enough to hide latency, few enough to stay polite. */
const PARALLEL_REQUESTS = 3;

type Fetcher = (url: string, signal?: AbortSignal) => Promise<unknown>;

export type EvidenceEdge = Pick<EdgeData, 'id' | 'evidence' | 'evidenceCount' | 'properties'>;

/** The cache key of an edge's evidence (see the module comment). */
export function evidenceKey(edge: EvidenceEdge): string {
  const { version, hash } = edge.properties;
  return `${edge.id}\u0000${edge.evidenceCount}\u0000${typeof version === 'number' ? version : ''}\u0000${typeof hash === 'string' ? hash : ''}`;
}

export class EvidenceClient {
  private readonly cache = new Map<string, EvidenceItem[]>();

  // The answer is checked in load(), where an injected fetcher's answers are checked too.
  constructor(private readonly fetcher: Fetcher = (url, signal) => getJson(url, z.unknown(), { signal })) {}

  /** What is known now, without asking: inline evidence, a cached answer, or none needed. */
  known(edge: EvidenceEdge): EvidenceItem[] | undefined {
    if (edge.evidence) return edge.evidence;
    if (edge.evidenceCount === 0) return [];
    return this.cache.get(evidenceKey(edge));
  }

  /**
   * The evidence of each edge, by edge id. A stance gone since the view was drawn (the API lists
   * it as missing) gets an empty list, which the panels say plainly. Rejects with the API's
   * message when a request fails; aborting `signal` stops the batches not yet sent.
   */
  async load(edges: readonly EvidenceEdge[], signal?: AbortSignal): Promise<Map<string, EvidenceItem[]>> {
    const found = new Map<string, EvidenceItem[]>();
    // By id, so an export of thousands of stances is not a quadratic search for repeats.
    const wanted = new Map<string, EvidenceEdge>();
    for (const edge of edges) {
      const known = this.known(edge);
      if (known) found.set(edge.id, known);
      else if (!wanted.has(edge.id)) wanted.set(edge.id, edge);
    }
    const batches: EvidenceEdge[][] = [];
    const list = [...wanted.values()];
    for (let i = 0; i < list.length; i += MAX_EVIDENCE_IDS) batches.push(list.slice(i, i + MAX_EVIDENCE_IDS));
    let next = 0;
    const worker = async () => {
      while (next < batches.length) {
        const batch = batches[next++] ?? [];
        signal?.throwIfAborted();
        const ids = batch.map((e) => e.id).join(',');
        const answer = EvidenceBatch.parse(await this.fetcher(`/api/stances?${new URLSearchParams({ ids })}`, signal));
        const byId = new Map(answer.stances.map((s) => [s.id, s.evidence]));
        for (const edge of batch) {
          const evidence = byId.get(edge.id) ?? [];
          if (byId.has(edge.id)) this.cache.set(evidenceKey(edge), evidence);
          found.set(edge.id, evidence);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_REQUESTS, batches.length) }, worker));
    return found;
  }

  /** The elements with every stance's evidence inline: what a snapshot or an export freezes. */
  async withEvidence(elements: Elements, signal?: AbortSignal): Promise<Elements> {
    const evidence = await this.load(elements.edges.map((e) => e.data), signal);
    return {
      nodes: elements.nodes,
      edges: elements.edges.map((edge) => ({ ...edge, data: { ...edge.data, evidence: evidence.get(edge.data.id) ?? edge.data.evidence ?? [] } })),
    };
  }
}

/** The page's one client, shared by every panel so they share one cache. */
export const evidenceClient = new EvidenceClient();
