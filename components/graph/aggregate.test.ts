import { isAggregate, levelOfDetail, LOD_DEFAULTS, type LodOptions } from '@/components/graph/aggregate';
import { crisis, edge, elementsOf, idOf, node } from '@/components/graph/testElements';
import type { Elements } from '@/graph/model/elements';

/**
 * A hub (maduro) with three backers and two opponents, a rival hub (guaido) the opponents back,
 * and two companies that only deal with each other. Small limits make it "large".
 */
function network(): Elements {
  return elementsOf(
    [
      node('maduro', 'person'), node('guaido', 'person'), node('russia', 'state'), node('cuba', 'state'), node('china', 'state'),
      node('usa', 'state'), node('lima', 'bloc'), node('acme', 'company'), node('zenith', 'company'),
    ],
    [
      edge('russia', 'SUPPORTS', 'maduro', 1), edge('cuba', 'SUPPORTS', 'maduro', 1), edge('china', 'SUPPORTS', 'maduro', 1),
      edge('usa', 'OPPOSES', 'maduro', -1), edge('lima', 'OPPOSES', 'maduro', -1), edge('guaido', 'OPPOSES', 'maduro', -1),
      edge('usa', 'SUPPORTS', 'guaido', 1), edge('lima', 'RECOGNISES', 'guaido', 1), edge('russia', 'OPPOSES', 'guaido', -1),
      edge('cuba', 'SUPPORTS', 'china', 1),
      edge('acme', 'NEGOTIATES_WITH', 'zenith', 0),
    ],
  );
}
const small: LodOptions = { maxElements: 10, budget: 3, anchors: 2 };
/** The network's elementIds, in any text (group and bundle ids embed them), written as the actors' keys. */
const KEYS = new Map(network().nodes.map((n) => [n.data.id, n.data.key ?? '']));
const readable = (text: string) => text.replace(/4:[0-9a-f-]+:[0-9]+/g, (id) => KEYS.get(id) ?? id);
const ids = (elements: Elements) => ({ nodes: elements.nodes.map((n) => readable(n.data.id)).sort(), edges: elements.edges.map((e) => readable(e.data.id)).sort() });

