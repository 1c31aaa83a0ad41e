import { actorStances, actorView, groupByPolarity, nodeNames, selectedData, towardsCount } from '@/components/graph/detailsContent';
import { crisis, edge, elementsOf, idOf, node } from '@/components/graph/testElements';

const id = idOf;

describe('components/graph/detailsContent', () => {
  const elements = crisis();
  const names = nodeNames(elements);

  it('names nodes by elementId', () => {
    expect(names.get(id('lima-group'))).toBe('lima group');
    expect(names.has('lima-group')).toBe(false);
  });

  it('lists an actor’s stances by type, then by the other actor’s name', () => {
    const stances = actorStances(elements.edges.map((e) => e.data), id('maduro'), names);
    expect(stances.map((e) => e.id)).toEqual([
      'vatican--MEDIATES--maduro',
      'guaido--OPPOSES--maduro',
      'maduro--OPPOSES--guaido',
      'united-states--SANCTIONS--maduro',
      'armed-forces--SUPPORTS--maduro',
      'russia--SUPPORTS--maduro',
      'turkey--SUPPORTS--maduro',
    ]);
  });

  it('groups them backing, opposition, neutral, keeping that order within each, and leaves out empty groups', () => {
    const view = actorView(elements, id('maduro'), names);
    expect(view.groups.map((g) => [g.polarity, g.stances.length])).toEqual([
      [1, 3],
      [-1, 3],
      [0, 1],
    ]);
    // "Next stance" walks the groups in the order they are listed.
    expect(view.listed).toEqual([
      'armed-forces--SUPPORTS--maduro',
      'russia--SUPPORTS--maduro',
      'turkey--SUPPORTS--maduro',
      'guaido--OPPOSES--maduro',
      'maduro--OPPOSES--guaido',
      'united-states--SANCTIONS--maduro',
      'vatican--MEDIATES--maduro',
    ]);
    expect(groupByPolarity(actorStances(elements.edges.map((e) => e.data), id('lima-group'), names)).map((g) => g.polarity)).toEqual([1]);
    expect(actorView(elements, id('nobody'), names)).toMatchObject({ stances: [], groups: [], listed: [] });
  });

  it('counts the stances and distinct actors backing and opposing, leaving out the actor’s own', () => {
    const view = actorView(elements, id('maduro'), names);
    expect(view.backedBy).toBe('3 stances from 3 actors');
    expect(view.opposedBy).toBe('2 stances from 2 actors');
    const twice = elementsOf([node('a', 'state'), node('b', 'state')], [edge('a', 'SUPPORTS', 'b', 1), edge('a', 'RECOGNISES', 'b', 1), edge('b', 'SUPPORTS', 'b', 1)]);
    expect(towardsCount(twice.edges.map((e) => e.data), id('b'), 1)).toBe('2 stances from 1 actor');
    expect(towardsCount(twice.edges.map((e) => e.data), id('b'), -1)).toBe('0 stances from 0 actors');
  });

  it('finds the selected node or stance, and nothing once it has left the view', () => {
    expect(selectedData(elements, { group: 'nodes', id: id('russia') }).node?.key).toBe('russia');
    expect(selectedData(elements, { group: 'edges', id: 'turkey-odd' }).edge?.source).toBe(id('turkey'));
    // A key is not an elementId.
    expect(selectedData(elements, { group: 'nodes', id: 'russia' })).toEqual({});
    expect(selectedData(elements, null)).toEqual({});
  });
});
