import { toElements } from '@/graph/model/elements';
import { legendContent } from '@/components/graph/legendContent';
import { edge, elementsOf, node } from '@/components/graph/testElements';

/** A small graph of another model, through the same adapter the API uses. */
const movies = toElements({
  nodes: [
    { elementId: 'm1', labels: ['Movie'], properties: { title: 'The Matrix', released: 1999 } },
    { elementId: 'p1', labels: ['Person'], properties: { name: 'Keanu Reeves' } },
  ],
  relationships: [{ elementId: 'r1', type: 'ACTED_IN', startNodeElementId: 'p1', endNodeElementId: 'm1', properties: { roles: ['Neo'] } }],
});

describe('components/graph/legendContent', () => {
  it('lists a foreign graph’s labels and a plain relationship entry, and no stance polarity', () => {
    expect(legendContent(movies)).toEqual({ kinds: ['Movie', 'Person'], edges: ['relationship'], stances: false });
  });

  it('lists only the stance polarities the elements hold, and claimed ones when there are any', () => {
    const backing = elementsOf([node('russia', 'state'), node('maduro', 'person')], [edge('russia', 'SUPPORTS', 'maduro', 1)]);
    expect(legendContent(backing)).toEqual({ kinds: ['state', 'person'], edges: ['backs'], stances: true });
    const mixed = elementsOf(
      [node('us', 'state'), node('maduro', 'person'), node('vatican', 'institution')],
      [edge('us', 'SANCTIONS', 'maduro', -1), edge('vatican', 'MEDIATES', 'maduro', 0, { certainty: 'claimed' }), edge('us', 'SUPPORTS', 'vatican', 1)],
    );
    expect(legendContent(mixed).edges).toEqual(['backs', 'opposes', 'neutral', 'claimed']);
  });

  it('lists both kinds of edges when stances and other relationships are drawn together', () => {
    const both = { nodes: [...movies.nodes], edges: [...movies.edges, edge('p1', 'SUPPORTS', 'm1', 1)] };
    expect(legendContent(both)).toMatchObject({ edges: ['backs', 'relationship'], stances: true });
  });

  it('lists nodes alone when nothing connects them', () => {
    expect(legendContent({ nodes: movies.nodes, edges: [] })).toEqual({ kinds: ['Movie', 'Person'], edges: [], stances: false });
  });
});
