/**
 * log trace(exp(A)) = log Σ exp(λ) of a symmetric sparse matrix, for the walk-based balance.
 * Small matrices: every eigenvalue, from ml-matrix's EigenvalueDecomposition. Large ones (a full
 * decomposition is O(n³): 6 s at n = 800): an estimate. Lanczos with full reorthogonalisation
 * finds the largest eigenvalues, which carry almost all of Σ exp(λ) in a network with hubs;
 * the rest of the spectrum is estimated by stochastic Lanczos quadrature (Ubaru, Chen & Saad
 * 2017) on the space orthogonal to them, with seeded Rademacher probes. Sums are kept in log
 * space, since exp(λ) overflows a double for λ > 709.
 */
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { seededRandom } from '@/graph/analysis/compute/rng';

/** Symmetric sparse matrix as its product with a vector: out = A x. */
export type MatVec = (x: Float64Array, out: Float64Array) => void;

export function logSumExp(values: readonly number[]): number {
  if (values.length === 0) return -Infinity;
  const max = Math.max(...values);
  let sum = 0;
  for (const v of values) sum += Math.exp(v - max);
  return max + Math.log(sum);
}

/** Every eigenvalue of a small dense symmetric matrix. */
export function eigenvalues(dense: number[][]): number[] {
  if (dense.length === 0) return [];
  return new EigenvalueDecomposition(new Matrix(dense), { assumeSymmetric: true }).realEigenvalues;
}

function dot(x: Float64Array, y: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i]! * y[i]!;
  return s;
}

/**
 * w -= (q · w) q for each q: keeps the Krylov basis orthogonal. A second pass only when the first
 * removed most of w ("twice is enough", Parlett), which halves the cost on large networks.
 */
function orthogonalise(w: Float64Array, basis: readonly Float64Array[]): void {
  const before = dot(w, w);
  for (let pass = 0; pass < 2; pass++) {
    for (const q of basis) {
      const c = dot(q, w);
      for (let i = 0; i < w.length; i++) w[i]! -= c * q[i]!;
    }
    if (dot(w, w) > 0.5 * before) return;
  }
}

interface Lanczos {
  basis: Float64Array[];
  alpha: number[];
  beta: number[];
}

/** `steps` Lanczos steps from `start` (unit), orthogonal to `deflated` and to its own basis. */
function lanczos(matVec: MatVec, start: Float64Array, steps: number, deflated: readonly Float64Array[]): Lanczos {
  const n = start.length;
  const basis: Float64Array[] = [start];
  const alpha: number[] = [];
  const beta: number[] = [];
  const w = new Float64Array(n);
  for (let j = 0; j < steps; j++) {
    const q = basis[j]!;
    matVec(q, w);
    alpha.push(dot(q, w));
    orthogonalise(w, deflated);
    orthogonalise(w, basis);
    const b = Math.sqrt(dot(w, w));
    if (j === steps - 1 || b < 1e-10) break;
    beta.push(b);
    const next = new Float64Array(n);
    for (let i = 0; i < n; i++) next[i] = w[i]! / b;
    basis.push(next);
  }
  return { basis, alpha, beta };
}

function tridiagonal(alpha: readonly number[], beta: readonly number[]): number[][] {
  const k = alpha.length;
  return Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => (i === j ? alpha[i]! : j === i + 1 ? beta[i]! : i === j + 1 ? beta[j]! : 0)));
}

export interface EstimateOptions {
  /** Lanczos steps for the top of the spectrum. */
  topSteps?: number;
  probes?: number;
  probeSteps?: number;
  seed?: number;
}

/** An estimate of log Σ exp(λ) for an n×n symmetric matrix given as `matVec`. */
export function estimateLogTraceExp(matVec: MatVec, n: number, options: EstimateOptions = {}): number {
  const { topSteps = 50, probes = 8, probeSteps = 15, seed = 1954 } = options;
  const random = seededRandom(seed);
  const rademacher = () => {
    const z = new Float64Array(n);
    for (let i = 0; i < n; i++) z[i] = random() < 0.5 ? -1 : 1;
    return z;
  };
  const unit = (z: Float64Array) => {
    const norm = Math.sqrt(dot(z, z));
    for (let i = 0; i < n; i++) z[i]! /= norm;
    return z;
  };

  // 1. The top of the spectrum: converged Ritz pairs of a long Lanczos run.
  const top = lanczos(matVec, unit(rademacher()), Math.min(n, topSteps), []);
  const k = top.alpha.length;
  const evd = new EigenvalueDecomposition(new Matrix(tridiagonal(top.alpha, top.beta)), { assumeSymmetric: true });
  const theta = evd.realEigenvalues;
  const vectors = evd.eigenvectorMatrix;
  const lastBeta = k < Math.min(n, topSteps) || k === n ? 0 : (top.beta[k - 1] ?? 0);
  const exactTerms: number[] = [];
  const deflated: Float64Array[] = [];
  const scale = Math.max(...theta.map(Math.abs), 1);
  theta.forEach((value, i) => {
    // Residual of the Ritz pair: |β_k · last component of its eigenvector of T|. Only the top
    // matters: exp(θ) of a negative θ is below 1 and the quadrature below covers it.
    if (value < 0 || Math.abs(lastBeta * vectors.get(k - 1, i)) > 1e-8 * scale) return;
    exactTerms.push(value);
    const y = new Float64Array(n);
    for (let j = 0; j < k; j++) {
      const c = vectors.get(j, i);
      const q = top.basis[j]!;
      for (let r = 0; r < n; r++) y[r]! += c * q[r]!;
    }
    deflated.push(unit(y));
  });
  if (deflated.length >= n) return logSumExp(exactTerms);

  // 2. The rest: Hutchinson's trace estimate of f(A) on the complement, each probe by Gauss quadrature.
  const probeLogs: number[] = [];
  for (let p = 0; p < probes; p++) {
    const z = rademacher();
    orthogonalise(z, deflated);
    const norm2 = dot(z, z);
    if (norm2 < 1e-12) continue;
    const run = lanczos(matVec, unit(z), Math.min(n - deflated.length, probeSteps), deflated);
    const small = new EigenvalueDecomposition(new Matrix(tridiagonal(run.alpha, run.beta)), { assumeSymmetric: true });
    const terms = small.realEigenvalues.map((value, i) => value + Math.log(small.eigenvectorMatrix.get(0, i) ** 2 + 1e-300));
    probeLogs.push(Math.log(norm2) + logSumExp(terms));
  }
  const rest = probeLogs.length === 0 ? -Infinity : logSumExp(probeLogs) - Math.log(probeLogs.length);
  return logSumExp([...exactTerms, rest]);
}
