/**
 * The evidence of some stances for a panel: known at once when inline or cached, else fetched in
 * one batched request (components/evidence/evidenceClient.ts). A newer set of edges aborts the
 * older request.
 */
import { useEffect, useState } from 'react';
import type { EdgeData, EvidenceItem } from '@/graph/model/elements';
import { evidenceClient, evidenceKey, type EvidenceEdge } from '@/components/evidence/evidenceClient';
import { fetchErrorMessage } from '@/components/apiClient';

export interface EvidenceState {
  status: 'loading' | 'ready' | 'error';
  /** Evidence by edge id; edges not in it have not loaded yet. */
  evidence: ReadonlyMap<string, EvidenceItem[]>;
  error: string | null;
  retry: () => void;
}

function knownNow(edges: readonly EvidenceEdge[]): Map<string, EvidenceItem[]> {
  const known = new Map<string, EvidenceItem[]>();
  for (const edge of edges) {
    const evidence = evidenceClient.known(edge);
    if (evidence) known.set(edge.id, evidence);
  }
  return known;
}

export function useEvidence(edges: readonly EvidenceEdge[]): EvidenceState {
  const key = edges.map(evidenceKey).join('\u0001');
  // The edges change identity on every render of their parent; the key says when they really change.
  const [held, setHeld] = useState({ key, edges });
  if (held.key !== key) setHeld({ key, edges });
  const stable = held.key === key ? held.edges : edges;
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<{ key: string; evidence: Map<string, EvidenceItem[]>; error: string | null } | null>(null);

  // Read on every render (a few hundred map lookups): the cache holds each answer once it arrives.
  const known = knownNow(stable);
  const complete = stable.every((e) => known.has(e.id));

  useEffect(() => {
    if (complete) return;
    const controller = new AbortController();
    evidenceClient
      .load(stable, controller.signal)
      .then((evidence) => setLoaded({ key, evidence, error: null }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setLoaded({ key, evidence: new Map(), error: fetchErrorMessage(error) });
      });
    return () => controller.abort();
  }, [stable, key, complete, attempt]);

  const current = loaded?.key === key ? loaded : null;
  const evidence = current && current.evidence.size > 0 ? new Map([...known, ...current.evidence]) : known;
  const status = complete || stable.every((e) => evidence.has(e.id)) ? 'ready' : current?.error ? 'error' : 'loading';
  return { status, evidence, error: status === 'error' ? (current?.error ?? null) : null, retry: () => {
      setLoaded(null);
      setAttempt((n) => n + 1);
    },
  };
}

/** The edge with its evidence inline once loaded (unchanged while it is not). */
export function withEvidenceOf<T extends Pick<EdgeData, 'id' | 'evidence'>>(edge: T, evidence: ReadonlyMap<string, EvidenceItem[]>): T {
  const loaded = edge.evidence ?? evidence.get(edge.id);
  return loaded === edge.evidence ? edge : { ...edge, evidence: loaded };
}
