import cytoscape from 'cytoscape';
import { countOverlaps, measureNodes, overlaps, type Box, type NodeBoxes } from '@/components/graph/overlaps';
import { buildStylesheet } from '@/components/graph/style';
import { crisis, idOf } from '@/components/graph/testElements';

const box = (x1: number, y1: number, x2: number, y2: number): Box => ({ x1, y1, x2, y2 });
/** A node of diameter 30 at (x, y) with a 100x20 label right under it. */
const drawnAt = (id: string, x: number, y: number): NodeBoxes => ({ id, body: box(x - 15, y - 15, x + 15, y + 15), label: box(x - 50, y + 15, x + 50, y + 35) });

describe('components/graph/overlaps', () => {
  describe('overlaps', () => {
    it('needs an intersection of positive width and height; touching edges do not count', () => {
      expect(overlaps(box(0, 0, 10, 10), box(9, 9, 20, 20))).toBe(true);
      expect(overlaps(box(0, 0, 10, 10), box(10, 0, 20, 10))).toBe(false);
      expect(overlaps(box(0, 0, 10, 10), box(0, 10, 10, 20))).toBe(false);
      expect(overlaps(box(0, 0, 10, 10), box(2, 2, 3, 3))).toBe(true);
    });
  });

  describe('countOverlaps', () => {
    it('counts nothing for nodes set well apart, and never a label against its own node', () => {
      // Each label overlaps its own body's bottom edge by design; that is not a collision.
      const own: NodeBoxes = { id: 'a', body: box(-15, -15, 15, 15), label: box(-50, 10, 50, 30) };
      expect(countOverlaps([own, drawnAt('b', 300, 0), drawnAt('c', 0, 300)])).toEqual({ labelLabel: 0, labelOnNode: 0, nodeNode: 0, pairs: [] });
    });

    it('counts two labels side by side once, as one unordered pair', () => {
      const count = countOverlaps([drawnAt('a', 0, 0), drawnAt('b', 80, 0)]);
      expect(count).toMatchObject({ labelLabel: 1, labelOnNode: 0, nodeNode: 0 });
      expect(count.pairs).toEqual(['labels a / b']);
    });

    it('counts a label lying on another node, in that direction only, with the names given', () => {
      // b sits right under a, inside a's label but with its own label clear of a's.
      const count = countOverlaps([drawnAt('a', 0, 0), drawnAt('b', 40, 45)], (id) => id.toUpperCase());
      expect(count).toMatchObject({ labelOnNode: 1, nodeNode: 0 });
      expect(count.pairs).toContain("A's label on B");
    });

    it('counts nodes drawn on each other, and nodes without a label only by their bodies', () => {
      const a = { ...drawnAt('a', 0, 0), label: null };
      const b = { ...drawnAt('b', 20, 0), label: null };
      expect(countOverlaps([a, b])).toMatchObject({ labelLabel: 0, labelOnNode: 0, nodeNode: 1 });
    });
  });

  describe('measureNodes', () => {
    it('reads every displayed node’s body from cytoscape (headless cytoscape measures no text, so no label box)', () => {
      const elements = crisis();
      const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet({ nodes: 8, edges: 8 }), elements: [...elements.nodes, ...elements.edges] });
      cy.getElementById(idOf('russia')).position({ x: 100, y: 50 });
      cy.getElementById(idOf('vatican')).style('display', 'none');
      const nodes = measureNodes(cy);
      cy.destroy();
      expect(nodes.map((n) => n.id).sort()).toEqual(elements.nodes.map((n) => n.data.id).filter((id) => id !== idOf('vatican')).sort());
      const russia = nodes.find((n) => n.id === idOf('russia'));
      // Centred on the node's position, at least as wide as the node itself.
      expect(((russia?.body.x1 ?? 0) + (russia?.body.x2 ?? 0)) / 2).toBeCloseTo(100, 5);
      expect(((russia?.body.y1 ?? 0) + (russia?.body.y2 ?? 0)) / 2).toBeCloseTo(50, 5);
      expect((russia?.body.x2 ?? 0) - (russia?.body.x1 ?? 0)).toBeGreaterThanOrEqual(30);
      expect(nodes.every((n) => n.label === null)).toBe(true);
    });
  });
});
