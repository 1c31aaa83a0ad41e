/**
 * The heuristics of the camps layout that read the stances: which dispute a view is about, and
 * how far each actor leans to either side of it. Pure functions of the elements.
 */
import type { Elements } from '@/graph/model/elements';
import type { Edge } from '@/components/graph/layouts/shared';

/** The two sides of a dispute, as node elementIds. */
export interface Dispute {
  a: string;
  b: string;
}

/** One key for the pair of nodes `a` and `b`, whichever comes first; `key.split(PAIR_SEPARATOR)` gives them back. */
export const PAIR_SEPARATOR = '\u0000';
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}${PAIR_SEPARATOR}${b}` : `${b}${PAIR_SEPARATOR}${a}`;
}

function opposedPairs(edges: readonly Edge[]): Map<string, number> {
  const pairs = new Map<string, number>();
  for (const e of edges) {
    if (e.polarity >= 0 || e.source === e.target) continue;
    const key = pairKey(e.source, e.target);
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  return pairs;
}

function backersOf(edges: readonly Edge[]): Map<string, Set<string>> {
  const backers = new Map<string, Set<string>>();
  for (const e of edges) {
    if (e.polarity <= 0) continue;
    const set = backers.get(e.target) ?? new Set<string>();
    set.add(e.source);
    backers.set(e.target, set);
  }
  return backers;
}

/**
 * The dispute a camps view is about. Candidates are pairs that oppose each other (restricted to
 * pairs touching the focus when there is one); the pair whose sides rally the most distinct
 * backers wins, so Guaidó vs Maduro beats a one-off quarrel. Null when nobody opposes anybody.
 */
export function pickDispute(elements: Elements, focusIds: readonly string[] = []): Dispute | null {
  const edges = elements.edges.map((e) => e.data);
  const backers = backersOf(edges);
  const focus = new Set(focusIds);
  let best: { dispute: Dispute; score: number } | null = null;
  for (const [key, count] of opposedPairs(edges)) {
    const [a = '', b = ''] = key.split(PAIR_SEPARATOR);
    const touchesFocus = focus.has(a) || focus.has(b);
    const bothFocus = focus.has(a) && focus.has(b);
    if (focus.size > 0 && !touchesFocus) continue;
    const rallied = new Set([...(backers.get(a) ?? []), ...(backers.get(b) ?? [])]);
    rallied.delete(a);
    rallied.delete(b);
    // Two focused rivals come first, then how many rally to either side, then how often they clash.
    const score = (bothFocus ? 1e6 : 0) + rallied.size * 100 + count;
    if (!best || score > best.score) {
      // Keep the side with more backers on the left for a stable reading order.
      const left = (backers.get(a)?.size ?? 0) >= (backers.get(b)?.size ?? 0) ? a : b;
      best = { dispute: { a: left, b: left === a ? b : a }, score };
    }
  }
  return best?.dispute ?? null;
}

/** How far a node leans to side A (> 0) or side B (< 0): its own stances towards A and B. */
export function lean(nodeId: string, edges: readonly Edge[], dispute: Dispute): number {
  let total = 0;
  for (const e of edges) {
    if (e.source !== nodeId) continue;
    if (e.target === dispute.a) total += e.polarity;
    else if (e.target === dispute.b) total -= e.polarity;
  }
  return total;
}
