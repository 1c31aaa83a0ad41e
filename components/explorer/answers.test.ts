import { answerAbout, dateBounds, edgeKey, joinNames, recount, summarisePaths, summariseStances, toRef, toSelection, withoutHidden } from '@/components/explorer/answers';
import { crisis, edge, elementsOf, node } from '@/components/graph/testElements';

describe('components/explorer/answers', () => {
  it('answers "who backs X" with the backers only, and sums them up in a sentence', () => {
    const answer = answerAbout(crisis(), 'backers', 'maduro');
    expect(answer.nodes.map((n) => n.data.id).sort()).toEqual(['armed-forces', 'maduro', 'russia', 'turkey']);
    expect(answer.edges.every((e) => e.data.polarity === 1 && e.data.target === 'maduro')).toBe(true);
    expect(summariseStances(answer, 'backers', 'maduro')).toBe('3 actors back maduro: armed forces, russia and turkey.');
  });

  it('answers "who opposes X" and says so plainly when nobody does', () => {
    const answer = answerAbout(crisis(), 'opponents', 'maduro');
    expect(summariseStances(answer, 'opponents', 'maduro')).toBe('2 actors oppose maduro: guaido and united states.');
    const none = answerAbout(crisis(), 'opponents', 'vatican');
    expect(summariseStances(none, 'opponents', 'vatican')).toBe('No actor opposes vatican in the data with the current filters.');
  });

  it('joins names as English lists', () => {
    expect([joinNames([]), joinNames(['A']), joinNames(['A', 'B']), joinNames(['A', 'B', 'C'])]).toEqual(['', 'A', 'A and B', 'A, B and C']);
  });

  it('spells out the shortest path, walking against a stance where needed', () => {
    const elements = crisis();
    const paths = [
      { nodeIds: ['russia', 'maduro', 'guaido'], edgeIds: ['russia--SUPPORTS--maduro', 'guaido--OPPOSES--maduro'], sign: -1 as const, length: 2 },
      { nodeIds: ['russia', 'united-states', 'guaido'], edgeIds: ['russia--ACCUSES--united-states', 'united-states--SUPPORTS--guaido'], sign: -1 as const, length: 2 },
    ];
    expect(summarisePaths(elements, paths, 'Russia', 'Guaidó', 4)).toBe(
      'Russia and Guaidó are linked by 2 chains of stances (0 aligning, 2 setting them against each other); the shortest, 2 steps: russia supports maduro; guaido opposes maduro.',
    );
    expect(summarisePaths(elements, [], 'Russia', 'Vatican', 4)).toBe('No chain of stances links Russia and Vatican within 4 steps.');
  });

  it('says when the chains are made only of stances passing the filters', () => {
    const paths = [{ nodeIds: ['russia', 'maduro'], edgeIds: ['russia--SUPPORTS--maduro'], sign: 1 as const, length: 1 }];
    expect(summarisePaths(crisis(), paths, 'Russia', 'Maduro', 4, true)).toBe(
      'Russia and Maduro are linked by 1 chain of stances passing the filters (1 aligning, 0 setting them against each other); the shortest, 1 step: russia supports maduro.',
    );
    expect(summarisePaths(crisis(), [], 'Russia', 'Vatican', 4, true)).toBe('No chain of stances passing the filters links Russia and Vatican within 4 steps.');
  });

  it('removes hidden actors with their stances and recounts backers', () => {
    const view = recount(withoutHidden(crisis(), ['russia']));
    expect(view.nodes.some((n) => n.data.id === 'russia')).toBe(false);
    expect(view.edges.some((e) => e.data.source === 'russia' || e.data.target === 'russia')).toBe(false);
    expect(view.nodes.find((n) => n.data.id === 'maduro')?.data.backers).toBe(2);
  });

  it('maps selections to URL keys and back', () => {
    const elements = elementsOf([node('4:x:1', 'state', { key: 'russia' }), node('4:x:2', 'person', { key: 'maduro' })], [edge('4:x:1', 'SUPPORTS', '4:x:2', 1, { id: '5:x:9', properties: { id: 'russia--supports--maduro' } })]);
    const sel = { group: 'edges' as const, id: '5:x:9' };
    const ref = toRef(elements, sel);
    expect(ref).toEqual({ group: 'edges', key: 'russia--supports--maduro' });
    expect(toSelection(elements, ref)).toEqual(sel);
    expect(toSelection(elements, { group: 'nodes', key: 'maduro' })).toEqual({ group: 'nodes', id: '4:x:2' });
    expect(toSelection(elements, { group: 'nodes', key: 'absent' })).toBeNull();
    expect(edgeKey(elements.edges[0]!.data)).toBe('russia--supports--maduro');
  });

  it('finds the earliest and latest dates of a view', () => {
    const elements = elementsOf([node('a', 'state'), node('b', 'state')], [edge('a', 'SUPPORTS', 'b', 1, { date: '2019-01-10', until: '2019-05-11' }), edge('b', 'OPPOSES', 'a', -1, { date: '2019-01-05' })]);
    expect(dateBounds(elements)).toEqual({ min: '2019-01-05', max: '2019-05-11' });
    expect(dateBounds({ nodes: [], edges: [] })).toBeNull();
  });
});