describe('components/graph/aggregate', () => {
  it('draws a view within maxElements whole, as it came', () => {
    const elements = crisis();
    const lod = levelOfDetail(elements);
    expect(lod.elements).toBe(elements);
    expect(lod.groups).toEqual([]);
    expect(elements.nodes.length + elements.edges.length).toBeLessThanOrEqual(LOD_DEFAULTS.maxElements);
  });

  it('keeps the most connected actors and groups the rest by how they stand towards them, or by kind', () => {
    const lod = levelOfDetail(network(), new Set(), new Set(), small);
    // maduro (6 stances) and guaido (4) fill the budget: 2 nodes + the stance between them.
    expect(lod.elements.nodes.filter((n) => !isAggregate(n.data.id)).map((n) => n.data.key).sort()).toEqual(['guaido', 'maduro']);
    const groups = Object.fromEntries(
      lod.groups.map((g) => [readable(g.id), { label: g.label, members: g.members.map(readable).sort(), anchor: g.anchor === null ? null : readable(g.anchor), relation: g.relation }]),
    );
    expect(groups).toEqual({
      'lod:backers:maduro': { label: '+3 more backers of maduro', members: ['china', 'cuba', 'russia'], anchor: 'maduro', relation: 'backers' },
      // usa and lima oppose maduro and back guaido: as many stances to each, so the better connected maduro names the group.
      'lod:opponents:maduro': { label: '+2 more opponents of maduro', members: ['lima', 'usa'], anchor: 'maduro', relation: 'opponents' },
      'lod:kind:company': { label: '+2 more companies', members: ['acme', 'zenith'], anchor: null, relation: null },
    });
    expect(lod.hiddenNodes).toBe(7);
    expect(lod.hiddenEdges).toBe(10);
  });

  it('bundles the stances between drawn ends by polarity, counting them, with no evidence of their own', () => {
    const lod = levelOfDetail(network(), new Set(), new Set(), small);
    const bundles = Object.fromEntries(lod.elements.edges.filter((e) => isAggregate(e.data.id)).map((e) => [readable(e.data.id), [e.data.label, e.data.polarity, e.data.evidenceCount]]));
    expect(bundles).toEqual({
      // A bundle's ends come in id order: elementIds (4:...) before the groups' lod: ids.
      'lod:maduro~lod:backers:maduro:1': ['3 stances', 1, 0],
      'lod:maduro~lod:opponents:maduro:-1': ['2 stances', -1, 0],
      'lod:guaido~lod:opponents:maduro:1': ['2 stances', 1, 0],
      'lod:guaido~lod:backers:maduro:-1': ['1 stance', -1, 0],
    });
    // cuba backs china inside one group: not drawn, counted by the group.
    expect(lod.groups.find((g) => readable(g.id) === 'lod:backers:maduro')?.undrawn).toBe(1);
    expect(lod.groups.find((g) => g.id === 'lod:kind:company')?.undrawn).toBe(1);
    // Every drawn edge ends at a drawn node.
    const drawn = new Set(lod.elements.nodes.map((n) => n.data.id));
    expect(lod.elements.edges.every((e) => drawn.has(e.data.source) && drawn.has(e.data.target))).toBe(true);
  });

  it('bundles the stances of one polarity between two drawn ends into one line whichever way they point', () => {
    const elements = network();
    // maduro answers his opponents: a stance from the anchor to a member of the group opposing him.
    elements.edges.push(edge('maduro', 'ACCUSES', 'usa', -1));
    const lod = levelOfDetail(elements, new Set(), new Set(), small);
    const bundles = lod.elements.edges.filter((e) => isAggregate(e.data.id) && e.data.polarity === -1).map((e) => [readable(e.data.source), readable(e.data.target), e.data.label]);
    expect(bundles).toContainEqual(['maduro', 'lod:opponents:maduro', '3 stances']);
    expect(bundles.filter(([a, b]) => [a, b].sort().join() === ['lod:opponents:maduro', 'maduro'].sort().join())).toHaveLength(1);
  });

  it('draws an expanded group member by member with its real stances, and keeps the other groups and their ids', () => {
    const folded = levelOfDetail(network(), new Set(), new Set(), small);
    const lod = levelOfDetail(network(), new Set([`lod:backers:${idOf('maduro')}`]), new Set(), small);
    expect(lod.groups.map((g) => g.id).sort()).toEqual(folded.groups.map((g) => g.id).sort());
    expect(lod.groups.find((g) => readable(g.id) === 'lod:backers:maduro')?.expanded).toBe(true);
    const { nodes, edges } = ids(lod.elements);
    expect(nodes).toEqual(['china', 'cuba', 'guaido', 'lod:kind:company', 'lod:opponents:maduro', 'maduro', 'russia']);
    expect(edges).toContain('cuba--SUPPORTS--china');
    expect(edges).toContain('russia--OPPOSES--guaido');
    expect(edges).not.toContain('lod:maduro~lod:backers:maduro:1');
    expect(lod.hiddenNodes).toBe(4);
  });

  it('always draws what it is asked to keep (the focus, the selection), however little connected', () => {
    const lod = levelOfDetail(network(), new Set(), new Set([idOf('acme')]), small);
    expect(lod.elements.nodes.map((n) => n.data.id)).toContain(idOf('acme'));
    expect(lod.groups.flatMap((g) => g.members)).not.toContain(idOf('acme'));
  });

  it('draws 20,000 elements as about a quarter of them', () => {
    const nodes = Array.from({ length: 5_714 }, (_, i) => node(`n${i}`, ['state', 'person', 'bloc'][i % 3] ?? 'state'));
    let seed = 7;
    const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    const edges = Array.from({ length: 14_286 }, (_, j) => {
      const s = Math.floor(random() * 5_714);
      const t = Math.floor(5_714 * random() ** 3);
      return edge(`n${s}`, 'SUPPORTS', `n${t === s ? (s + 1) % 5_714 : t}`, 1, { id: `e${j}` });
    });
    const lod = levelOfDetail({ nodes, edges });
    const drawn = lod.elements.nodes.length + lod.elements.edges.length;
    expect(drawn).toBeLessThan(7_000);
    expect(lod.hiddenNodes + lod.elements.nodes.filter((n) => !isAggregate(n.data.id)).length).toBe(5_714);
  });
});
