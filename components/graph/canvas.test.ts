import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { canvasOptions, CANVAS_DEFAULTS, fitReadable, layOutView, layoutSkeleton, readableLabelScale, runLayout, syncElements } from '@/components/graph/canvas';
import { ringsByDegree } from '@/components/graph/layouts';
import { countOverlaps, measureNodes } from '@/components/graph/overlaps';
import { buildStylesheet, labelScale, STYLE_DEFAULTS } from '@/components/graph/style';
import { crisis, edge, elementsOf, idOf, node } from '@/components/graph/testElements';

cytoscape.use(fcose);

// Headless cytoscape runs an animation loop on a timer: destroy every instance so jest can exit.
const instances: cytoscape.Core[] = [];
afterEach(() => instances.splice(0).forEach((cy) => cy.destroy()));
function headless(): cytoscape.Core {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet({ nodes: 0, edges: 0 }) });
  instances.push(cy);
  return cy;
}

describe('components/graph/canvas', () => {
  describe('canvasOptions', () => {
    it('switches large views to the cached-bitmap renderer settings and keeps small ones sharp', () => {
      const container = {} as HTMLElement;
      const large = canvasOptions(container, true, []);
      const small = canvasOptions(container, false, []);
      expect([large.textureOnViewport, large.hideEdgesOnViewport, large.pixelRatio]).toEqual([true, true, 1]);
      expect([small.textureOnViewport, small.hideEdgesOnViewport, small.pixelRatio]).toEqual([false, false, 'auto']);
      expect(large.container).toBe(container);
      expect(small.minZoom).toBe(CANVAS_DEFAULTS.minZoom);
    });
  });

  describe('syncElements', () => {
    it('adds every node and edge of a fresh view and reports the nodes added', () => {
      const cy = headless();
      const elements = crisis();
      const added = syncElements(cy, elements, false);
      expect(added.sort()).toEqual(elements.nodes.map((n) => n.data.id).sort());
      expect(cy.edges()).toHaveLength(elements.edges.length);
    });

    it('keeps what stays, removes what went, updates data and adds only what is new', () => {
      const cy = headless();
      syncElements(cy, elementsOf([node('a', 'state'), node('b', 'state')], [edge('a', 'SUPPORTS', 'b', 1)]), false);
      cy.getElementById(idOf('a')).position({ x: 50, y: 60 });
      const next = elementsOf([node('a', 'state', { label: 'Renamed' }), node('c', 'person')], [edge('c', 'OPPOSES', 'a', -1)]);
      expect(syncElements(cy, next, false)).toEqual([idOf('c')]);
      expect(cy.nodes().map((n) => n.id()).sort()).toEqual([idOf('a'), idOf('c')].sort());
      expect(cy.getElementById(idOf('a')).data('label')).toBe('Renamed');
      expect(cy.getElementById(idOf('a')).position()).toEqual({ x: 50, y: 60 });
      expect(cy.edges().map((e) => e.id())).toEqual(['c--OPPOSES--a']);
    });

    it('moves nodes to the positions they carry only when asked, and skips edges whose end is missing', () => {
      const cy = headless();
      syncElements(cy, elementsOf([node('a', 'state')], []), false);
      const placed = { nodes: [{ ...node('a', 'state'), position: { x: 5, y: 7 } }], edges: [edge('a', 'SUPPORTS', 'ghost', 1)] };
      syncElements(cy, placed, false);
      expect(cy.getElementById(idOf('a')).position()).not.toEqual({ x: 5, y: 7 });
      syncElements(cy, placed, true);
      expect(cy.getElementById(idOf('a')).position()).toEqual({ x: 5, y: 7 });
      expect(cy.edges()).toHaveLength(0);
    });
  });

  describe('runLayout', () => {
    it('resolves once the layout has placed the nodes', async () => {
      const cy = headless();
      syncElements(cy, elementsOf([node('a', 'state'), node('b', 'state')], []), false);
      await runLayout(cy, { name: 'preset', positions: { [idOf('a')]: { x: 1, y: 2 }, [idOf('b')]: { x: 3, y: 4 } }, fit: false } as cytoscape.LayoutOptions);
      expect(cy.getElementById(idOf('b')).position()).toEqual({ x: 3, y: 4 });
    });
  });

  describe('layoutSkeleton', () => {
    it('keeps every node and one edge per pair of nodes, whichever way the stances point', () => {
      const cy = headless();
      const nodes = ['a', 'b', 'c', 'd'].map((id) => node(id, 'state'));
      const edges = [edge('a', 'SUPPORTS', 'b', 1), edge('b', 'OPPOSES', 'a', -1), edge('a', 'RECOGNISES', 'b', 1), edge('b', 'SUPPORTS', 'c', 1)];
      syncElements(cy, elementsOf(nodes, edges), false);
      const skeleton = layoutSkeleton(cy);
      const key = (id: string) => ['a', 'b', 'c', 'd'].find((k) => idOf(k) === id);
      expect(skeleton.nodes().map((n) => key(n.id())).sort()).toEqual(['a', 'b', 'c', 'd']);
      const pairs = skeleton.edges().map((e) => [key(e.source().id()), key(e.target().id())].sort().join('-'));
      expect(pairs.sort()).toEqual(['a-b', 'b-c']);
    });
  });

  describe('layOutView', () => {
    const context = { focusIds: [], large: false, incremental: false };
    async function laidOut(layout: 'fcose' | 'circle' | 'camps', before?: (cy: cytoscape.Core) => void) {
      const cy = headless();
      const elements = crisis();
      syncElements(cy, elements, false);
      before?.(cy);
      await layOutView(cy, layout, { ...context, elements });
      return { cy, positions: Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }])) };
    }

    it('leaves no two nodes on each other after the force-directed, circle and camps layouts', async () => {
      for (const layout of ['fcose', 'circle', 'camps'] as const) {
        const { cy } = await laidOut(layout);
        expect({ layout, ...countOverlaps(measureNodes(cy)) }).toEqual({ layout, labelLabel: 0, labelOnNode: 0, nodeNode: 0, pairs: [] });
      }
    });

    it('draws the same view the same way every time and from any start (the force-directed layout is seeded)', async () => {
      const random = Math.random;
      const first = await laidOut('fcose');
      // However the nodes stood before (here: scattered, as after another view), the result is the same.
      const second = await laidOut('fcose', (cy) => cy.nodes().forEach((n, i) => void n.position({ x: (i * 97) % 500, y: (i * 61) % 300 })));
      expect(second.positions).toEqual(first.positions);
      // ...and leaves Math.random as it found it.
      expect(Math.random).toBe(random);
    });

    it('never moves a pinned node', async () => {
      const { positions } = await laidOut('circle', (cy) => cy.getElementById(idOf('russia')).position({ x: 3, y: 4 }).lock());
      expect(positions[idOf('russia')]).toEqual({ x: 3, y: 4 });
    });

    it('keeps preset positions and the rings of large views exactly as given', async () => {
      const cy = headless();
      const elements = crisis();
      syncElements(cy, elements, false);
      await layOutView(cy, 'fcose', { ...context, elements, large: true });
      const rings = ringsByDegree(elements);
      for (const n of cy.nodes()) expect(n.position()).toEqual(rings[n.id()]);
      const placed = { nodes: elements.nodes.map((n, i) => ({ ...n, position: { x: i, y: 0 } })), edges: elements.edges };
      syncElements(cy, placed, true);
      await layOutView(cy, 'preset', { ...context, elements: placed });
      expect(cy.nodes().map((n) => n.position().x)).toEqual(placed.nodes.map((n) => n.position.x));
    });
  });

  describe('readable labels at the fitted size', () => {
    /** A headless instance whose canvas has a size, as a browser's would (headless cytoscape is 1x1). */
    function sized(width: number, height: number): cytoscape.Core {
      const cy = headless();
      cy.width = () => width;
      cy.height = () => height;
      return cy;
    }
    /** The smallest on-screen font of a node label: its font size times the zoom. */
    const renderedFont = (cy: cytoscape.Core) => Math.min(...cy.nodes().map((n) => parseFloat(String(n.style('font-size'))))) * cy.zoom();
    /** `count` nodes with long names on a ring of this radius, like a circle layout of the whole graph. */
    function ring(cy: cytoscape.Core, count: number, radius: number) {
      const nodes = Array.from({ length: count }, (_, i) => node(`actor-${i}`, 'state', { label: `Actor number ${i} of a long list` }));
      syncElements(cy, elementsOf(nodes, []), false);
      cy.nodes().forEach((n, i) => void n.position({ x: radius * Math.cos((2 * Math.PI * i) / count), y: radius * Math.sin((2 * Math.PI * i) / count) }));
    }

    it('scales labels up just enough for the zoom a fit chose', () => {
      expect(readableLabelScale(1)).toBe(1);
      expect(readableLabelScale(2)).toBe(1);
      // 14 px at zoom 0.62 draws 8.7 px: labels must be 10 / 8.68 times larger.
      expect(readableLabelScale(0.62)).toBeCloseTo(STYLE_DEFAULTS.minReadableFontSize / (STYLE_DEFAULTS.fontSize * 0.62), 6);
      expect(readableLabelScale(0.62) * STYLE_DEFAULTS.fontSize * 0.62).toBeCloseTo(STYLE_DEFAULTS.minReadableFontSize, 6);
    });

    it('fits a wide ring of names so that every name is drawn at least at the readable minimum, the whole view still inside the canvas', () => {
      const cy = sized(800, 600);
      ring(cy, 60, 900);
      cy.fit(undefined, 40);
      // A plain fit draws these names far below the minimum: the case this guards against.
      expect(renderedFont(cy)).toBeLessThan(STYLE_DEFAULTS.minReadableFontSize);
      fitReadable(cy, 40);
      expect(labelScale(cy)).toBeGreaterThan(1);
      expect(renderedFont(cy)).toBeGreaterThanOrEqual(STYLE_DEFAULTS.minReadableFontSize);
      // Not much larger than needed either.
      expect(renderedFont(cy)).toBeLessThan(STYLE_DEFAULTS.minReadableFontSize * 1.1);
      const box = cy.elements().renderedBoundingBox();
      expect([box.x1 >= 39, box.y1 >= 39, box.x2 <= 761, box.y2 <= 561]).toEqual([true, true, true, true]);
    });

    it('leaves labels at their usual size when the fit draws them readable already, and drops an earlier scale', () => {
      const cy = sized(800, 600);
      ring(cy, 60, 900);
      fitReadable(cy, 40);
      expect(labelScale(cy)).toBeGreaterThan(1);
      cy.nodes().forEach((n, i) => void n.position({ x: (i % 6) * 120, y: Math.floor(i / 6) * 10 }));
      cy.remove(cy.nodes().slice(6));
      fitReadable(cy, 40);
      expect(labelScale(cy)).toBe(1);
      expect(renderedFont(cy)).toBeGreaterThanOrEqual(STYLE_DEFAULTS.minReadableFontSize);
    });

    it('scales the caption of a stance pointed at or selected with node labels', () => {
      const cy = sized(800, 600);
      ring(cy, 60, 900);
      cy.add({ group: 'edges', data: { ...edge('actor-0', 'SUPPORTS', 'actor-1', 1).data } });
      fitReadable(cy, 40);
      expect(labelScale(cy)).toBeGreaterThan(1);
      for (const state of ['hover', 'selected'] as const) {
        const stance = cy.edges().first();
        if (state === 'hover') stance.addClass('hover');
        else stance.removeClass('hover').select();
        expect(String(stance.style('label'))).not.toBe('');
        expect(parseFloat(String(stance.style('font-size')))).toBeCloseTo((STYLE_DEFAULTS.fontSize - 1) * labelScale(cy), 6);
      }
    });

    it('frames the nodes: a fit leaves every node and its name inside the padding', () => {
      const cy = sized(800, 600);
      ring(cy, 12, 300);
      for (let i = 0; i < 40; i++) cy.add({ group: 'edges', data: edge(`actor-${i % 12}`, 'SUPPORTS', `actor-${(i + 5) % 12}`, 1, { id: `parallel-${i}` }).data });
      fitReadable(cy, 40);
      const box = cy.nodes().renderedBoundingBox();
      expect(box.x1).toBeGreaterThanOrEqual(40 - 0.5);
      expect(box.y1).toBeGreaterThanOrEqual(40 - 0.5);
      expect(box.x2).toBeLessThanOrEqual(800 - 40 + 0.5);
      expect(box.y2).toBeLessThanOrEqual(600 - 40 + 0.5);
    });
  });
});
