/**
 * The Analysis panel in real Chromium on the Venezuela seed data: balance in words, two camps
 * with Maduro and Guaidó on opposite sides, a misfit tie that opens its evidence, colour by camp,
 * and the camps layout putting the computed camps on opposite sides.
 */
import type { Page } from 'playwright-core';
import { closeDriver } from '@/graph/db/driver';
import { readDataset } from '@/graph/import/readDataset';
import { stanceId } from '@/graph/model/schema';
import { baseUrl, setUpBrowser } from '@/tests/e2e/browser';
import { settled } from '@/tests/e2e/explorerPage';
import { CAMP_COLOURS } from '@/components/analysis/campColours';

const dataset = readDataset();
const nameOf = (id: string) => dataset.actors.find((a) => a.id === id)?.name ?? id;
const { newPage } = setUpBrowser();
let page: Page;

// A fresh page for each test: each opens the view it needs by its address.
beforeEach(async () => {
  page = await newPage({ viewport: { width: 1400, height: 900 } });
});
afterAll(() => closeDriver());

async function panelReady(): Promise<void> {
  await page.waitForSelector('[data-testid=analysis-panel][data-status=ready]', { timeout: 30_000 });
}

/** The camp number of each named actor, as the panel lists them. */
async function campsShown(): Promise<Map<string, number>> {
  const rows = await page.locator('[data-testid=analysis-camps] > li').evaluateAll((items) => items.map((li) => ({ camp: Number(li.getAttribute('data-camp')), text: li.textContent ?? '' })));
  const out = new Map<string, number>();
  for (const { camp, text } of rows) for (const name of text.replace(/^[^:]*:\s*/, '').split(', ')) out.set(name.trim(), camp);
  return out;
}

