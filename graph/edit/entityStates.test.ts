import { actorState, stanceState } from '@/graph/edit/entityStates';

describe('graph/edit/entityStates', () => {
  it('reads a stance as the loader stored it, filling what it leaves absent', () => {
    const state = stanceState(
      { kind: 'SUPPORTS', from: 'us', to: 'elections', toIsTopic: true },
      { polarity: 1, date: '2019-01-24', certainty: 'reported', quotes: ['q'], sourceIds: ['s'], quoteStarts: [-1], quoteEnds: [-1], eventIds: [''], hash: 'h', run: 'r', dataset: 'd', id: 'x' },
    );
    expect(state).toEqual({
      kind: 'SUPPORTS', from: 'us', to: 'elections', toLabel: 'Topic', polarity: 1, date: '2019-01-24', until: null, certainty: 'reported', note: null,
      quotes: ['q'], sourceIds: ['s'], quoteStarts: [-1], quoteEnds: [-1], eventIds: [''], eventCount: null, lastSeen: null, hash: 'h', run: 'r', version: 0,
    });
  });

  it('refuses a stance of a kind outside the fixed list', () => {
    expect(() => stanceState({ kind: 'HATES', from: 'a', to: 'b', toIsTopic: false }, { polarity: 1, date: '2019-01-01', certainty: 'stated' })).toThrow();
  });

  it('reads an actor with no aliases, description or data sets stored', () => {
    expect(actorState({ name: 'X', kind: 'state', version: 3 })).toEqual({ name: 'X', kind: 'state', aliases: [], description: null, datasets: [], version: 3 });
  });
});
