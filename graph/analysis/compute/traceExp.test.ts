import { eigenvalues, estimateLogTraceExp, logSumExp } from '@/graph/analysis/compute/traceExp';

describe('traceExp', () => {
  it('sums exponentials in log space without overflow', () => {
    expect(logSumExp([])).toBe(-Infinity);
    expect(logSumExp([0, 0])).toBeCloseTo(Math.log(2), 12);
    expect(logSumExp([1000, 1000])).toBeCloseTo(1000 + Math.log(2), 9);
  });

  it('finds every eigenvalue of a small symmetric matrix', () => {
    // A path of three: eigenvalues -√2, 0, √2.
    expect(eigenvalues([[0, 1, 0], [1, 0, 1], [0, 1, 0]]).sort((a, b) => a - b).map((x) => Number(x.toFixed(10)) + 0)).toEqual([-1.4142135624, 0, 1.4142135624]);
  });

  it('estimates log Σ exp(λ) of a cycle of 200 closely (eigenvalues 2 cos(2πj/200))', () => {
    const n = 200;
    const exact = logSumExp(Array.from({ length: n }, (_, j) => 2 * Math.cos((2 * Math.PI * j) / n)));
    const estimate = estimateLogTraceExp((x, out) => {
      for (let i = 0; i < n; i++) out[i] = x[(i + 1) % n]! + x[(i + n - 1) % n]!;
    }, n);
    expect(Math.abs(estimate - exact)).toBeLessThan(0.05);
  });
});
