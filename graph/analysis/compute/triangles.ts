/**
 * Triangles of the signed network and the balance they give (Cartwright & Harary 1956): a
 * triangle is balanced when the product of its three signs is positive ("the friend of my
 * friend is my friend", "the enemy of my enemy is my friend"), unbalanced otherwise.
 * Enumeration is the forward algorithm (Schank & Wagner 2005): each triangle found once from its
 * lowest-ranked corner, O(m^1.5), which keeps hubs cheap.
 */
import type { Triangle, Triangles } from '@/graph/analysis/analysisTypes';
import type { SignedNetwork } from '@/graph/analysis/compute/signedNetwork';

/** Calls `visit(tie1, tie2, tie3)` once per triangle: ties u-v, u-w, v-w with u, v, w ascending. */
export function forEachTriangle(net: SignedNetwork, visit: (uv: number, uw: number, vw: number, u: number, v: number, w: number) => void): void {
  const n = net.actors.length;
  const { offsets, neighbour, tie } = net;
  // Rank by degree, then index: a node only looks at higher-ranked neighbours.
  const rank = new Int32Array(n);
  const byDegree = Array.from({ length: n }, (_, v) => v).sort((x, y) => offsets[x + 1]! - offsets[x]! - (offsets[y + 1]! - offsets[y]!) || x - y);
  byDegree.forEach((v, r) => (rank[v] = r));
  const higher: number[][] = Array.from({ length: n }, () => []);
  const higherTie: number[][] = Array.from({ length: n }, () => []);
  for (let v = 0; v < n; v++) {
    for (let p = offsets[v]!; p < offsets[v + 1]!; p++) {
      const w = neighbour[p]!;
      if (rank[w]! > rank[v]!) {
        higher[v]!.push(w);
        higherTie[v]!.push(tie[p]!);
      }
    }
  }
  const mark = new Int32Array(n).fill(-1);
  for (const v of byDegree) {
    const hv = higher[v]!;
    const tv = higherTie[v]!;
    for (let i = 0; i < hv.length; i++) mark[hv[i]!] = tv[i]!;
    for (let i = 0; i < hv.length; i++) {
      const w = hv[i]!;
      const hw = higher[w]!;
      const tw = higherTie[w]!;
      for (let j = 0; j < hw.length; j++) {
        const x = hw[j]!;
        const vx = mark[x]!;
        if (vx < 0) continue;
        // Corners v, w, x; report them ascending with their ties.
        const vw = tv[i]!;
        const wx = tw[j]!;
        const corners: [number, number][] = [[v, 0], [w, 0], [x, 0]];
        corners.sort((p, q) => p[0] - q[0]);
        const [a, b, c] = [corners[0]![0], corners[1]![0], corners[2]![0]];
        const tieOf = (p: number, q: number) => ((p === v && q === w) || (p === w && q === v) ? vw : (p === w && q === x) || (p === x && q === w) ? wx : vx);
        visit(tieOf(a, b), tieOf(a, c), tieOf(b, c), a, b, c);
      }
    }
    for (const w of hv) mark[w] = -1;
  }
}

export interface TriangleCount {
  triangles: number;
  balanced: number;
  ratio: number | null;
  unbalanced: Triangles;
}

/** Counts triangles and balanced ones, and lists up to `limit` unbalanced triangles (in id order). */
export function triangleBalance(net: SignedNetwork, limit = Infinity): TriangleCount {
  let triangles = 0;
  let balanced = 0;
  const found: [number, number, number][] = [];
  forEachTriangle(net, (uv, uw, vw) => {
    triangles++;
    if (net.tieSign[uv]! * net.tieSign[uw]! * net.tieSign[vw]! > 0) balanced++;
    else found.push([uv, uw, vw]);
  });
  // Ties are sorted by (a, b), so sorting by tie indexes orders triangles by their actors' ids.
  found.sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]);
  const listed: Triangle[] = found.slice(0, limit).map(([uv, uw, vw]) => {
    const t1 = net.ties[uv]!;
    const t2 = net.ties[uw]!;
    const t3 = net.ties[vw]!;
    return { actors: [t1.a, t1.b, t2.b], ties: [t1, t2, t3] };
  });
  return {
    triangles,
    balanced,
    ratio: triangles === 0 ? null : balanced / triangles,
    unbalanced: { unbalanced: listed, total: found.length, truncated: found.length > listed.length },
  };
}

