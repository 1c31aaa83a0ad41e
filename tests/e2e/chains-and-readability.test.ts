/**
 * Issue #15, items 3 and 4, in real Chromium: "How are Russia and the United States connected?"
 * answers every chain of up to N stances (N chosen in the page), grouped by length and sign, each
 * stance's evidence one click away; every layout of the whole graph opens fitted with names drawn
 * at least at the readable minimum, and stays so when the window changes size; the full name of a
 * node shows on hover and when it is selected; double-clicking an actor in a "who backs" answer
 * adds its neighbourhood, keeps the question and its sentence, and Undo takes it back.
 */
import type { Page } from 'playwright-core';
import { baseUrl, setUpBrowser } from '@/tests/e2e/browser';
import { allChains, graph, nodeOnPage, settled } from '@/tests/e2e/explorerPage';
import { STYLE_DEFAULTS } from '@/components/graph/style';
import { readDataset } from '@/graph/import/readDataset';
import { stanceId } from '@/graph/model/schema';

const dataset = readDataset();

/** The number of chains the summary sentence states ("linked by 55 chains of up to 3 stances"). */
async function statedChains(page: Page): Promise<number> {
  const summary = (await page.getByTestId('summary').textContent()) ?? '';
  const match = /are linked by (\d+) chains? of up to (\d) stances/.exec(summary);
  if (!match) throw new Error(`no chain count in "${summary}"`);
  return Number(match[1]);
}

interface Drawn {
  /** The smallest on-screen font size of a node label, in CSS pixels (font-size × zoom). */
  fontPx: number;
  /** Node ids whose body or label reaches outside the canvas. */
  outside: string[];
  nodes: number;
}

/** Measures the drawn view through `window.__cy`, after any resize and refit has landed. */
async function drawn(page: Page): Promise<Drawn> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(() => {
    const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
    // Against the canvas element's real size, not the size cytoscape last read.
    const area = document.querySelector('[data-testid=graph-canvas]')?.getBoundingClientRect() ?? { width: 0, height: 0 };
    const outside = cy
      .nodes()
      .filter((n) => {
        const b = n.renderedBoundingBox({ includeLabels: true, includeEdges: false, includeOverlays: false });
        return b.x1 < -1 || b.x2 > area.width + 1 || b.y1 < -1 || b.y2 > area.height + 1;
      })
      .map((n) => String(n.data('key')));
    const sizes = cy.nodes().map((n) => parseFloat(String(n.style('font-size'))));
    return { fontPx: Math.min(...sizes) * cy.zoom(), outside, nodes: cy.nodes().length };
  });
}

