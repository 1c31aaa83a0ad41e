/**
 * Keyboard and assistive technology (issue #15.7, and "Also"): axe-core finds no serious or
 * critical violation on `/`, `/query`, `/s/<id>` and `/snapshots`; the Cypher editor has an
 * accessible name, Escape closes its completion popup and running a query closes it too; Enter in
 * the explorer's search box picks the best match before any suggestion has appeared; the
 * console's empty-editor text reads as a hint; `/favicon.ico` is served.
 */
import type { Page } from 'playwright-core';
import { closeDriver } from '@/graph/db/driver';
import { seriousViolations, type Violation } from '@/tests/e2e/axe';
import { baseUrl, setUpBrowser } from '@/tests/e2e/browser';
import { settled } from '@/tests/e2e/explorerPage';
import { stateToSearch } from '@/components/console/consoleState';

const { newPage } = setUpBrowser();
let page: Page;

afterAll(() => closeDriver());
beforeEach(async () => {
  page = await newPage({ viewport: { width: 1400, height: 950 } });
});

async function createSnapshot(): Promise<string> {
  const graph = (await (await fetch(`${baseUrl()}/api/graph?focus=juan-guaido&depth=1`)).json()) as { elements: { nodes: { data: { id: string } }[]; edges: unknown[] } };
  const nodes = graph.elements.nodes.map((n, i) => ({ ...n, position: { x: (i % 6) * 140, y: Math.floor(i / 6) * 110 } }));
  const response = await fetch(`${baseUrl()}/api/snapshots`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      title: 'Who backs Juan Guaidó?',
      note: 'Checked with axe.',
      origin: { kind: 'explorer', view: { focus: 'juan-guaido', ask: 'backers' } },
      elements: { nodes, edges: graph.elements.edges },
      viewport: { zoom: 0.8, pan: { x: 60, y: 60 } },
      answer: { question: 'Who backs Juan Guaidó?', sentence: 'Some actors back Juan Guaidó.' },
      layout: 'preset',
      selection: { group: 'nodes', id: nodes[0]!.data.id },
      styleVersion: 'e2e',
    }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { url: string }).url;
}

const editor = () => page.locator('[data-testid="cypher-editor"] .cm-content');
const completion = () => page.locator('.cm-tooltip-autocomplete');

async function openCompletion(): Promise<void> {
  await page.goto(`${baseUrl()}/query`);
  await page.locator('[data-testid="cypher-editor"][data-schema="loaded"]').waitFor({ timeout: 30_000 });
  await editor().click();
  await page.keyboard.type('MATCH (a:Actor)-[s:SUP');
  await completion().waitFor({ timeout: 10_000 });
}

describe('accessibility (axe-core) and the keyboard', () => {
  it('has no serious or critical axe-core violation on /, /query, /s/<id> and /snapshots', async () => {
    const snapshotUrl = await createSnapshot();
    const found: Record<string, Violation[]> = {};

    await page.goto(`${baseUrl()}/?focus=nicolas-maduro&ask=opponents`);
    await settled(page);
    found['/'] = await seriousViolations(page);

    await page.goto(`${baseUrl()}/query${stateToSearch({ query: 'MATCH (a:Actor)-[s:SUPPORTS]->(b) RETURN a, s, b LIMIT 10', params: {} }, { run: true })}`);
    await page.locator('[data-testid="result"]').waitFor({ timeout: 30_000 });
    found['/query'] = await seriousViolations(page);

    await page.goto(`${baseUrl()}${snapshotUrl}`);
    await page.waitForSelector('[data-testid="graph-canvas"][data-ready="true"]', { timeout: 30_000 });
    found['/s/<id>'] = await seriousViolations(page);

    await page.goto(`${baseUrl()}/snapshots`);
    await page.getByTestId('snapshot-list').waitFor();
    found['/snapshots'] = await seriousViolations(page);

    expect(found).toEqual({ '/': [], '/query': [], '/s/<id>': [], '/snapshots': [] });
  }, 180_000);

  it('names the Cypher editor for assistive technology', async () => {
    await page.goto(`${baseUrl()}/query`);
    await editor().waitFor({ timeout: 30_000 });
    expect(await editor().getAttribute('aria-label')).toBe('Cypher query');
    expect(await page.getByRole('textbox', { name: 'Cypher query' }).count()).toBe(1);
  });

  it('closes the completion popup with Escape, and when a query runs', async () => {
    await openCompletion();
    await page.keyboard.press('Escape');
    await completion().waitFor({ state: 'detached', timeout: 5_000 });
    // Escape closed only the popup: the text is untouched and the editor keeps the focus.
    expect(await editor().innerText()).toContain('[s:SUP');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('cm-content'))).toBe(true);

    await openCompletion();
    await page.keyboard.press('Control+Enter');
    await page.locator('[data-testid="result"]').waitFor({ timeout: 30_000 });
    await completion().waitFor({ state: 'detached', timeout: 5_000 });
  });

  it('shows a hint, not a query, in the empty Cypher editor', async () => {
    await page.goto(`${baseUrl()}/query`);
    const hint = page.locator('[data-testid="cypher-editor"] .cm-placeholder');
    await hint.waitFor({ timeout: 30_000 });
    expect(await hint.innerText()).toMatch(/^\/\/ Type a Cypher query/);
  });

  it('picks the best match on Enter before any suggestion has appeared', async () => {
    await page.goto(`${baseUrl()}/`);
    // Rendered once the page has hydrated: typing before that would reach no handler.
    await page.locator('[data-testid="canvas-area"]').waitFor({ timeout: 30_000 });
    // Hold the suggestions back until Enter has been pressed, so that Enter surely comes first.
    let enterPressed = () => {};
    const afterEnter = new Promise<void>((resolve) => (enterPressed = resolve));
    await page.route((url) => url.pathname === '/api/actors', async (route) => {
      await afterEnter;
      await route.continue();
    });
    const search = page.getByTestId('actor-search');
    await search.click();
    await page.keyboard.type('Maduro');
    // No suggestion yet (the search box's own list; the page may have native <option>s elsewhere).
    expect(await page.locator('li[role="option"]').count()).toBe(0);
    await page.keyboard.press('Enter');
    enterPressed();
    await page.waitForURL(/focus=nicolas-maduro(&|$)/, { timeout: 20_000 });
    expect(await search.inputValue()).toBe('');
  });

  it('serves a favicon', async () => {
    const ico = await fetch(`${baseUrl()}/favicon.ico`);
    expect(ico.status).toBe(200);
    const bytes = Buffer.from(await ico.arrayBuffer());
    expect([...bytes.subarray(0, 4)]).toEqual([0, 0, 1, 0]); // an ICO header: reserved 0, type 1 (icon)
    await page.goto(`${baseUrl()}/snapshots`);
    const icon = await page.locator('link[rel="icon"]').first().getAttribute('href');
    expect(icon).toBeTruthy();
    expect((await fetch(`${baseUrl()}${icon}`)).status).toBe(200);
  });
});
