import cytoscape from 'cytoscape';
import { canvasOptions, CANVAS_DEFAULTS, runLayout, syncElements } from '@/components/graph/canvas';
import { buildStylesheet } from '@/components/graph/style';
import { crisis, edge, elementsOf, node } from '@/components/graph/testElements';

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
      cy.getElementById('a').position({ x: 50, y: 60 });
      const next = elementsOf([node('a', 'state', { label: 'Renamed' }), node('c', 'person')], [edge('c', 'OPPOSES', 'a', -1)]);
      expect(syncElements(cy, next, false)).toEqual(['c']);
      expect(cy.nodes().map((n) => n.id()).sort()).toEqual(['a', 'c']);
      expect(cy.getElementById('a').data('label')).toBe('Renamed');
      expect(cy.getElementById('a').position()).toEqual({ x: 50, y: 60 });
      expect(cy.edges().map((e) => e.id())).toEqual(['c--OPPOSES--a']);
    });

    it('moves nodes to the positions they carry only when asked, and skips edges whose end is missing', () => {
      const cy = headless();
      syncElements(cy, elementsOf([node('a', 'state')], []), false);
      const placed = { nodes: [{ ...node('a', 'state'), position: { x: 5, y: 7 } }], edges: [edge('a', 'SUPPORTS', 'ghost', 1)] };
      syncElements(cy, placed, false);
      expect(cy.getElementById('a').position()).not.toEqual({ x: 5, y: 7 });
      syncElements(cy, placed, true);
      expect(cy.getElementById('a').position()).toEqual({ x: 5, y: 7 });
      expect(cy.edges()).toHaveLength(0);
    });
  });

  describe('runLayout', () => {
    it('resolves once the layout has placed the nodes', async () => {
      const cy = headless();
      syncElements(cy, elementsOf([node('a', 'state'), node('b', 'state')], []), false);
      await runLayout(cy, { name: 'preset', positions: { a: { x: 1, y: 2 }, b: { x: 3, y: 4 } }, fit: false } as cytoscape.LayoutOptions);
      expect(cy.getElementById('b').position()).toEqual({ x: 3, y: 4 });
    });
  });
});