describe('chains of stances and a readable graph', () => {
  const { newPage } = setUpBrowser();
  let page: Page;
  const fonts: string[] = [];

  // A fresh page for each test: each opens the view it needs by its address.
  beforeEach(async () => {
    page = await newPage({ viewport: { width: 1400, height: 900 } });
  });
  afterAll(() => {
    // The rendered label sizes per layout, for the docs.
    console.log(`chains-and-readability: rendered node label sizes\n${fonts.join('\n')}`);
  });

  it.each(['fcose', 'concentric', 'breadthfirst', 'circle', 'camps'])('opens the whole graph in the %s layout fitted, with names at least at the readable minimum', async (layout) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(`${baseUrl()}/${layout === 'fcose' ? '' : `?layout=${layout}`}`);
    await settled(page);
    const view = await drawn(page);
    fonts.push(`${layout}: ${view.nodes} nodes, labels ${view.fontPx.toFixed(1)} px`);
    expect(view.nodes).toBeGreaterThan(20);
    expect(view.outside).toEqual([]);
    expect(view.fontPx).toBeGreaterThanOrEqual(STYLE_DEFAULTS.minReadableFontSize - 0.01);
    // A smaller window: the view is fitted again, names still readable.
    await page.setViewportSize({ width: 1100, height: 760 });
    await page.waitForFunction(() => {
      const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
      const area = document.querySelector('[data-testid=graph-canvas]')?.getBoundingClientRect();
      return area !== undefined && Math.abs(cy.width() - area.width) < 1.5 && Math.abs(cy.height() - area.height) < 1.5;
    });
    const resized = await drawn(page);
    fonts.push(`${layout} at 1100x760: labels ${resized.fontPx.toFixed(1)} px`);
    expect(resized.outside).toEqual([]);
    expect(resized.fontPx).toBeGreaterThanOrEqual(STYLE_DEFAULTS.minReadableFontSize - 0.01);
  });

  it('shows the full name of a wrapped or hidden label on hover, and of the selected actor', async () => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(`${baseUrl()}/?layout=circle`);
    await settled(page);
    // The longest name in view: drawn wrapped over several lines on the canvas.
    const longest = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
      const names = cy.nodes().map((n) => ({ key: String(n.data('key')), label: String(n.data('label')) }));
      return names.sort((a, b) => b.label.length - a.label.length)[0];
    });
    expect(longest?.label.length).toBeGreaterThan(25);
    const at = await nodeOnPage(page, longest?.key ?? '');
    await page.mouse.move(at.x, at.y);
    const tooltip = page.getByTestId('node-tooltip');
    await tooltip.waitFor({ state: 'visible' });
    await expect(tooltip.textContent()).resolves.toBe(longest?.label);
    // Moved away: gone.
    await page.mouse.move(5, 5);
    await tooltip.waitFor({ state: 'detached' });
    // Selected (from the address, as a list or the keyboard selects it): the name shows without a pointer.
    await page.goto(`${baseUrl()}/?layout=circle&sel=n:${longest?.key ?? ''}`);
    await settled(page);
    await tooltip.waitFor({ state: 'visible' });
    await expect(tooltip.textContent()).resolves.toBe(longest?.label);
  });

  it('double-clicking an actor in a "who backs" answer adds its neighbourhood, keeps the question and its sentence, and Undo takes it back', async () => {
    await page.goto(`${baseUrl()}/?focus=nicolas-maduro&ask=backers`);
    await settled(page);
    const sentence = (await page.getByTestId('summary').textContent()) ?? '';
    expect(sentence).toMatch(/back.* Maduro/);
    const before = await graph(page);
    const backer = before.nodes.find((id) => id === 'russia') ?? before.nodes.find((id) => id !== 'nicolas-maduro') ?? '';
    const at = await nodeOnPage(page, backer);
    await page.mouse.dblclick(at.x, at.y);
    await page.waitForURL(new RegExp(`expanded=${backer}`));
    await settled(page);
    const url = new URL(page.url());
    expect(url.searchParams.get('ask')).toBe('backers');
    const after = await graph(page);
    // Everything of the answer is still there, and the backer's own neighbours are added.
    expect(after.nodes).toEqual(expect.arrayContaining(before.nodes));
    expect(after.edges.map((e) => e.key)).toEqual(expect.arrayContaining(before.edges.map((e) => e.key)));
    const neighbours = new Set(dataset.stances.flatMap((s) => (s.from === backer ? [s.to] : s.to === backer ? [s.from] : [])));
    expect(after.nodes.length).toBeGreaterThan(before.nodes.length);
    for (const id of neighbours) expect(after.nodes).toContain(id);
    const kept = (await page.getByTestId('summary').textContent()) ?? '';
    expect(kept.startsWith(sentence)).toBe(true);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await page.waitForURL((u) => !u.search.includes('expanded='));
    await settled(page);
    expect(new URL(page.url()).searchParams.get('ask')).toBe('backers');
    expect(new Set((await graph(page)).nodes)).toEqual(new Set(before.nodes));
    await expect(page.getByTestId('summary').textContent()).resolves.toBe(sentence);
  });
  it('answers how Russia and the United States are connected with every chain of up to N stances, N chosen in the page', async () => {
    await page.goto(`${baseUrl()}/?focus=russia,united-states&ask=paths`);
    await settled(page);
    const three = allChains(dataset, 'russia', 'united-states', 3);
    expect(three.length).toBeGreaterThan(1);
    expect(await statedChains(page)).toBe(three.length);
    // Grouped by length and sign, shortest first, the counts adding up to the sentence's.
    const groups = page.getByTestId('chain-group');
    const counts = await groups.evaluateAll((els) => els.map((el) => ({ length: Number(el.getAttribute('data-length')), sign: Number(el.getAttribute('data-sign')), count: Number(el.getAttribute('data-count')) })));
    expect(counts.map((g) => g.length)).toEqual([...counts.map((g) => g.length)].sort((a, b) => a - b));
    expect(counts.reduce((sum, g) => sum + g.count, 0)).toBe(three.length);
    const sign = (chain: typeof three[number]) => chain.reduce<number>((product, s) => product * s.polarity, 1) + 0;
    for (const g of counts) expect(g.count).toBe(three.filter((c) => c.length === g.length && sign(c) === g.sign).length);
    const edgesAtThree = (await graph(page)).edges.length;

    await page.getByTestId('chain-steps').selectOption('2');
    await page.waitForURL(/steps=2/);
    await settled(page);
    const two = allChains(dataset, 'russia', 'united-states', 2).length;
    expect(await statedChains(page)).toBe(two);
    expect(two).toBeLessThan(three.length);
    await page.getByTestId('chain-steps').selectOption('4');
    await page.waitForURL(/steps=4/);
    await settled(page);
    expect(await statedChains(page)).toBe(allChains(dataset, 'russia', 'united-states', 4).length);
    // The longer chains are drawn too.
    expect((await graph(page)).edges.length).toBeGreaterThan(edgesAtThree);
  });

  it('opens a chain’s stance, with its evidence, in one click', async () => {
    // The chains of up to 4 stances between Russia and the United States, as the test before leaves them.
    await page.goto(`${baseUrl()}/?focus=russia,united-states&ask=paths&steps=4`);
    await settled(page);
    await page.getByTestId('chain-group').first().waitFor();
    const chain = page.getByTestId('chain-group').first().getByTestId('chain').first();
    await chain.getByRole('button').first().click();
    await page.waitForURL(/sel=e%3A/);
    const selected = new URL(page.url()).searchParams.get('sel')?.slice(2) ?? '';
    const stance = dataset.stances.find((s) => stanceId(s) === selected);
    expect(stance).toBeDefined();
    // The details panel shows the stance's quote.
    const quote = stance?.evidence[0] && 'quote' in stance.evidence[0] ? String(stance.evidence[0].quote) : '';
    expect(quote.length).toBeGreaterThan(0);
    // The panel fills in after the URL changes, so wait for the quote rather than sampling once.
    await page.getByText(quote.slice(0, 40), { exact: false }).first().waitFor({ state: 'visible' });
  });
});
