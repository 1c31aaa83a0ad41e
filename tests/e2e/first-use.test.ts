/**
 * What a new user does first, with no warm-up interaction: open a view, wait for the first draw
 * and press Share (or Export) straight away; open a snapshot a script made without positions;
 * open the explorer on a database that holds no data set.
 */
import type { Page } from 'playwright-core';
import { closeDriver } from '@/graph/db/driver';
import { baseUrl, setUpBrowser } from '@/tests/e2e/browser';
import { settled } from '@/tests/e2e/explorerPage';

const { newPage } = setUpBrowser();

afterAll(() => closeDriver());

async function shareRightAway(page: Page, title: string): Promise<string> {
  const share = page.getByTestId('share-button');
  expect(await share.isEnabled()).toBe(true);
  await share.click();
  await page.getByTestId('share-title').fill(title);
  await page.getByTestId('share-create').click();
  return page.getByTestId('share-link').inputValue({ timeout: 15_000 });
}

describe('first use', () => {
  it.each([
    ['/?focus=nicolas-maduro', 'Maduro right after loading'],
    ['/', 'The whole graph right after loading'],
  ])('shares %s straight after the first draw, with no other interaction', async (path, title) => {
    const page = await newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${baseUrl()}${path}`);
    await settled(page);
    const drawn = await page.evaluate(() => (window as unknown as { __cy: import('cytoscape').Core }).__cy.nodes().length);
    expect(drawn).toBeGreaterThan(1);
    expect(await page.locator('[data-testid=export-menu] summary').getAttribute('aria-disabled')).toBe('false');
    const link = await shareRightAway(page, title);
    expect(link).toMatch(/\/s\/[A-Za-z0-9_-]{22,}$/);
    const viewer = await newPage({ viewport: { width: 1400, height: 900 } });
    await viewer.goto(link);
    await viewer.waitForSelector('[data-testid="graph-canvas"][data-ready="true"]', { timeout: 30_000 });
    expect(await viewer.evaluate(() => (window as unknown as { __cy: import('cytoscape').Core }).__cy.nodes().length)).toBe(drawn);
    await viewer.close();
    await page.close();
  });

  it('asks the server for each of its first view’s answers once', async () => {
    const page = await newPage({ viewport: { width: 1400, height: 900 } });
    const asked = new Map<string, number>();
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/api/')) asked.set(pathname, (asked.get(pathname) ?? 0) + 1);
    });
    await page.goto(`${baseUrl()}/`);
    await settled(page);
    await page.waitForSelector('[data-testid=coverage][data-status=ready]');
    // The coverage line reads the data set listing the page holds rather than asking for it again.
    expect(asked.get('/api/datasets')).toBe(1);
    expect(asked.get('/api/sources')).toBe(1);
    expect(asked.get('/api/graph')).toBe(1);
    await page.close();
  });

  it('opens a snapshot made by a script without positions laid out and fitted, not piled in a corner', async () => {
    // Six stored nodes and the stances among them, without positions (a snapshot holds stored data only).
    const graph = (await (await fetch(`${baseUrl()}/api/graph?focus=juan-guaido&depth=1`)).json()) as { elements: { nodes: { data: { id: string } }[]; edges: { data: { source: string; target: string } }[] } };
    const nodes = graph.elements.nodes.slice(0, 6);
    const shown = new Set(nodes.map((n) => n.data.id));
    const elements = { nodes, edges: graph.elements.edges.filter((e) => shown.has(e.data.source) && shown.has(e.data.target)) };
    const response = await fetch(`${baseUrl()}/api/snapshots`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: baseUrl() },
      body: JSON.stringify({
        title: 'From a script',
        origin: { kind: 'console', query: 'MATCH (n) RETURN n' },
        elements,
        viewport: { zoom: 1, pan: { x: 0, y: 0 } },
        layout: 'circle',
        styleVersion: 'script',
      }),
    });
    expect(response.status).toBe(201);
    const { url } = (await response.json()) as { url: string };
    const page = await newPage({ viewport: { width: 1200, height: 800 } });
    await page.goto(`${baseUrl()}${url}`);
    await page.waitForSelector('[data-testid="graph-canvas"][data-ready="true"]', { timeout: 30_000 });
    const placed = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
      return { width: cy.width(), height: cy.height(), points: cy.nodes().map((n) => n.renderedPosition()) };
    });
    expect(placed.points).toHaveLength(6);
    // Every node inside the canvas, and no two at the same place.
    for (const p of placed.points) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.y).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(placed.width);
      expect(p.y).toBeLessThan(placed.height);
    }
    for (let i = 0; i < placed.points.length; i++) {
      for (let j = i + 1; j < placed.points.length; j++) {
        expect(Math.hypot(placed.points[i]!.x - placed.points[j]!.x, placed.points[i]!.y - placed.points[j]!.y)).toBeGreaterThan(20);
      }
    }
    // Fitted: the drawing spans a good part of the canvas rather than a corner of it.
    const xs = placed.points.map((p) => p.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(placed.width / 4);
    await page.close();
  });

  it('says how to load a data set when the database holds none, and links to the console', async () => {
    const page = await newPage({ viewport: { width: 1400, height: 900 } });
    // The answer of an empty database (tests/integration/api-health and seedPolicy check the real one):
    // /api/graph on a graph without actors answers no elements.
    await page.route('**/api/graph?*', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ elements: { nodes: [], edges: [] }, total: { nodes: 0, edges: 0 }, truncated: false }) }),
    );
    await page.goto(`${baseUrl()}/`);
    const empty = page.getByTestId('empty');
    await empty.waitFor({ timeout: 30_000 });
    expect(await empty.getAttribute('data-reason')).toBe('no-data');
    expect(await empty.innerText()).toContain('npm run seed');
    await empty.getByRole('link', { name: 'Cypher console' }).click();
    await page.waitForURL(/\/query$/);
    await page.close();
  });
});
