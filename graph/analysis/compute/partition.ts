/**
 * Partitions of the signed network into camps (an Int32Array: actor index -> camp): the ties that
 * do not fit them, a deterministic numbering, and the alignment of two partitions of different
 * dates so that "camp 0" means the same side in both.
 */
import type { SignedNetwork } from '@/graph/analysis/compute/signedNetwork';

/** Negative ties inside a camp and positive ties across camps. */
export function violations(net: SignedNetwork, part: Int32Array): { negativeInside: number; positiveAcross: number } {
  let negativeInside = 0;
  let positiveAcross = 0;
  for (let t = 0; t < net.ties.length; t++) {
    const same = part[net.tieA[t]!] === part[net.tieB[t]!];
    if (same && net.tieSign[t]! < 0) negativeInside++;
    if (!same && net.tieSign[t]! > 0) positiveAcross++;
  }
  return { negativeInside, positiveAcross };
}

/** Indexes of the misfit ties (negative inside, positive across), in tie order. */
export function misfitTies(net: SignedNetwork, part: Int32Array): number[] {
  const out: number[] = [];
  for (let t = 0; t < net.ties.length; t++) {
    const same = part[net.tieA[t]!] === part[net.tieB[t]!];
    if (same === net.tieSign[t]! < 0) out.push(t);
  }
  return out;
}

/** Camps renumbered 0, 1, ... by size (largest first), then by their first actor in id order. */
export function canonical(part: Int32Array): Int32Array {
  const size = new Map<number, number>();
  const first = new Map<number, number>();
  part.forEach((c, v) => {
    size.set(c, (size.get(c) ?? 0) + 1);
    if (!first.has(c)) first.set(c, v);
  });
  const order = [...size.keys()].sort((x, y) => size.get(y)! - size.get(x)! || first.get(x)! - first.get(y)!);
  const label = new Map(order.map((c, i) => [c, i]));
  return part.map((c) => label.get(c)!);
}

export function partitionRecord(net: SignedNetwork, part: Int32Array): Record<string, number> {
  const out: Record<string, number> = {};
  net.actors.forEach((id, v) => (out[id] = part[v]!));
  return out;
}

export function campList(net: SignedNetwork, part: Int32Array): { camp: number; members: string[] }[] {
  const camps = new Map<number, string[]>();
  net.actors.forEach((id, v) => {
    const c = part[v]!;
    camps.set(c, [...(camps.get(c) ?? []), id]);
  });
  return [...camps.entries()].sort((x, y) => x[0] - y[0]).map(([camp, members]) => ({ camp, members }));
}

/**
 * Renumbers the camps of `current` after those of `reference` they share most actors with
 * (greedily, biggest overlap first; ties by camp numbers), so camps of two dates can be compared.
 * Camps with no partner keep numbers after the reference's.
 */
export function alignCamps(reference: Readonly<Record<string, number>>, current: Readonly<Record<string, number>>): Record<string, number> {
  const overlap = new Map<string, number>();
  for (const [actor, camp] of Object.entries(current)) {
    const before = reference[actor];
    if (before === undefined) continue;
    const key = `${camp}:${before}`;
    overlap.set(key, (overlap.get(key) ?? 0) + 1);
  }
  const pairs = [...overlap.entries()]
    .map(([key, count]) => {
      const [c, r] = key.split(':').map(Number) as [number, number];
      return { c, r, count };
    })
    .sort((x, y) => y.count - x.count || x.c - y.c || x.r - y.r);
  const mapping = new Map<number, number>();
  const taken = new Set<number>();
  for (const { c, r } of pairs) {
    if (mapping.has(c) || taken.has(r)) continue;
    mapping.set(c, r);
    taken.add(r);
  }
  let next = Math.max(-1, ...Object.values(reference), ...taken) + 1;
  for (const camp of [...new Set(Object.values(current))].sort((x, y) => x - y)) {
    if (!mapping.has(camp)) mapping.set(camp, next++);
  }
  const out: Record<string, number> = {};
  for (const [actor, camp] of Object.entries(current)) out[actor] = mapping.get(camp)!;
  return out;
}
