import { seedDecision } from '@/graph/datasets/seedPolicy';

describe('seedPolicy', () => {
  it('seeds only a database with no nodes', () => {
    expect(seedDecision({ nodes: 0, datasets: [] }, 'Demo')).toEqual({ seed: true, message: 'The database is empty: loading the Demo data set ...' });
  });

  it('leaves a foreign graph alone and says what it found and how to load data', () => {
    const decision = seedDecision({ nodes: 171, datasets: [] }, 'Demo');
    expect(decision.seed).toBe(false);
    expect(decision.message).toBe('The database holds 171 nodes and no Stance Graph data set; not seeding: run `npm run seed` to load one.');
    expect(seedDecision({ nodes: 1, datasets: [] }, 'Demo').message).toContain('holds 1 node and');
  });

  it('leaves a database with data sets alone and names them', () => {
    expect(seedDecision({ nodes: 150, datasets: ['a', 'b'] }, 'Demo')).toEqual({ seed: false, message: 'The database holds the data sets a, b: not seeding.' });
  });
});
