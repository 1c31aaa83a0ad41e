import cytoscape from 'cytoscape';
import { cssEscape, layoutOptions, LAYOUTS, type LayoutContext, type Position } from '@/components/graph/layouts';
import { crisis, edge, elementsOf, idOf, node } from '@/components/graph/testElements';

const id = idOf;
const context = (extra: Partial<LayoutContext> = {}): LayoutContext => ({ elements: crisis(), focusIds: [], large: false, incremental: false, ...extra });
type Preset = { name: string; positions?: Record<string, Position> };

describe('components/graph/layouts (index)', () => {
  it('offers every layout but preset in the menu', () => {
    expect(LAYOUTS.map((l) => l.name)).toEqual(['fcose', 'concentric', 'breadthfirst', 'circle', 'camps']);
  });

  it('runs camps as a preset that cytoscape applies: Russia one column beyond Maduro, on his side', () => {
    const elements = crisis();
    const cy = cytoscape({ headless: true, elements: [...elements.nodes, ...elements.edges] });
    const options = layoutOptions('camps', context({ focusIds: [id('guaido'), id('maduro')] }));
    expect(options.name).toBe('preset');
    cy.layout({ ...options, fit: false } as cytoscape.LayoutOptions).run();
    const russia = cy.getElementById(id('russia')).position();
    const maduro = cy.getElementById(id('maduro')).position();
    const guaido = cy.getElementById(id('guaido')).position();
    cy.destroy();
    // The leaders stand 120 either side of centre, their camps a column (120) further out.
    expect(Math.abs(maduro.x)).toBe(120);
    expect(guaido.x).toBe(-maduro.x);
    expect(russia.x).toBe(2 * maduro.x);
    expect(russia.y).toBe(40);
  });

  it('draws the analysis’ partition when there is one, whoever is in focus', () => {
    const camps = new Map([id('guaido'), id('united-states'), id('lima-group')].map((n) => [n, 0]));
    for (const n of [id('maduro'), id('russia'), id('armed-forces')]) camps.set(n, 1);
    const options = layoutOptions('camps', context({ focusIds: [id('russia')], camps })) as Preset;
    expect(options.name).toBe('preset');
    expect(options.positions?.[id('guaido')]).toEqual({ x: -120, y: -80 });
    expect(options.positions?.[id('russia')]).toEqual({ x: 120, y: 0 });
    // One camp is no partition: the dispute around the focus stands in (Russia vs the United States),
    // with the seven others in a middle of two columns, so the leaders stand 1.5 columns (180) out.
    const oneCamp = layoutOptions('camps', context({ focusIds: [id('russia')], camps: new Map([[id('russia'), 0]]) })) as Preset;
    expect(Math.abs(oneCamp.positions?.[id('russia')]?.x ?? NaN)).toBe(180);
    expect(oneCamp.positions?.[id('united-states')]?.x).toBe(-(oneCamp.positions?.[id('russia')]?.x ?? NaN));
  });

  it('spaces camps by the measured footprints: leaders the widest footprint plus 16 px from centre', () => {
    const footprints = new Map(crisis().nodes.map((n) => [n.data.id, { x1: -15, y1: -15, x2: 15, y2: 45 }]));
    footprints.set(id('vatican'), { x1: -60, y1: -39, x2: 60, y2: 90 });
    const options = layoutOptions('camps', context({ focusIds: [id('guaido'), id('maduro')], footprints })) as Preset;
    const x = (key: string) => options.positions?.[id(key)]?.x ?? NaN;
    expect(Math.abs(x('guaido'))).toBe(136);
    expect(x('united-states')).toBe(2 * x('guaido'));
    expect(x('vatican')).toBe(0);
  });

  it('falls back to fcose for camps when nobody opposes anybody', () => {
    const peaceful = elementsOf([node('a', 'state'), node('b', 'state')], [edge('a', 'SUPPORTS', 'b', 1)]);
    expect(layoutOptions('camps', context({ elements: peaceful })).name).toBe('fcose');
  });

  it('lays large graphs out in rings by degree, the best connected (or the focus) in the middle', () => {
    const large = layoutOptions('fcose', context({ large: true })) as Preset;
    expect(large.name).toBe('preset');
    const centre = Object.entries(large.positions ?? {}).filter(([, p]) => p.x === 0 && p.y === 0).map(([n]) => n);
    // Guaidó and Maduro both take seven stances; either may take the middle, nobody else.
    expect(centre).toHaveLength(1);
    expect([id('guaido'), id('maduro')]).toContain(centre[0]);
    const concentric = layoutOptions('concentric', context({ focusIds: [id('vatican')], large: true })) as Preset;
    expect(concentric.positions?.[id('vatican')]).toEqual({ x: 0, y: 0 });
  });

  it('runs fcose on small graphs counting labels as part of each node, and only refines after an expand', () => {
    const fresh = layoutOptions('fcose', context()) as { name: string; nodeDimensionsIncludeLabels?: boolean; randomize?: boolean; quality?: string; numIter?: number };
    expect(fresh).toMatchObject({ name: 'fcose', nodeDimensionsIncludeLabels: true, randomize: true, quality: 'default', numIter: 2500, fit: true, padding: 40, animate: false });
    expect(layoutOptions('fcose', context({ incremental: true }))).toMatchObject({ randomize: false, quality: 'proof' });
    const mid = elementsOf(Array.from({ length: 151 }, (_, i) => node(`n-${i}`, 'state')), []);
    expect(layoutOptions('fcose', context({ elements: mid }))).toMatchObject({ numIter: 600 });
  });

  it('centres concentric on the focus, above any degree', () => {
    const elements = crisis();
    const cy = cytoscape({ headless: true, elements: [...elements.nodes, ...elements.edges] });
    const options = layoutOptions('concentric', context({ focusIds: [id('elections')] })) as { concentric: (n: cytoscape.NodeSingular) => number };
    const level = (key: string) => options.concentric(cy.getElementById(id(key)) as cytoscape.NodeSingular);
    expect(level('elections')).toBeGreaterThan(level('guaido'));
    expect(level('guaido')).toBe(7);
    cy.destroy();
  });

  it('roots breadth-first at the focus, escaping the colons of elementIds', () => {
    expect(cssEscape('4:ab-c:12')).toBe('4\\:ab-c\\:12');
    const bfs = layoutOptions('breadthfirst', context({ focusIds: ['4:x:1', '4:x:2'] })) as { roots?: string; directed?: boolean };
    expect(bfs).toMatchObject({ roots: '#4\\:x\\:1, #4\\:x\\:2', directed: false });
    expect('roots' in layoutOptions('breadthfirst', context())).toBe(false);
  });

  it('keeps preset and circle to placing and fitting', () => {
    expect(layoutOptions('preset', context())).toEqual({ name: 'preset', fit: true, padding: 40, animate: false });
    expect(layoutOptions('circle', context())).toEqual({ name: 'circle', fit: true, padding: 40, animate: false, avoidOverlap: true });
  });
});