describe('the Analysis panel', () => {
  it('opens from the header and states the balance and two camps, Maduro and Guaidó apart', async () => {
    await page.goto(`${baseUrl()}/`);
    await settled(page);
    await page.getByTestId('analysis-toggle').click();
    await page.waitForURL(/analysis=1/);
    await panelReady();
    const balance = await page.getByTestId('analysis-balance').innerText();
    expect(balance).toMatch(/\d+% of triangles are balanced \(\d+ of \d+ triangles\)\./);
    expect(balance).toMatch(/keeps? the network from splitting cleanly into two camps|split cleanly into two camps/);
    const camps = await campsShown();
    expect(new Set(camps.values())).toEqual(new Set([0, 1]));
    const maduro = camps.get(nameOf('nicolas-maduro'));
    const guaido = camps.get(nameOf('juan-guaido'));
    expect(maduro).toBeDefined();
    expect(guaido).toBeDefined();
    expect(maduro).not.toBe(guaido);
    // The United States sides with Guaidó, Russia with Maduro.
    expect(camps.get(nameOf('united-states'))).toBe(guaido);
    expect(camps.get(nameOf('russia'))).toBe(maduro);
  });

  it('selects a tie from the lists on the map and shows its evidence', async () => {
    // The panel open, as the header's toggle opens it.
    await page.goto(`${baseUrl()}/?analysis=1`);
    await settled(page);
    await panelReady();
    const tie = page.getByTestId('analysis-tie').first();
    const stance = await tie.getAttribute('data-stance');
    expect(stance).toBeTruthy();
    await tie.click();
    await page.waitForURL((url) => url.searchParams.get('sel') === `e:${stance}`);
    await settled(page);
    const selected = await page.evaluate(() => (window as unknown as { __cy: import('cytoscape').Core }).__cy.$('edge:selected').map((e) => String((e.data('properties') as { id?: string }).id)));
    expect(selected).toEqual([stance]);
    const quotes = dataset.stances.find((s) => stanceId(s) === stance)?.evidence.map((e) => e.quote) ?? [];
    const panel = (await page.getByTestId('details-panel').innerText()).replace(/\s+/g, ' ');
    expect(quotes.length).toBeGreaterThan(0);
    expect(panel).toContain(quotes[0]!.replace(/\s+/g, ' '));
  });

  it('colours actors by camp, and the camps layout puts the two camps on opposite sides', async () => {
    await page.goto(`${baseUrl()}/?analysis=1`);
    await settled(page);
    await panelReady();
    // A controlled box: it shows ticked once the view it asks for has loaded.
    await page.getByTestId('colour-by-camp').click();
    await page.waitForURL(/colour=camp/);
    await settled(page);
    const camps = await campsShown();
    const colours = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
      return Object.fromEntries(cy.nodes().map((n) => [String(n.data('key')), String(n.style('background-color'))]));
    });
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')})`;
    expect(colours['nicolas-maduro']?.replace(/\s/g, '')).toBe(rgb(CAMP_COLOURS[camps.get(nameOf('nicolas-maduro'))!]!));
    expect(colours['juan-guaido']?.replace(/\s/g, '')).toBe(rgb(CAMP_COLOURS[camps.get(nameOf('juan-guaido'))!]!));

    await page.getByLabel('Layout').selectOption('camps');
    await page.waitForURL(/layout=camps/);
    await settled(page);
    const xs = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
      return Object.fromEntries(cy.nodes().map((n) => [String(n.data('key')), n.position().x]));
    });
    // Every member of one camp stands left of every member of the other.
    const side = (camp: number) => [...camps.entries()].filter(([, c]) => c === camp).map(([name]) => dataset.actors.find((a) => a.name === name)?.id).filter((id): id is string => Boolean(id && xs[id] !== undefined)).map((id) => xs[id]!);
    const [zero, one] = [side(0), side(1)];
    expect(zero.length).toBeGreaterThan(2);
    expect(one.length).toBeGreaterThan(2);
    expect(Math.max(...zero) < Math.min(...one) || Math.max(...one) < Math.min(...zero)).toBe(true);
  });

  it('draws the congruence network of actors who take the same side on the same topics as its own view', async () => {
    await page.goto(`${baseUrl()}/?analysis=1`);
    await settled(page);
    await panelReady();
    await page.getByTestId('analysis-network-select').selectOption('congruence');
    await page.waitForURL(/net=congruence/);
    await settled(page);
    expect(await page.getByTestId('summary').innerText()).toMatch(/^Congruence network: \d+ actors joined where they take the same side on the same topics/);
    const drawn = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
      return { nodes: cy.nodes().map((n) => String(n.data('key'))), labels: cy.edges().map((e) => String(e.data('label'))), topics: cy.edges().map((e) => (e.data('properties') as { topics: string[] }).topics) };
    });
    // Maduro and Mexico both back a peaceful solution in the seed data.
    expect(drawn.nodes).toEqual(expect.arrayContaining(['nicolas-maduro', 'mexico']));
    expect(drawn.labels.every((l) => /^agrees with \(\d+ topics?\)$/.test(l))).toBe(true);
    const peaceful = dataset.topics.find((t) => t.id === 'peaceful-solution')?.name;
    expect(drawn.topics.flat()).toContain(peaceful);
  });

  it('keeps the timeline day in a snapshot: only the stances in force then, and the day named', async () => {
    await page.goto(`${baseUrl()}/?analysis=1&at=2019-01-25`);
    await settled(page);
    await panelReady();
    // The timeline hides the stances not yet in force on that day (they fade, then display: none).
    await page.waitForFunction(() => {
      const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
      return cy.edges('.out-of-time').length > 0 && cy.edges('.out-of-time:visible').length === 0;
    }, undefined, { timeout: 15_000 });
    const visible = await page.evaluate(() => (window as unknown as { __cy: import('cytoscape').Core }).__cy.edges(':visible').length);
    const all = await page.evaluate(() => (window as unknown as { __cy: import('cytoscape').Core }).__cy.edges().length);
    expect(visible).toBeLessThan(all);
    await page.getByTestId('share-button').click();
    await page.getByTestId('share-title').fill('As of 25 January');
    await page.getByTestId('share-create').click();
    const link = await page.getByTestId('share-link').inputValue({ timeout: 15_000 });
    const viewer = await newPage({ viewport: { width: 1400, height: 900 } });
    await viewer.goto(link);
    await viewer.waitForSelector('[data-testid="graph-canvas"][data-ready="true"]', { timeout: 30_000 });
    expect(await viewer.evaluate(() => (window as unknown as { __cy: import('cytoscape').Core }).__cy.edges().length)).toBe(visible);
    expect(await viewer.locator('header').innerText()).toContain('the network as it stood on 2019-01-25');
    await page.getByTestId('share-dialog').getByRole('button', { name: 'Done' }).click();
  });
});
