/**
 * Evidence on demand in real Chromium (issue #16): the graph answer the page draws carries no
 * quotes, yet everything a reader could read before is there: the stance list's sentences name
 * who reports each stance, the details panel shows every quote (fetched once, then cached), the
 * evidence table export holds every quote in view, a failed fetch says so and can be retried, and
 * a snapshot freezes the evidence so its page never asks the live data. Expected values come from
 * the seed data.
 */
import fs from 'node:fs';
import type { Page, Request } from 'playwright-core';
import { baseUrl, setUpBrowser } from '@/tests/e2e/browser';
import { settled } from '@/tests/e2e/explorerPage';
import { readDataset } from '@/graph/import/readDataset';
import { stanceId } from '@/graph/model/schema';

const dataset = readDataset();
const nameOf = (id: string) => [...dataset.actors, ...dataset.topics].find((a) => a.id === id)?.name ?? id;
const claimed = dataset.stances.find((s) => s.from === 'cuban-advisers' && s.kind === 'SUPPORTS' && s.to === 'nicolas-maduro');
if (!claimed) throw new Error('the seed data lost cuban-advisers SUPPORTS nicolas-maduro');
const aroundMaduro = dataset.stances.filter((s) => s.from === 'nicolas-maduro' || s.to === 'nicolas-maduro');

/** The evidence requests a page sends, and the ids each asks for. */
function evidenceRequests(page: Page): string[][] {
  const asked: string[][] = [];
  page.on('request', (request: Request) => {
    const url = new URL(request.url());
    if (url.pathname === '/api/stances') asked.push(url.searchParams.get('ids')?.split(',') ?? []);
  });
  return asked;
}

describe('evidence on demand', () => {
  const { newPage } = setUpBrowser();

  it('draws from an answer without quotes; the list, the panel and the CSV export still show every quote and who reports it', async () => {
    const page = await newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    const asked = evidenceRequests(page);
    const answer = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/graph');
    await page.goto(`${baseUrl()}/?focus=nicolas-maduro`);
    const body = await (await answer).text();
    await settled(page);
    expect(body).not.toContain('"quotes"');
    expect(body).not.toContain('"evidence"');
    for (const stance of aroundMaduro) for (const e of stance.evidence) if (e.quote) expect(body).not.toContain(JSON.stringify(e.quote).slice(1, -1));
    // Closed, the stance list asks for nothing: the first drawing has the machine to itself.
    expect(asked).toEqual([]);

    // The first click after load: open the stance list. Only then does it ask, in batches, for the
    // evidence of the stances it lists (its sentences name who reports each): only stances drawn.
    const list = page.getByTestId('stance-list');
    await list.locator('summary').click();
    const sentence = new RegExp(`According to .+, ${nameOf('cuban-advisers')} supports ${nameOf('nicolas-maduro')} \\(claimed\\)`);
    // The list opens (toggle) before it asks, so "ready" alone could still be the closed list's.
    await list.locator('button', { hasText: sentence }).first().waitFor();
    await page.waitForSelector('[data-testid=stance-list][data-evidence-status=ready]');
    const drawnIds = await page.evaluate(() => (window as unknown as { __cy: import('cytoscape').Core }).__cy.edges().map((e) => e.id()));
    expect(asked.length).toBeGreaterThan(0);
    for (const ids of asked) expect(ids.length).toBeLessThanOrEqual(200);
    expect(asked.flat().filter((id) => !drawnIds.includes(id))).toEqual([]);
    expect(new Set(asked.flat())).toEqual(new Set(drawnIds));
    const texts = await list.locator('button').allTextContents();
    expect(texts.some((t) => sentence.test(t))).toBe(true);

    // Opening a listed stance asks nothing more: its evidence came with the list.
    const requestsBefore = asked.length;
    await list.locator('button', { hasText: sentence }).first().click();
    const panel = page.getByTestId('details-panel');
    await page.waitForSelector('[data-testid=details-panel] [data-testid=evidence]');
    await expect(panel.locator('blockquote').allTextContents()).resolves.toEqual(claimed.evidence.map((e) => `“${e.quote}”`));
    await expect(panel.getByTestId('evidence-heading').textContent()).resolves.toBe(`Evidence (${claimed.evidence.length})`);
    expect(asked.length).toBe(requestsBefore);

    // The evidence table holds every quote of the stances in view.
    await page.getByTestId('export-menu').locator('summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-format="csv"]').click()]);
    const csv = fs.readFileSync((await download.path()) ?? '', 'utf8');
    const drawn = await page.evaluate(() => (window as unknown as { __cy: import('cytoscape').Core }).__cy.edges().map((e) => String(e.data('properties')?.id ?? '')));
    const quotes = aroundMaduro.filter((s) => drawn.includes(stanceId(s))).flatMap((s) => s.evidence.map((e) => e.quote ?? ''));
    expect(quotes.length).toBeGreaterThan(5);
    for (const quote of quotes) expect(csv).toContain(quote.replace(/"/g, '""'));
  });

  it('says plainly when the evidence cannot be fetched, and Try again fetches it', async () => {
    const page = await newPage({ viewport: { width: 1440, height: 900 } });
    await page.route('**/api/stances?**', (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'Neo4jUnavailable', message: 'The graph database is not reachable right now.' } }) }),
    );
    await page.goto(`${baseUrl()}/?focus=nicolas-maduro&sel=e:${stanceId(claimed)}`);
    await settled(page);
    const panel = page.getByTestId('details-panel');
    await expect(panel.getByTestId('evidence-error').textContent()).resolves.toContain('The graph database is not reachable right now.');
    // The sentence says no more than the view knows: no publisher without the evidence.
    await expect(panel.locator('h2').textContent()).resolves.toBe(`Reportedly, ${nameOf('cuban-advisers')} supports ${nameOf('nicolas-maduro')} (claimed)`);
    await page.unroute('**/api/stances?**');
    await panel.getByRole('button', { name: 'Try again' }).click();
    await page.waitForSelector('[data-testid=details-panel] [data-evidence-status=ready] blockquote');
    await expect(panel.locator('blockquote').count()).resolves.toBe(claimed.evidence.length);
    await expect(panel.locator('h2').textContent()).resolves.toMatch(/^According to /);
    await page.close();
  });

  it('freezes the evidence in a snapshot: its page shows every quote without asking the live data', async () => {
    const page = await newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${baseUrl()}/?focus=nicolas-maduro&sel=e:${stanceId(claimed)}`);
    await settled(page);
    await page.getByTestId('share-button').click();
    await page.getByTestId('share-title').fill('Evidence frozen');
    await page.getByTestId('share-create').click();
    const link = await page.getByTestId('share-link').inputValue({ timeout: 15_000 });
    const viewer = await newPage({ viewport: { width: 1440, height: 900 } });
    const asked = evidenceRequests(viewer);
    await viewer.goto(link);
    const panel = viewer.getByTestId('details-panel');
    await viewer.waitForSelector('[data-testid=details-panel] blockquote', { timeout: 30_000 });
    await expect(panel.locator('blockquote').allTextContents()).resolves.toEqual(claimed.evidence.map((e) => `“${e.quote}”`));
    await expect(panel.locator('h2').textContent()).resolves.toMatch(/^According to /);
    expect(asked).toEqual([]);
    await viewer.close();
    await page.close();
  });
});
