/**
 * The signed blockmodel of Doreian & Mrvar (1996, "A partitioning approach to structural
 * balance", Social Networks 18): k camps minimising P = α·N + (1-α)·P, N the negative ties
 * inside camps and P the positive ties across. Found by local search (move one actor to the
 * camp that lowers P most, until none does) from several deterministic starts, each followed by
 * rounds of iterated local search (a few actors moved at random, kept if P drops). With k = 2,
 * α = 1/2 and empty camps allowed, P is the number of frustrated ties (see `criterion`):
 * frustration.ts uses it as its heuristic.
 */
import type { SignedNetwork } from '@/graph/analysis/compute/signedNetwork';
import { randomInt, seededRandom, type Random } from '@/graph/analysis/compute/rng';
import { canonical, violations } from '@/graph/analysis/compute/partition';

export interface BlockmodelOptions {
  k: number;
  alpha: number;
  /** Random starts besides `initial`. */
  starts?: number;
  /** Perturbation rounds after each start's descent. */
  rounds?: number;
  seed?: number;
  /** Allow camps to empty (frustration: a one-camp network needs only one camp). */
  allowEmpty?: boolean;
  /** Partitions to start from as well (e.g. a spanning-tree signing). */
  initial?: Int32Array[];
}

export interface BlockmodelResult {
  partition: Int32Array;
  criterion: number;
  negativeInside: number;
  positiveAcross: number;
}

/**
 * The criterion counts arcs, as Doreian and Mrvar define it on directed networks and signnet
 * computes it from the adjacency matrix: an undirected tie is two arcs, so it counts twice.
 * With k = 2 and α = 1/2 the criterion then equals the number of frustrated ties.
 */
export function criterion(net: SignedNetwork, part: Int32Array, alpha: number): number {
  const { negativeInside, positiveAcross } = violations(net, part);
  return 2 * (alpha * negativeInside + (1 - alpha) * positiveAcross);
}

/** Ties of each actor into each camp, kept up to date as actors move. */
class Descent {
  readonly pos: Int32Array;
  readonly neg: Int32Array;
  readonly size: Int32Array;

  constructor(
    private readonly net: SignedNetwork,
    private readonly k: number,
    private readonly alpha: number,
    private readonly allowEmpty: boolean,
    readonly part: Int32Array,
  ) {
    const n = net.actors.length;
    this.pos = new Int32Array(n * k);
    this.neg = new Int32Array(n * k);
    this.size = new Int32Array(k);
    for (let v = 0; v < n; v++) {
      this.size[part[v]!]!++;
      for (let p = net.offsets[v]!; p < net.offsets[v + 1]!; p++) {
        const cell = v * k + part[net.neighbour[p]!]!;
        if (net.sign[p]! > 0) this.pos[cell]!++;
        else this.neg[cell]!++;
      }
    }
  }

  move(v: number, to: number): void {
    const { net, k, part } = this;
    const from = part[v]!;
    part[v] = to;
    this.size[from]!--;
    this.size[to]!++;
    for (let p = net.offsets[v]!; p < net.offsets[v + 1]!; p++) {
      const w = net.neighbour[p]!;
      const counts = net.sign[p]! > 0 ? this.pos : this.neg;
      counts[w * k + from]!--;
      counts[w * k + to]!++;
    }
  }

  /** Moves actors while some move lowers the criterion; each move is the best for its actor. */
  descend(): void {
    const { k, alpha, part } = this;
    const n = part.length;
    let improved = true;
    while (improved) {
      improved = false;
      for (let v = 0; v < n; v++) {
        const a = part[v]!;
        if (!this.allowEmpty && this.size[a]! <= 1) continue;
        let best = -1e-9;
        let target = -1;
        for (let b = 0; b < k; b++) {
          if (b === a) continue;
          const delta = alpha * (this.neg[v * k + b]! - this.neg[v * k + a]!) + (1 - alpha) * (this.pos[v * k + a]! - this.pos[v * k + b]!);
          if (delta < best) {
            best = delta;
            target = b;
          }
        }
        if (target >= 0) {
          this.move(v, target);
          improved = true;
        }
      }
    }
  }
}

/** A random partition with every camp used (when there are at least k actors). */
function randomPartition(n: number, k: number, random: Random): Int32Array {
  const part = new Int32Array(n);
  for (let v = 0; v < n; v++) part[v] = randomInt(random, k);
  for (let c = 0; c < Math.min(k, n); c++) part[randomInt(random, n)] = c;
  const used = new Set(part);
  // Rare: a camp overwritten by the seeding above; give it the first actor of a crowded camp.
  for (let c = 0; c < Math.min(k, n) && used.size < Math.min(k, n); c++) {
    if (used.has(c)) continue;
    const counts = new Map<number, number>();
    part.forEach((x) => counts.set(x, (counts.get(x) ?? 0) + 1));
    const v = part.findIndex((x) => counts.get(x)! > 1);
    part[v] = c;
    used.add(c);
  }
  return part;
}

export function blockmodel(net: SignedNetwork, options: BlockmodelOptions): BlockmodelResult {
  const { k, alpha, seed = 1956, allowEmpty = false, initial = [] } = options;
  const n = net.actors.length;
  const starts = options.starts ?? (n <= 200 ? 20 : 6);
  const rounds = options.rounds ?? (n <= 200 ? 50 : 15);
  const random = seededRandom(seed);
  const best = { part: new Int32Array(n), value: Infinity };
  const consider = (part: Int32Array) => {
    const value = criterion(net, part, alpha);
    if (value < best.value - 1e-9) {
      best.part = part.slice();
      best.value = value;
    }
    return value;
  };
  const startPartitions = [...initial.map((p) => p.slice()), ...Array.from({ length: starts }, () => randomPartition(n, k, random))];
  const shake = Math.max(2, Math.ceil(n / 50));
  for (const start of startPartitions) {
    const descent = new Descent(net, k, alpha, allowEmpty, start);
    descent.descend();
    let current = { part: descent.part, value: consider(descent.part) };
    // Iterated local search: shake a few actors, descend, keep the result only if it is better.
    for (let r = 0; r < rounds && n > 1; r++) {
      const trial = current.part.slice();
      for (let i = 0; i < shake; i++) trial[randomInt(random, n)] = randomInt(random, k);
      const shaken = new Descent(net, k, alpha, allowEmpty, trial);
      if (!allowEmpty && shaken.size.slice(0, Math.min(k, n)).some((s) => s === 0)) continue;
      shaken.descend();
      const value = consider(shaken.part);
      if (value < current.value - 1e-9) current = { part: shaken.part, value };
    }
  }
  const partition = canonical(best.part);
  return { partition, criterion: n === 0 ? 0 : best.value, ...violations(net, partition) };
}
