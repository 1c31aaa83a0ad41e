import cytoscape from 'cytoscape';
import { buildStylesheet, isLargeGraph, kindColour, kindShape, nodeSize, stableColour, STYLE_DEFAULTS } from '@/components/graph/style';
import { crisis, edge, idOf } from '@/components/graph/testElements';

// Headless cytoscape runs an animation loop on a timer: destroy every instance so jest can exit.
const instances: cytoscape.Core[] = [];
afterEach(() => instances.splice(0).forEach((cy) => cy.destroy()));

function headless(elements = crisis(), size = { nodes: elements.nodes.length, edges: elements.edges.length }) {
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: [...elements.nodes, ...elements.edges], style: buildStylesheet(size) });
  instances.push(cy);
  return cy;
}

describe('components/graph/style', () => {
  it('draws backing stances solid green with an arrow, opposing ones red with a tee, neutral ones grey dotted', () => {
    const cy = headless();
    const backs = cy.getElementById('lima-group--RECOGNISES--guaido');
    const opposes = cy.getElementById('guaido--OPPOSES--maduro');
    const neutral = cy.getElementById('vatican--MEDIATES--maduro');
    expect([backs.style('line-style'), backs.style('target-arrow-shape')]).toEqual(['solid', 'triangle']);
    expect(backs.style('line-color')).toBe('rgb(26,127,55)');
    expect([opposes.style('line-style'), opposes.style('target-arrow-shape')]).toEqual(['solid', 'tee']);
    expect(opposes.style('line-color')).toBe('rgb(198,40,40)');
    expect([neutral.style('line-style'), neutral.style('target-arrow-shape')]).toEqual(['dotted', 'vee']);
    expect(neutral.style('line-color')).toBe('rgb(107,114,128)');
  });

  it('draws the stances of a dense view straight, each with the arrow, tee or hollow vee of its polarity halfway along, still dashed when claimed', () => {
    const cy = headless(crisis(), { nodes: 50, edges: STYLE_DEFAULTS.denseEdges + 1 });
    const backs = cy.getElementById('lima-group--RECOGNISES--guaido');
    const opposes = cy.getElementById('guaido--OPPOSES--maduro');
    const neutral = cy.getElementById('vatican--MEDIATES--maduro');
    const drawn = (e: cytoscape.EdgeSingular) => [e.style('curve-style'), e.style('mid-target-arrow-shape'), e.style('target-arrow-shape'), e.style('line-color')];
    expect(drawn(backs)).toEqual(['haystack', 'triangle', 'none', 'rgb(26,127,55)']);
    expect(drawn(opposes)).toEqual(['haystack', 'tee', 'none', 'rgb(198,40,40)']);
    expect(drawn(neutral)).toEqual(['haystack', 'vee', 'none', 'rgb(107,114,128)']);
    expect([neutral.style('mid-target-arrow-fill'), neutral.style('line-style')]).toEqual(['hollow', 'dotted']);
    expect(cy.getElementById('russia--ACCUSES--united-states').style('line-style')).toBe('dashed');
    expect(Number(String(backs.style('haystack-radius')))).toBe(STYLE_DEFAULTS.denseSpread);
  });

  it('dashes claimed and alleged stances whatever their polarity', () => {
    const cy = headless();
    expect(cy.getElementById('russia--ACCUSES--united-states').style('line-style')).toBe('dashed');
    expect(cy.getElementById('armed-forces--SUPPORTS--maduro').style('line-style')).toBe('dashed');
    expect(cy.getElementById('russia--SUPPORTS--maduro').style('line-style')).toBe('solid');
  });

  it('gives each actor kind its own shape and colour, and unknown kinds a stable colour', () => {
    const cy = headless();
    expect(cy.getElementById(idOf('united-states')).style('shape')).toBe(kindShape('state'));
    expect(cy.getElementById(idOf('guaido')).style('shape')).toBe('ellipse');
    expect(cy.getElementById(idOf('armed-forces')).style('shape')).toBe('triangle');
    expect(cy.getElementById(idOf('lima-group')).style('shape')).toBe('hexagon');
    const shapes = new Set(['state', 'bloc', 'person', 'armed_force', 'institution', 'organisation', 'group', 'company', 'topic'].map(kindShape));
    expect(shapes.size).toBe(9);
    expect(kindColour('Gene')).toBe(stableColour('Gene'));
    expect(stableColour('Gene')).not.toBe(stableColour('Protein'));
  });

  it('draws nodes of a kind the format does not know, or of none, in the fallback shape and their stable colour', () => {
    const elements = crisis();
    const [first, second] = elements.nodes;
    if (!first || !second) throw new Error('crisis() has nodes');
    first.data.kind = 'Gene';
    (second.data as Partial<typeof second.data>).kind = undefined;
    const cy = headless(elements);
    const rgb = (colour: string) => String(colour).replace(/\s/g, '');
    const expected = (label: string) => {
      const probe = cytoscape({ headless: true, styleEnabled: true, elements: [{ data: { id: 'p' } }], style: [{ selector: 'node', style: { 'background-color': stableColour(label) } }] });
      try {
        return rgb(probe.getElementById('p').style('background-color'));
      } finally {
        probe.destroy();
      }
    };
    expect(cy.getElementById(first.data.id).style('shape')).toBe('ellipse');
    expect(rgb(cy.getElementById(first.data.id).style('background-color'))).toBe(expected('Gene'));
    expect(rgb(cy.getElementById(second.data.id).style('background-color'))).toBe(expected('undefined'));
    // Known kinds keep their own colour, not a hashed one.
    const state = cy.nodes('[kind = "state"]').first();
    expect(rgb(state.style('background-color'))).not.toBe(expected('state'));
  });

  it('sizes nodes by how many back or oppose them', () => {
    const cy = headless();
    const maduro = cy.getElementById(idOf('maduro'));
    const vatican = cy.getElementById(idOf('vatican'));
    expect(maduro.width()).toBeGreaterThan(vatican.width());
    expect(vatican.width()).toBe(STYLE_DEFAULTS.nodeSizeMin);
    expect(nodeSize(1000, 1000)).toBe(STYLE_DEFAULTS.nodeSizeMax);
  });

  it('keeps parallel stances apart with bezier edges, and uses cheap haystack edges without labels for large graphs', () => {
    const small = headless();
    expect(small.getElementById('guaido--OPPOSES--maduro').style('curve-style')).toBe('bezier');
    expect(small.getElementById(idOf('guaido')).style('label')).toBe('guaido');
    expect(isLargeGraph({ nodes: 1000, edges: 2000 })).toBe(true);
    const big = headless(crisis(), { nodes: 1000, edges: 2000 });
    expect(big.getElementById('guaido--OPPOSES--maduro').style('curve-style')).toBe('haystack');
    expect(big.getElementById(idOf('guaido')).style('label')).toBe('');
    big.getElementById(idOf('guaido')).select();
    expect(big.getElementById(idOf('guaido')).style('label')).toBe('guaido');
  });

  it('keeps the colour of stances in large graphs, drawing plain lines without arrows, dashes or label settings', () => {
    const big = headless(crisis(), { nodes: 1000, edges: 2000 });
    const opposes = big.getElementById('guaido--OPPOSES--maduro');
    expect([opposes.style('line-color'), opposes.style('target-arrow-shape')]).toEqual(['rgb(198,40,40)', 'none']);
    // Claimed stances are dashed in small views only: dashes cost the software rasteriser the most (bench:ui).
    expect(big.getElementById('armed-forces--SUPPORTS--maduro').style('line-style')).toBe('solid');
    expect(headless(crisis()).getElementById('armed-forces--SUPPORTS--maduro').style('line-style')).toBe('dashed');
    expect(big.edges().map((e) => e.style('line-style'))).not.toContain('dotted');
    const rules = buildStylesheet({ nodes: 1000, edges: 2000 });
    const base = rules.filter((r) => r.selector === 'node' || r.selector === 'edge').map((r) => Object.keys('style' in r ? r.style : r.css));
    expect(base.flat().filter((p) => p.startsWith('text-') || p.startsWith('font-') || p.includes('arrow'))).toEqual([]);
  });

  it('hides labels that would be drawn smaller than the minimum zoomed font size', () => {
    const cy = headless();
    expect(cy.getElementById(idOf('guaido')).style('min-zoomed-font-size')).toBe(`${STYLE_DEFAULTS.minZoomedFontSize}px`);
  });

  it('wraps long names onto further lines instead of cutting them short, drawn whole at rest, on hover and on focus', () => {
    const cy = headless();
    const node = cy.getElementById(idOf('united-states'));
    for (const state of [() => undefined, () => node.addClass('hover'), () => node.addClass('focus')]) {
      state();
      expect([node.style('label'), node.style('text-wrap'), node.style('text-max-width')]).toEqual(['united states', 'wrap', `${STYLE_DEFAULTS.labelMaxWidth}px`]);
    }
  });

  it('captions relationships that are not stances by their type, and leaves stance lines bare until pointed at', () => {
    const elements = crisis();
    const plain = { ...edge('guaido', 'ACTED_IN', 'maduro', 0).data };
    delete plain.certainty; // what toElements writes for a relationship that is not a stance
    const cy = headless({ nodes: elements.nodes, edges: [...elements.edges, { data: plain }] });
    expect(cy.getElementById('guaido--ACTED_IN--maduro').style('label')).toBe('ACTED_IN');
    // The caption keeps the label settings (size, outline, zoom threshold) stance lines no longer carry at rest.
    const caption = cy.getElementById('guaido--ACTED_IN--maduro');
    expect(parseFloat(String(caption.style('font-size')))).toBeCloseTo(STYLE_DEFAULTS.fontSize - 1, 6);
    expect(parseFloat(String(caption.style('text-outline-width')))).toBeGreaterThan(0);
    expect(parseFloat(String(caption.style('min-zoomed-font-size')))).toBe(STYLE_DEFAULTS.minZoomedFontSize);
    expect(cy.getElementById('guaido--OPPOSES--maduro').style('label')).toBe('');
    // Crowded views caption them only on hover or selection, like every other label there.
    const crowded = headless({ nodes: elements.nodes, edges: [...elements.edges, { data: plain }] }, { nodes: 500, edges: 10 });
    const acted = crowded.getElementById('guaido--ACTED_IN--maduro');
    expect(acted.style('label')).toBe('');
    acted.select();
    expect(acted.style('label')).toBe('ACTED_IN');
    expect(parseFloat(String(acted.style('min-zoomed-font-size')))).toBe(0);
  });
});
