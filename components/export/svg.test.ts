import cytoscape from 'cytoscape';
import { drawingFromCy, toSvg } from '@/components/export/svg';
import { seedElements, HOSTILE_TEXT } from '@/components/export/__fixtures__/elements';
import { parseXml } from '@/components/export/__fixtures__/xml';
import { buildStylesheet } from '@/components/graph/style';

const parseSvg = (svg: string) => parseXml(svg, 'image/svg+xml');

describe('components/export/svg', () => {
  const elements = seedElements();
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet({ nodes: elements.nodes.length, edges: elements.edges.length }),
    elements: { nodes: elements.nodes.map((n) => ({ data: { ...n.data }, position: { ...n.position! } })), edges: elements.edges.map((e) => ({ data: { ...e.data } })) },
    layout: { name: 'preset' },
  });
  afterAll(() => cy.destroy());

  it('draws every node and edge of the instance at its position, as well-formed SVG', () => {
    const drawing = drawingFromCy(cy);
    expect(drawing.nodes).toHaveLength(elements.nodes.length);
    expect(drawing.edges).toHaveLength(elements.edges.length);
    const first = elements.nodes[0]!;
    expect(drawing.nodes.find((n) => n.id === first.data.id)).toMatchObject({ x: first.position!.x, y: first.position!.y });
    const { doc, errors } = parseSvg(toSvg(drawing, { title: 'A & B' }));
    expect(errors).toEqual([]);
    const groups = Array.from(doc.getElementsByTagName('g')).filter((g) => g.getAttribute('data-id'));
    expect(groups).toHaveLength(elements.nodes.length + elements.edges.length);
    expect(doc.getElementsByTagName('path')).toHaveLength(elements.edges.length);
  });

  it('uses the stylesheet colours and sizes, and fits the view box around everything', () => {
    const drawing = drawingFromCy(cy);
    const node = drawing.nodes[0]!;
    expect(node.fill).toBe(String(cy.getElementById(node.id).style('background-color')));
    expect(node.width).toBeGreaterThan(0);
    const { doc } = parseSvg(toSvg(drawing));
    const [x, y, w, h] = doc.documentElement!.getAttribute('viewBox')!.split(' ').map(Number);
    for (const n of drawing.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(x!);
      expect(n.x).toBeLessThanOrEqual(x! + w!);
      expect(n.y).toBeGreaterThanOrEqual(y!);
      expect(n.y).toBeLessThanOrEqual(y! + h!);
    }
  });

  it('escapes labels', () => {
    const drawing = { nodes: [{ id: 'n', label: HOSTILE_TEXT, x: 0, y: 0, width: 30, height: 30, shape: 'hexagon', fill: '#fff', border: '#000', borderWidth: 1, labelColour: '#000', fontSize: 12, labelBelow: true }], edges: [] };
    const { doc, errors } = parseSvg(toSvg(drawing));
    expect(errors).toEqual([]);
    expect(doc.getElementsByTagName('text')[0]?.textContent).toBe(HOSTILE_TEXT.replace('\u0001', ''));
  });
});
