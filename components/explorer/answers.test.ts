import { answerAbout, dateBounds, edgeKey, joinNames, recount, summariseStances, toRef, toSelection, withoutHidden } from '@/components/explorer/answers';
import { crisis, edge, elementsOf, idOf, node } from '@/components/graph/testElements';

describe('components/explorer/answers', () => {
  it('answers "who backs X" with the backers only, and sums them up in a sentence', () => {
    const answer = answerAbout(crisis(), 'backers', idOf('maduro'));
    expect(answer.nodes.map((n) => n.data.key).sort()).toEqual(['armed-forces', 'maduro', 'russia', 'turkey']);
    expect(answer.edges.every((e) => e.data.polarity === 1 && e.data.target === idOf('maduro'))).toBe(true);
    expect(summariseStances(answer, 'backers', idOf('maduro'))).toBe('3 actors back maduro: armed forces (alleged), russia and turkey; 3 stances in all.');
  });

  it('counts actors and stances apart, and marks actors only claimed or alleged to take the side', () => {
    const base = crisis();
    const extra = [edge('united-states', 'RECOGNISES', 'guaido', 1, { id: 'us-recognises' }), edge('russia', 'ACCUSES', 'guaido', -1, { certainty: 'claimed' })];
    const elements = { ...base, edges: [...base.edges, ...extra] };
    const backers = answerAbout(elements, 'backers', idOf('guaido'));
    expect(summariseStances(backers, 'backers', idOf('guaido'))).toBe('3 actors back guaido: lima group, turkey and united states; 4 stances in all.');
    const opponents = answerAbout(elements, 'opponents', idOf('guaido'));
    expect(summariseStances(opponents, 'opponents', idOf('guaido'))).toBe('2 actors oppose guaido: maduro and russia (claimed); 2 stances in all.');
  });

  it('answers "who opposes X" and says so plainly when nobody does', () => {
    const answer = answerAbout(crisis(), 'opponents', idOf('maduro'));
    expect(summariseStances(answer, 'opponents', idOf('maduro'))).toBe('2 actors oppose maduro: guaido and united states; 2 stances in all.');
    const none = answerAbout(crisis(), 'opponents', idOf('vatican'));
    expect(summariseStances(none, 'opponents', idOf('vatican'))).toBe('No actor opposes vatican in the data with the current filters.');
  });

  it('joins names as English lists', () => {
    expect([joinNames([]), joinNames(['A']), joinNames(['A', 'B']), joinNames(['A', 'B', 'C'])]).toEqual(['', 'A', 'A and B', 'A, B and C']);
  });

  it('removes hidden actors (by actor key) with their stances and recounts backers', () => {
    const view = recount(withoutHidden(crisis(), ['russia']));
    expect(view.nodes.some((n) => n.data.key === 'russia')).toBe(false);
    expect(view.edges.some((e) => e.data.source === idOf('russia') || e.data.target === idOf('russia'))).toBe(false);
    expect(view.nodes.find((n) => n.data.id === idOf('maduro'))?.data.backers).toBe(2);
    // An elementId is not a key: hiding by one hides nothing.
    expect(withoutHidden(crisis(), [idOf('russia')]).nodes).toHaveLength(crisis().nodes.length);
  });

  it('maps selections to URL keys and back', () => {
    const elements = elementsOf([node('russia', 'state', { id: '4:x:1' }), node('maduro', 'person', { id: '4:x:2' })], [edge('russia', 'SUPPORTS', 'maduro', 1, { id: '5:x:9', source: '4:x:1', target: '4:x:2', properties: { id: 'russia--supports--maduro' } })]);
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
