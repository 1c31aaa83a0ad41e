import cytoscape from 'cytoscape';
import { campsByPartition, campsPositions, campsSpacing, lean, layoutOptions, pickDispute, ringsByDegree, type Position } from '@/components/graph/layouts';
import { crisis, edge, elementsOf, node } from '@/components/graph/testElements';

describe('components/graph/layouts', () => {
  describe('campsByPartition', () => {
    it('puts camp 0 left of centre, camp 1 right, and actors in no camp between them, whoever is in focus', () => {
      const elements = crisis();
      const camps = new Map<string, number>([
        ['guaido', 0],
        ['united-states', 0],
        ['lima-group', 0],
        ['maduro', 1],
        ['russia', 1],
        ['armed-forces', 1],
      ]);
      const positions = campsByPartition(elements, camps);
      const x = (id: string) => positions[id]!.x;
      const xs = (ids: string[]) => ids.map(x);
      const leftmost = Math.max(...xs(['guaido', 'united-states', 'lima-group']));
      const rightmost = Math.min(...xs(['maduro', 'russia', 'armed-forces']));
      expect(leftmost).toBeLessThan(0);
      expect(rightmost).toBeGreaterThan(0);
      for (const free of elements.nodes.map((n) => n.data.id).filter((id) => !camps.has(id))) {
        expect(x(free)).toBeGreaterThan(leftmost);
        expect(x(free)).toBeLessThan(rightmost);
      }
      expect(Object.keys(positions).sort()).toEqual(elements.nodes.map((n) => n.data.id).sort());
      // The layout uses the partition, not the focus: the same with or without one.
      const viaOptions = layoutOptions('camps', { elements, focusIds: ['russia'], large: false, incremental: false, camps }) as { positions: Record<string, Position> };
      expect(viaOptions.positions).toEqual(positions);
    });
  });

  describe('pickDispute', () => {
    it('picks the opposed pair that rallies the most backers, the better-backed side first', () => {
      // maduro: russia, armed-forces, turkey; guaido: united-states, lima-group, turkey.
      const dispute = pickDispute(crisis());
      expect(dispute && [dispute.a, dispute.b].sort()).toEqual(['guaido', 'maduro']);
    });

    it('with one focus actor, picks its main rival', () => {
      expect(pickDispute(crisis(), ['united-states'])).toEqual({ a: 'maduro', b: 'united-states' });
      const rival = pickDispute(crisis(), ['russia']);
      expect(rival && [rival.a, rival.b].sort()).toEqual(['russia', 'united-states']);
    });

    it('returns null when nobody opposes anybody', () => {
      const peaceful = elementsOf([node('a', 'state'), node('b', 'state')], [edge('a', 'SUPPORTS', 'b', 1)]);
      expect(pickDispute(peaceful)).toBeNull();
    });
  });

  describe('campsPositions', () => {
    const dispute = { a: 'guaido', b: 'maduro' };
    const positions = campsPositions(crisis(), dispute);
    const x = (id: string) => positions[id]?.x ?? NaN;

    it('places A left of centre and B right of it', () => {
      expect(x('guaido')).toBeLessThan(0);
      expect(x('maduro')).toBeGreaterThan(0);
    });

    it("puts A's backers (and B's opponents) further left than A, B's backers further right than B", () => {
      for (const id of ['united-states', 'lima-group']) expect(x(id)).toBeLessThan(x('guaido'));
      for (const id of ['russia', 'armed-forces']) expect(x(id)).toBeGreaterThan(x('maduro'));
    });

    it('keeps actors that back both sides, or neither, in the middle', () => {
      for (const id of ['turkey', 'vatican', 'elections']) {
        expect(x(id)).toBeGreaterThan(x('guaido'));
        expect(x(id)).toBeLessThan(x('maduro'));
      }
    });

    it('gives every node a distinct position', () => {
      const seen = new Set(Object.values(positions).map((p) => `${p.x},${p.y}`));
      expect(Object.keys(positions)).toHaveLength(crisis().nodes.length);
      expect(seen.size).toBe(crisis().nodes.length);
    });

    it('measures lean from a node’s own stances towards each side', () => {
      const edges = crisis().edges.map((e) => e.data);
      expect(lean('united-states', edges, dispute)).toBe(2);
      expect(lean('russia', edges, dispute)).toBe(-1);
      expect(lean('turkey', edges, dispute)).toBe(0);
    });
  });

  describe('ringsByDegree', () => {
    /** A star of `n` leaves around a hub, plus a chain hanging off the first leaf. */
    function star(n: number) {
      const leaves = Array.from({ length: n }, (_, i) => node(`leaf-${i}`, 'state'));
      return elementsOf(
        [node('hub', 'person'), ...leaves, node('tail', 'group')],
        [...leaves.map((l) => edge(l.data.id, 'SUPPORTS', 'hub', 1)), edge('tail', 'OPPOSES', 'leaf-0', -1)],
      );
    }
    const distance = (p: { x: number; y: number } | undefined) => Math.hypot(p?.x ?? NaN, p?.y ?? NaN);

    it('puts the most connected actor in the middle and the least connected furthest out', () => {
      const positions = ringsByDegree(star(40));
      expect(positions.hub).toEqual({ x: 0, y: 0 });
      expect(distance(positions['leaf-0'])).toBeLessThanOrEqual(distance(positions.tail));
      expect(distance(positions['leaf-0'])).toBeGreaterThan(0);
    });

    it('puts the groups of a large view round the outside, however many bundles they have', () => {
      const elements = star(40);
      const group = node('lod:kind:state', 'lod-group');
      const bundles = ['hub', 'leaf-1', 'leaf-2'].map((to) => edge('lod:kind:state', 'BUNDLE', to, 1));
      const positions = ringsByDegree({ nodes: [...elements.nodes, group], edges: [...elements.edges, ...bundles] });
      const furthestActor = Math.max(...elements.nodes.map((n) => distance(positions[n.data.id])));
      expect(distance(positions['lod:kind:state'])).toBeGreaterThan(furthestActor);
    });

    it('puts the focus in the middle whatever its degree', () => {
      expect(ringsByDegree(star(10), ['tail']).tail).toEqual({ x: 0, y: 0 });
    });

    it('gives every node a place, none closer to another than the smallest node is wide', () => {
      const elements = star(300);
      const positions = ringsByDegree(elements);
      const points = Object.values(positions);
      expect(points).toHaveLength(elements.nodes.length);
      let closest = Infinity;
      for (let i = 0; i < points.length; i++)
        for (let j = i + 1; j < points.length; j++) closest = Math.min(closest, Math.hypot((points[i]?.x ?? 0) - (points[j]?.x ?? 0), (points[i]?.y ?? 0) - (points[j]?.y ?? 0)));
      expect(closest).toBeGreaterThanOrEqual(30);
    });

    it('returns no positions for no nodes', () => {
      expect(ringsByDegree(elementsOf([], []))).toEqual({});
    });
  });

  describe('layoutOptions', () => {
    it('runs camps as a preset layout that cytoscape applies as computed', () => {
      const elements = crisis();
      const cy = cytoscape({ headless: true, elements: [...elements.nodes, ...elements.edges] });
      const options = layoutOptions('camps', { elements, focusIds: ['guaido', 'maduro'], large: false, incremental: false });
      expect(options.name).toBe('preset');
      cy.layout({ ...options, fit: false } as cytoscape.LayoutOptions).run();
      const position = cy.getElementById('russia').position();
      cy.destroy();
      const dispute = pickDispute(elements, ['guaido', 'maduro']);
      if (!dispute) throw new Error('expected a dispute');
      const expected = campsPositions(elements, dispute);
      expect(position).toEqual(expected.russia);
    });

    it('lays large graphs out in rings by degree instead of force-directed, and small ones with fcose', () => {
      const elements = crisis();
      const large = layoutOptions('fcose', { elements, focusIds: [], large: true, incremental: false }) as { name: string; positions?: unknown };
      expect(large.name).toBe('preset');
      expect(large.positions).toEqual(ringsByDegree(elements));
      expect(layoutOptions('fcose', { elements, focusIds: [], large: false, incremental: false }).name).toBe('fcose');
      const concentric = layoutOptions('concentric', { elements, focusIds: ['vatican'], large: true, incremental: false }) as { positions?: Record<string, unknown> };
      expect(concentric.positions?.vatican).toEqual({ x: 0, y: 0 });
    });

    it('makes the force-directed layout count labels as part of each node', () => {
      const options = layoutOptions('fcose', { elements: crisis(), focusIds: [], large: false, incremental: false }) as { nodeDimensionsIncludeLabels?: boolean };
      expect(options.nodeDimensionsIncludeLabels).toBe(true);
    });

    it('spaces camps columns by the widest node with its label and stacks each column by real heights, when they are known', () => {
      expect(campsSpacing(undefined)).toEqual({ columnGap: 120, rowGap: 80 });
      const elements = crisis();
      // Every node 30 wide and 60 tall (body and label), except a wide, tall one.
      const footprints = new Map(elements.nodes.map((n) => [n.data.id, { x1: -15, y1: -15, x2: 15, y2: 45 }]));
      footprints.set('vatican', { x1: -60, y1: -39, x2: 60, y2: 90 });
      const spacing = campsSpacing(footprints, 10);
      expect(spacing).toMatchObject({ columnGap: 130, rowGap: 10 });
      const spaced = layoutOptions('camps', { elements, focusIds: ['guaido', 'maduro'], large: false, incremental: false, footprints }) as { positions?: Record<string, Position> };
      const dispute = pickDispute(elements, ['guaido', 'maduro']);
      if (!dispute) throw new Error('expected a dispute');
      expect(spaced.positions).toEqual(campsPositions(elements, dispute, campsSpacing(footprints)));
      // The middle column (turkey, vatican, elections) stacks each footprint under the last, 10 px apart.
      const positions = campsPositions(elements, dispute, spacing);
      const middle = ['turkey', 'vatican', 'elections'].map((id) => ({ id, y: positions[id]?.y ?? NaN, box: footprints.get(id) })).sort((p, q) => p.y - q.y);
      for (let i = 1; i < middle.length; i++) {
        const above = middle[i - 1];
        const below = middle[i];
        expect((below?.y ?? 0) + (below?.box?.y1 ?? 0) - ((above?.y ?? 0) + (above?.box?.y2 ?? 0))).toBeCloseTo(10, 5);
      }
      // ...centred on the row of the two leaders.
      const top = (middle[0]?.y ?? 0) + (middle[0]?.box?.y1 ?? 0);
      const bottom = (middle[2]?.y ?? 0) + (middle[2]?.box?.y2 ?? 0);
      expect((top + bottom) / 2).toBeCloseTo(0, 5);
    });

    it('falls back to fcose for camps when there is no dispute, and roots breadth-first at the focus', () => {
      const peaceful = elementsOf([node('a:1', 'state'), node('b', 'state')], [edge('a:1', 'SUPPORTS', 'b', 1)]);
      expect(layoutOptions('camps', { elements: peaceful, focusIds: [], large: false, incremental: false }).name).toBe('fcose');
      const bfs = layoutOptions('breadthfirst', { elements: peaceful, focusIds: ['a:1'], large: false, incremental: false }) as { roots?: string };
      expect(bfs.roots).toBe('#a\\:1');
    });
  });
});
