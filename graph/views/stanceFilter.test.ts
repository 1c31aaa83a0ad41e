import neo4j from 'neo4j-driver';
import { endKindPasses, STANCE_FILTER, stanceFilterParams } from '@/graph/views/stanceFilter';

describe('graph/views/stanceFilter', () => {
  it('filters the stance on parameters only', () => {
    // Every value the user chooses arrives as a parameter: no literal from a request is in the text.
    for (const name of ['$kinds', '$polarity', '$certainty', '$from', '$to', '$datasets']) expect(STANCE_FILTER).toContain(name);
    expect(STANCE_FILTER).not.toMatch(/'[^']*'/);
  });

  it('lets an exempt end through the actor-kind filter, and counts a topic as kind "topic"', () => {
    expect(endKindPasses('n', 'n = b')).toBe("($actorKinds IS NULL OR n = b OR (CASE WHEN n:Topic THEN 'topic' ELSE n.kind END) IN $actorKinds)");
    expect(endKindPasses('a')).toBe("($actorKinds IS NULL OR (CASE WHEN a:Topic THEN 'topic' ELSE a.kind END) IN $actorKinds)");
  });

  it('turns the query into parameters, null where the user set no filter', () => {
    const params = stanceFilterParams({ kinds: ['SUPPORTS'], polarity: [-1, 1], dataset: ['venezuela-2019'] });
    expect(params).toEqual({
      kinds: ['SUPPORTS'],
      polarity: [neo4j.int(-1), neo4j.int(1)],
      certainty: null,
      from: null,
      to: null,
      actorKinds: null,
      datasets: ['venezuela-2019'],
      focus: [],
    });
  });
});
