/**
 * The signed actor network: between two actors, every non-neutral stance in either direction
 * combines into one undirected tie by a rule (graph/analysis/analysisTypes TieRule). Neutral stances make
 * no tie but are kept, with their direction, for the mediators. Topic stances are not part of it (see
 * congruence.ts). Ties keep the ids of the stances behind them, so every figure leads to evidence.
 *
 * Actors are indexed 0..n-1 in id order and the ties stored as compressed adjacency lists, so
 * the algorithms run on typed arrays and give the same answer for the same stances in any order.
 */
import type { AnalysisStance, SignedTie, TieRule } from '@/graph/analysis/analysisTypes';

/** A neutral stance (polarity 0) between two actors, in the direction it was taken. */
export interface NeutralStance {
  id: string;
  from: string;
  to: string;
}

export interface SignedNetwork {
  /** Actor ids with at least one signed tie, sorted; an actor's index is its position. */
  actors: string[];
  index: ReadonlyMap<string, number>;
  /** Sorted by (a, b); a < b. */
  ties: SignedTie[];
  /** Ends (actor indexes) and sign of tie t: tieA[t], tieB[t], tieSign[t]. */
  tieA: Int32Array;
  tieB: Int32Array;
  tieSign: Int8Array;
  /** Neighbours of actor v: positions offsets[v] .. offsets[v+1] of `neighbour`, `sign`, `tie`. */
  offsets: Int32Array;
  neighbour: Int32Array;
  sign: Int8Array;
  tie: Int32Array;
  /** Neutral stances between actors (sorted by id), whether or not the pair also has a signed tie. */
  neutral: NeutralStance[];
}

/** The sign the rule gives to a pair's non-neutral stances, or 0 for no tie. */
export function combine(stances: readonly Pick<AnalysisStance, 'polarity' | 'date'>[], rule: TieRule): -1 | 0 | 1 {
  const signOf = (list: readonly Pick<AnalysisStance, 'polarity'>[]) => Math.sign(list.reduce((sum, s) => sum + s.polarity, 0)) as -1 | 0 | 1;
  if (rule === 'sum') return signOf(stances);
  const signed = stances.filter((s) => s.polarity !== 0);
  if (signed.length === 0) return 0;
  switch (rule) {
    case 'negative':
      return signed.some((s) => s.polarity < 0) ? -1 : 1;
    case 'positive':
      return signed.some((s) => s.polarity > 0) ? 1 : -1;
    case 'latest': {
      const last = signed.reduce((max, s) => (s.date > max ? s.date : max), '');
      return signOf(signed.filter((s) => s.date === last)) || signOf(signed);
    }
  }
}

export function buildSignedNetwork(stances: readonly AnalysisStance[], rule: TieRule = 'sum'): SignedNetwork {
  const between = stances.filter((s) => !s.toTopic && s.from !== s.to);
  // Pairs keyed by the numbers of their actors in id order, so ties come out sorted by (a, b).
  const seen = new Set<string>();
  for (const s of between) seen.add(s.from).add(s.to);
  const ids = [...seen].sort();
  const number = new Map(ids.map((id, i) => [id, i]));
  const pairs = new Map<number, AnalysisStance[]>();
  for (const s of between) {
    const x = number.get(s.from)!;
    const y = number.get(s.to)!;
    const key = x < y ? x * ids.length + y : y * ids.length + x;
    const list = pairs.get(key);
    if (list) list.push(s);
    else pairs.set(key, [s]);
  }
  const ties: SignedTie[] = [];
  const neutral: NeutralStance[] = [];
  const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  for (const key of [...pairs.keys()].sort((x, y) => x - y)) {
    const list = pairs.get(key)!;
    if (list.length > 1) list.sort(byId);
    const sign = combine(list, rule);
    const stanceIds: string[] = [];
    for (const s of list) {
      if (s.polarity !== 0) stanceIds.push(s.id);
      else neutral.push({ id: s.id, from: s.from, to: s.to });
    }
    if (sign !== 0) ties.push({ a: ids[Math.floor(key / ids.length)]!, b: ids[key % ids.length]!, sign, stanceIds });
  }
  return indexTies(ties, neutral.sort(byId));
}

/** Builds the indexes and adjacency lists of a network from its ties (sorted, a < b). */
export function indexTies(ties: SignedTie[], neutral: NeutralStance[] = []): SignedNetwork {
  const actors = [...new Set(ties.flatMap((t) => [t.a, t.b]))].sort();
  const index = new Map(actors.map((id, i) => [id, i]));
  const n = actors.length;
  const m = ties.length;
  const tieA = new Int32Array(m);
  const tieB = new Int32Array(m);
  const tieSign = new Int8Array(m);
  const degree = new Int32Array(n);
  ties.forEach((t, i) => {
    tieA[i] = index.get(t.a) ?? 0;
    tieB[i] = index.get(t.b) ?? 0;
    tieSign[i] = t.sign;
    degree[tieA[i]!]!++;
    degree[tieB[i]!]!++;
  });
  const offsets = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) offsets[v + 1] = (offsets[v] ?? 0) + (degree[v] ?? 0);
  const fill = offsets.slice(0, n);
  const neighbour = new Int32Array(2 * m);
  const sign = new Int8Array(2 * m);
  const tie = new Int32Array(2 * m);
  const put = (v: number, w: number, t: number) => {
    const at = fill[v] ?? 0;
    fill[v] = at + 1;
    neighbour[at] = w;
    sign[at] = tieSign[t] ?? 0;
    tie[at] = t;
  };
  for (let t = 0; t < m; t++) {
    put(tieA[t] ?? 0, tieB[t] ?? 0, t);
    put(tieB[t] ?? 0, tieA[t] ?? 0, t);
  }
  return { actors, index, ties, tieA, tieB, tieSign, offsets, neighbour, sign, tie, neutral };
}

/** Connected components as lists of actor indexes, each ascending, largest first. */
export function components(net: SignedNetwork): number[][] {
  const n = net.actors.length;
  const seen = new Uint8Array(n);
  const out: number[][] = [];
  for (let start = 0; start < n; start++) {
    if (seen[start]) continue;
    seen[start] = 1;
    const members = [start];
    for (let i = 0; i < members.length; i++) {
      const v = members[i] ?? 0;
      for (let p = net.offsets[v] ?? 0; p < (net.offsets[v + 1] ?? 0); p++) {
        const w = net.neighbour[p] ?? 0;
        if (!seen[w]) {
          seen[w] = 1;
          members.push(w);
        }
      }
    }
    out.push(members.sort((x, y) => x - y));
  }
  return out.sort((x, y) => y.length - x.length || (x[0] ?? 0) - (y[0] ?? 0));
}
