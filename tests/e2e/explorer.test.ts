/**
 * The explorer in real Chromium against the app on the seeded test Neo4j: search and focus,
 * "who backs", an edge's evidence, a polarity filter, the view surviving a reload, and the plain
 * message when Neo4j cannot be reached (a second app pointed at a closed port). Expected values
 * come from the seed data set, not from copies written here.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { baseUrl, setUpBrowser } from '@/tests/e2e/browser';
import { graph, settled } from '@/tests/e2e/explorerPage';
import { freePort } from '@/scripts/neo4j-local';
import { readDataset } from '@/graph/import/readDataset';
import { stanceId } from '@/graph/model/schema';

const dataset = readDataset();
const root = path.resolve(__dirname, '..', '..');

describe('explorer page', () => {
  const { newPage } = setUpBrowser();
  let page: Page;

  // A fresh page per test: each opens the view it starts from, so it passes run alone.
  beforeEach(async () => {
    page = await newPage();
  });
  /** Opens `search` (the view an earlier step of the story would have left) and waits for it. */
  async function openAt(search: string): Promise<void> {
    await page.goto(`${baseUrl()}/${search}`);
    await settled(page);
  }

  const maduro = dataset.actors.find((a) => a.id === 'nicolas-maduro');
  const backersOfMaduro = dataset.stances.filter((s) => s.to === 'nicolas-maduro' && s.polarity === 1).map((s) => s.from);
  const russiaBacksMaduro = dataset.stances.find((s) => s.from === 'russia' && s.to === 'nicolas-maduro' && s.polarity === 1);

  it('searches "Maduro" and focuses him', async () => {
    await page.goto(baseUrl());
    await settled(page);
    await page.getByTestId('actor-search').fill('Maduro');
    await page.getByRole('option', { name: new RegExp(maduro?.name ?? 'Maduro') }).click();
    await page.waitForURL(/focus=nicolas-maduro/);
    await settled(page);
    await expect(page.getByTestId('details-panel').locator('h2').textContent()).resolves.toBe(maduro?.name);
    const { nodes } = await graph(page);
    expect(nodes).toContain('nicolas-maduro');
  });

  it('asks who backs him and shows Russia, China, Turkey and the armed forces with a summary', async () => {
    await openAt('?focus=nicolas-maduro');
    await page.getByRole('button', { name: `Who backs ${maduro?.name}?` }).click();
    await page.waitForURL(/ask=backers/);
    await settled(page);
    const { nodes, edges } = await graph(page);
    for (const id of ['russia', 'china', 'turkey', 'venezuela-armed-forces']) expect(nodes).toContain(id);
    expect(new Set(nodes)).toEqual(new Set(['nicolas-maduro', ...backersOfMaduro]));
    expect(edges.every((e) => e.polarity === 1 && e.target === 'nicolas-maduro')).toBe(true);
    const summary = await page.getByTestId('summary').textContent();
    expect(summary).toMatch(new RegExp(`^${new Set(backersOfMaduro).size} actors back ${maduro?.name}: `));
    for (const name of ['Russia', 'China', 'Turkey', 'Bolivarian National Armed Forces']) expect(summary).toContain(name);
  });

  it('clicks the Russia→Maduro edge on the canvas and shows its quotes and sources', async () => {
    if (!russiaBacksMaduro) throw new Error('the seed data lost russia SUPPORTS nicolas-maduro');
    await openAt('?focus=nicolas-maduro&ask=backers');
    const point = await page.evaluate((key) => {
      const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
      const edge = cy.edges().filter((e) => (e.data('properties') as { id?: string }).id === key);
      const box = document.querySelector('[data-testid=graph-canvas]')?.getBoundingClientRect();
      const mid = edge.renderedMidpoint();
      return { x: (box?.x ?? 0) + mid.x, y: (box?.y ?? 0) + mid.y };
    }, stanceId(russiaBacksMaduro));
    await page.mouse.click(point.x, point.y);
    await page.waitForURL(/sel=e%3Arussia--supports--nicolas-maduro/);
    const panel = page.getByTestId('details-panel');
    // The panel re-renders just after the URL changes: wait for it, then check it exactly.
    await panel.locator('h2', { hasText: 'Russia supports' }).waitFor();
    // On a fresh page the stance's evidence is fetched only now: wait until it has arrived.
    await settled(page);
    await expect(panel.locator('h2').textContent()).resolves.toBe(`Russia supports ${maduro?.name}`);
    const text = (await panel.textContent()) ?? '';
    for (const evidence of russiaBacksMaduro.evidence) {
      const source = dataset.sources.find((s) => s.id === evidence.source);
      expect(text).toContain(evidence.quote);
      expect(text).toContain(`Published by ${source?.publisher}: ${source?.title}, ${source?.date}`);
    }
    expect(text).toContain(russiaBacksMaduro.certainty);
  });

  it('applies a polarity filter and shows only matching stances', async () => {
    await openAt('?focus=nicolas-maduro&ask=backers');
    await page.getByRole('button', { name: `Who backs ${maduro?.name}?` }).click(); // toggles the question off
    await page.waitForURL((url) => !url.search.includes('ask='));
    await settled(page);
    const filter = page.getByTestId('filter-polarity');
    // The boxes follow the URL (they are controlled by the view state), so a click flips a box
    // once the navigation it starts lands: click, wait for the URL and the loaded view, then check.
    await filter.getByLabel('+ backs').click();
    await page.waitForURL(/polarity=-1%2C0|polarity=-1,0/);
    await settled(page);
    await filter.getByLabel('○ neutral').click();
    await page.waitForURL(/polarity=-1(&|$)/);
    await settled(page);
    expect(await filter.getByLabel('+ backs').isChecked()).toBe(false);
    expect(await filter.getByLabel('○ neutral').isChecked()).toBe(false);
    expect(await filter.getByLabel('− opposes').isChecked()).toBe(true);
    const { edges } = await graph(page);
    const expected = dataset.stances.filter((s) => s.polarity === -1 && (s.from === 'nicolas-maduro' || s.to === 'nicolas-maduro'));
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every((e) => e.polarity === -1)).toBe(true);
    for (const stance of expected) expect(edges.map((e) => e.key)).toContain(stanceId(stance));
  });

  it('reloads to the same view', async () => {
    await openAt('?focus=nicolas-maduro&polarity=-1');
    await page.getByLabel('Layout').selectOption('camps');
    await page.waitForURL(/layout=camps/);
    await settled(page);
    const before = { url: page.url(), graph: await graph(page) };
    await page.reload();
    await settled(page);
    const after = await graph(page);
    expect(page.url()).toBe(before.url);
    expect(new Set(after.edges.map((e) => e.key))).toEqual(new Set(before.graph.edges.map((e) => e.key)));
    await expect(page.getByTestId('filter-polarity').getByLabel('+ backs').isChecked()).resolves.toBe(false);
    await expect(page.getByTestId('filter-polarity').getByLabel('− opposes').isChecked()).resolves.toBe(true);
    await expect(page.getByTestId('layout-select').inputValue()).resolves.toBe('camps');
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('layout=camps'));
  });

  describe('when Neo4j cannot be reached', () => {
    let app: ChildProcess | undefined;
    afterAll(() => {
      app?.kill('SIGTERM');
    });

    it('says so plainly, with no stack trace', async () => {
      const closedPort = await freePort();
      const port = await freePort();
      // A second server from the same build, pointed at a port where nothing listens.
      app = spawn(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
        cwd: root,
        env: { ...process.env, NODE_ENV: 'production', NEO4J_URI: `bolt://127.0.0.1:${closedPort}` },
        stdio: 'ignore',
      });
      const url = `http://127.0.0.1:${port}/`;
      const deadline = Date.now() + 60_000;
      for (;;) {
        const up = await fetch(url).then(
          (r) => r.ok,
          () => false,
        );
        if (up) break;
        if (Date.now() > deadline) throw new Error('the second app did not start');
        await new Promise((r) => setTimeout(r, 300));
      }
      const down = await newPage();
      await down.goto(url);
      const alert = down.getByTestId('error');
      await alert.waitFor({ timeout: 30_000 });
      const text = (await alert.textContent()) ?? '';
      expect(text).toContain('The graph database (Neo4j) is not reachable right now.');
      expect(text).not.toMatch(/\bat \S+ \(|Error:|ECONNREFUSED|bolt:\/\//);
    });
  });
});
