/**
 * Every default view of the seeded data set must let a reader tell which name belongs to which
 * node: at 1400x900, the focus view of every actor and topic, the whole graph, and the camps
 * layout of Maduro are opened by address, and the drawn view must have no label/label,
 * label-on-node or node/node overlap (as components/graph/overlaps.ts defines them, measured with
 * that module's own `measureNodes` run inside the page), must open fitted (every node and label
 * inside the canvas) and must draw its labels at a readable size.
 */
import type { Page } from 'playwright-core';
import { baseUrl, screenshot, setUpBrowser } from '@/tests/e2e/browser';
import { settled } from '@/tests/e2e/explorerPage';
import { countOverlaps, measureNodes, type NodeBoxes } from '@/components/graph/overlaps';
import { STYLE_DEFAULTS } from '@/components/graph/style';
import { readDataset } from '@/graph/import/readDataset';

const dataset = readDataset();

interface Drawn {
  nodes: NodeBoxes[];
  names: Record<string, string>;
  zoom: number;
  /** Whether every node, with its label, lies inside the canvas. */
  fitted: boolean;
  /** The smallest on-screen font size of a node label, in CSS pixels. */
  fontPx: number;
}

/** Reads the drawn view through `window.__cy`: `measureNodes` is sent into the page as source. */
async function drawn(page: Page): Promise<Drawn> {
  const measure = measureNodes.toString();
  // Panels above the canvas may settle a frame after the layout: let a resize (and its refit) land first.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate((source) => {
    const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
    const nodes = (new Function(`return (${source})`)() as (core: typeof cy) => NodeBoxes[])(cy);
    // Against the canvas element's real size, not the size cytoscape last read.
    const area = document.querySelector('[data-testid=graph-canvas]')?.getBoundingClientRect() ?? { width: 0, height: 0 };
    const fitted = cy.nodes().every((n) => {
      const b = n.renderedBoundingBox({ includeLabels: true, includeEdges: false, includeOverlays: false });
      return b.x1 >= -1 && b.x2 <= area.width + 1 && b.y1 >= -1 && b.y2 <= area.height + 1;
    });
    const sizes = cy.nodes().map((n) => parseFloat(String(n.style('font-size'))));
    return {
      nodes,
      names: Object.fromEntries(cy.nodes().map((n) => [n.id(), String(n.data('key'))])),
      zoom: cy.zoom(),
      fitted,
      fontPx: Math.min(...sizes) * cy.zoom(),
    };
  }, measure);
}

describe('labels in the default views', () => {
  const { newPage } = setUpBrowser();
  let page: Page;
  let started = 0;
  const results: string[] = [];

  beforeAll(async () => {
    page = await newPage({ viewport: { width: 1400, height: 900 } });
    started = Date.now();
  });
  afterAll(async () => {
    // How long the views took, for docs and for keeping an eye on the suite's time.
    console.log(`labels.test: ${views.length} views in ${((Date.now() - started) / 1000).toFixed(1)} s\n${results.join('\n')}`);
  });

  const views: { name: string; query: string }[] = [
    { name: 'the whole graph', query: '' },
    { name: 'the camps layout of nicolas-maduro', query: '?focus=nicolas-maduro&layout=camps' },
    ...[...dataset.actors, ...dataset.topics].map((a) => ({ name: `the focus view of ${a.id}`, query: `?focus=${a.id}` })),
  ];

  it.each(views)('draws $name without overlapping labels, fitted and readable', async ({ name, query }) => {
    await page.goto(`${baseUrl()}/${query}`);
    await settled(page);
    const view = await drawn(page);
    expect(view.nodes.length).toBeGreaterThan(1);
    // Every node of these views carries its name, so a missing label box would hide a collision.
    expect(view.nodes.filter((n) => n.label === null).map((n) => view.names[n.id])).toEqual([]);
    const count = countOverlaps(view.nodes, (id) => view.names[id] ?? id);
    results.push(`${name}: ${view.nodes.length} nodes, ${count.labelLabel} label/label, ${count.labelOnNode} label-on-node, ${count.nodeNode} node/node, zoom ${view.zoom.toFixed(2)}, labels ${view.fontPx.toFixed(1)} px`);
    if (count.pairs.length > 0) await screenshot(page, `labels-${name.replace(/\W+/g, '-')}`);
    expect(count.pairs).toEqual([]);
    expect({ labelLabel: count.labelLabel, labelOnNode: count.labelOnNode, nodeNode: count.nodeNode }).toEqual({ labelLabel: 0, labelOnNode: 0, nodeNode: 0 });
    expect(view.fitted).toBe(true);
    expect(view.fontPx).toBeGreaterThanOrEqual(STYLE_DEFAULTS.minReadableFontSize);
  });
});
