import { chainText, summariseChains } from '@/components/explorer/chainAnswer';
import { groupChains } from '@/graph/model/chains';
import { crisis, idOf } from '@/components/graph/testElements';
import type { PathView } from '@/graph/views/viewTypes';

/** A path through the actors keyed `keys`: paths name nodes by elementId, as the API sends them. */
const chain = (keys: string[], edgeIds: string[], sign: -1 | 0 | 1): PathView => ({ nodeIds: keys.map(idOf), edgeIds, sign, length: edgeIds.length });
const groupsOf = (paths: PathView[]) => groupChains(paths).map(({ length, sign, count }) => ({ length, sign, count }));

describe('components/explorer/chainAnswer', () => {
  const direct = chain(['russia', 'united-states'], ['russia--ACCUSES--united-states'], -1);
  const viaMaduro = chain(['russia', 'maduro', 'united-states'], ['russia--SUPPORTS--maduro', 'united-states--SANCTIONS--maduro'], -1);
  const viaGuaido = chain(['russia', 'maduro', 'guaido', 'united-states'], ['russia--SUPPORTS--maduro', 'guaido--OPPOSES--maduro', 'united-states--SUPPORTS--guaido'], -1);

  it('reads each step of a chain in its stance’s own direction', () => {
    expect(chainText(crisis(), viaMaduro)).toBe('russia supports maduro; united states sanctions maduro');
  });

  it('says how many chains there are of each length and sign, then spells out the shortest', () => {
    const paths = [direct, viaMaduro, viaGuaido];
    expect(summariseChains({ elements: crisis(), paths, groups: groupsOf(paths), truncated: false, fromName: 'Russia', toName: 'United States', maxSteps: 3 })).toBe(
      'Russia and United States are linked by 3 chains of up to 3 stances: 1 of 1 step (1 setting them against each other); 1 of 2 steps (1 setting them against each other); 1 of 3 steps (1 setting them against each other). The shortest (1 step): russia accuses united states.',
    );
  });

  it('counts signs within a length, and finds the shortest wherever it is listed', () => {
    const aligning = chain(['russia', 'maduro', 'united-states'], ['russia--SUPPORTS--maduro', 'x'], 1);
    const paths = [viaMaduro, aligning, viaMaduro];
    expect(summariseChains({ elements: crisis(), paths, groups: groupsOf(paths), truncated: false, fromName: 'A', toName: 'B', maxSteps: 2, filtered: true })).toBe(
      'A and B are linked by 3 chains of up to 2 stances passing the filters: 3 of 2 steps (1 aligning them, 2 setting them against each other). The shortest (2 steps): russia supports maduro; united states sanctions maduro.',
    );
  });

  it('says when the answer was capped', () => {
    const paths = [direct, viaMaduro];
    expect(summariseChains({ elements: crisis(), paths, groups: groupsOf(paths), truncated: true, fromName: 'Russia', toName: 'United States', maxSteps: 4 })).toMatch(
      /^Russia and United States are linked by more than 2 chains of up to 4 stances\. The 2 shortest are listed: 1 of 1 step/,
    );
  });

  it('says plainly when no chain links them', () => {
    expect(summariseChains({ elements: crisis(), paths: [], groups: [], truncated: false, fromName: 'Russia', toName: 'Vatican', maxSteps: 2 })).toBe('No chain of stances links Russia and Vatican within 2 steps.');
    expect(summariseChains({ elements: crisis(), paths: [], groups: [], truncated: false, fromName: 'Russia', toName: 'Vatican', maxSteps: 4, filtered: true })).toBe(
      'No chain of stances passing the filters links Russia and Vatican within 4 steps.',
    );
  });
});
