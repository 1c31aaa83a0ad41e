import cytoscape from 'cytoscape';
import { renderToStaticMarkup } from 'react-dom/server';
import Legend, { RING_SAMPLES } from '@/components/graph/Legend';
import { buildStylesheet, STYLE_DEFAULTS } from '@/components/graph/style';
import { crisis, idOf } from '@/components/graph/testElements';

/** The ring colour the stylesheet draws on a node with this class or state, as `#rrggbb`. */
function drawnRing(setUp: (node: cytoscape.NodeSingular) => void): string {
  const elements = crisis();
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: [...elements.nodes, ...elements.edges], style: buildStylesheet({ nodes: 9, edges: 13 }) });
  try {
    const node = cy.getElementById(idOf('maduro')) as cytoscape.NodeSingular;
    setUp(node);
    const [r, g, b] = String(node.style('border-color')).match(/\d+/g)?.map(Number) ?? [];
    return `#${[r, g, b].map((v) => (v ?? 0).toString(16).padStart(2, '0')).join('')}`;
  } finally {
    cy.destroy();
  }
}

describe('components/graph/Legend', () => {
  it('describes the focus and selection rings in the colours the canvas draws them', () => {
    const ring = (key: string) => RING_SAMPLES.find((r) => r.key === key);
    expect(ring('focus')?.colour).toBe(drawnRing((n) => void n.addClass('focus')));
    expect(ring('selected')?.colour).toBe(drawnRing((n) => void n.select()));
    // Named by the colour it has (#ffb000 is amber), never "yellow".
    expect(ring('focus')?.label).toMatch(/^Amber ring/);
  });

  it('draws each ring sample in its colour beside its words', () => {
    const html = renderToStaticMarkup(<Legend />);
    expect(html).not.toMatch(/yellow/i);
    for (const ring of RING_SAMPLES) {
      const item = new RegExp(`<li[^>]*data-legend-ring="${ring.key}"[^>]*>.*?</li>`).exec(html)?.[0] ?? '';
      expect(item).toContain(`stroke="${ring.colour}"`);
      expect(item).toContain(ring.label);
    }
  });

  it('says at which size lines lose their arrows and dashes, the size at which the stylesheet drops them', () => {
    const html = renderToStaticMarkup(<Legend elements={crisis()} />);
    const item = /<li[^>]*data-legend-large[^>]*>(.*?)<\/li>/.exec(html)?.[1] ?? '';
    expect(item).toContain(`over ${STYLE_DEFAULTS.largeGraphElements.toLocaleString('en')} actors and stances`);
    const arrowOf = (nodes: number, edges: number) => {
      const elements = crisis();
      const cy = cytoscape({ headless: true, styleEnabled: true, elements: [...elements.nodes, ...elements.edges], style: buildStylesheet({ nodes, edges }) });
      try {
        return cy.edges('[polarity > 0]').first().style('target-arrow-shape');
      } finally {
        cy.destroy();
      }
    };
    const threshold = STYLE_DEFAULTS.largeGraphElements;
    expect(arrowOf(threshold - 100, 100)).not.toBe('none');
    expect(arrowOf(threshold - 100, 101)).toBe('none');
  });

  it('says from how many stances lines are drawn straight with the arrow halfway, the count at which the stylesheet does it', () => {
    const html = renderToStaticMarkup(<Legend elements={crisis()} />);
    const item = /<li[^>]*data-legend-dense[^>]*>(.*?)<\/li>/.exec(html)?.[1] ?? '';
    expect(item).toContain(`over ${STYLE_DEFAULTS.denseEdges.toLocaleString('en')} stances`);
    const drawn = (edges: number) => {
      const elements = crisis();
      const cy = cytoscape({ headless: true, styleEnabled: true, elements: [...elements.nodes, ...elements.edges], style: buildStylesheet({ nodes: 50, edges }) });
      try {
        const backs = cy.edges('[polarity > 0]').first();
        return [backs.style('curve-style'), backs.style('mid-target-arrow-shape')];
      } finally {
        cy.destroy();
      }
    };
    expect(drawn(STYLE_DEFAULTS.denseEdges)).toEqual(['bezier', 'none']);
    expect(drawn(STYLE_DEFAULTS.denseEdges + 1)).toEqual(['haystack', 'triangle']);
  });
});
