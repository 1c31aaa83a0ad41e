import { readTribes, TRIBES_FIXTURE, tribesFile } from '@/graph/analysis/compute/testNetworks';

describe('testNetworks', () => {
  it('reads the 58 ties of the highland tribes, 29 friendly and 29 hostile', () => {
    const ties = readTribes();
    expect(ties).toHaveLength(58);
    expect(ties.filter((t) => t.sign > 0)).toHaveLength(29);
    expect(new Set(ties.flatMap((t) => [t.from, t.to])).size).toBe(16);
  });

  it('keeps a fixture copy identical to the shared reference file', () => {
    expect(readTribes(TRIBES_FIXTURE)).toEqual(readTribes(tribesFile()));
  });
});
