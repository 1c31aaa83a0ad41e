/**
 * A snapshot keeps the answer (issue #15.5): share "Who opposes Nicolás Maduro?" from the
 * explorer and open the link in a fresh browser: the question and its sentence are there as
 * they read, the stance list is in the same order, and the view opens fitted and centred in the
 * snapshot page's own canvas (every node inside it). The share dialog explains the delete code in
 * plain words.
 */
import type { Page } from 'playwright-core';
import { closeDriver } from '@/graph/db/driver';
import { baseUrl, setUpBrowser } from '@/tests/e2e/browser';
import { settled } from '@/tests/e2e/explorerPage';

const { newPage } = setUpBrowser();

afterAll(() => closeDriver());

/** The stance list's entries, in the order it lists them (read from the DOM, whether the list is open or not). */
function stanceListTexts(page: Page): Promise<string[]> {
  return page.locator('[data-testid="stance-list"] li').evaluateAll((items) => items.map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

interface Placement {
  width: number;
  height: number;
  /** Node bodies outside the canvas, by name. */
  outside: string[];
  /** Everything drawn (labels included): its margins to the canvas's edges. */
  margins: { left: number; right: number; top: number; bottom: number };
}

function placement(page: Page): Promise<Placement> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
    const width = cy.width();
    const height = cy.height();
    const outside = cy
      .nodes()
      .filter((n) => {
        const b = n.renderedBoundingBox({ includeLabels: false });
        return b.x1 < 0 || b.y1 < 0 || b.x2 > width || b.y2 > height;
      })
      .map((n) => String(n.data('label')));
    const all = cy.elements().renderedBoundingBox();
    return { width, height, outside, margins: { left: all.x1, right: width - all.x2, top: all.y1, bottom: height - all.y2 } };
  });
}

describe('a snapshot keeps the answer', () => {
  it('freezes the question, its sentence, the stance order and a fitted, centred view', async () => {
    const page = await newPage({ viewport: { width: 1400, height: 950 } });
    await page.goto(`${baseUrl()}/?focus=nicolas-maduro&ask=opponents`);
    await settled(page);
    const sentence = (await page.getByTestId('summary').innerText()).trim();
    expect(sentence).toMatch(/oppose Nicolás Maduro/);
    // Open, the live list fetches who reports each stance; the snapshot froze the same evidence.
    await page.getByTestId('stance-list').locator('summary').click();
    await page.getByTestId('stance-list').locator('button', { hasText: /According to / }).first().waitFor();
    await page.waitForSelector('[data-testid=stance-list][data-evidence-status=ready]');
    const listed = await stanceListTexts(page);
    expect(listed.length).toBeGreaterThan(3);

    await page.getByTestId('share-button').click();
    // The suggested title is the question, which says no more than the view does.
    expect(await page.getByTestId('share-title').inputValue()).toBe('Who opposes Nicolás Maduro?');
    await page.getByTestId('share-create').click();
    const link = await page.getByTestId('share-link').inputValue({ timeout: 15_000 });
    const dialog = await page.getByTestId('share-dialog').innerText();
    expect(dialog).toContain('Keep this code to delete the snapshot later');
    expect(dialog).not.toMatch(/DELETE|\/api\//);
    expect((await page.getByTestId('share-token').innerText()).trim().length).toBeGreaterThanOrEqual(40);
    await page.close();

    const viewer = await newPage({ viewport: { width: 1400, height: 950 } });
    expect((await viewer.goto(link))?.status()).toBe(200);
    await viewer.waitForSelector('[data-testid="graph-canvas"][data-ready="true"]:not([data-nodes="0"])', { timeout: 30_000 });
    await viewer.waitForFunction(() => Boolean((window as unknown as { __cy?: unknown }).__cy));
    // The server-rendered page already says what the view answered (link previews read it too).
    expect(await viewer.getByTestId('snapshot-answer').getByRole('heading').innerText()).toBe('Who opposes Nicolás Maduro?');
    expect((await viewer.getByTestId('snapshot-sentence').innerText()).trim()).toBe(sentence);
    expect(await viewer.locator('meta[name="description"]').getAttribute('content')).toContain(sentence.slice(0, 60));
    expect(await stanceListTexts(viewer)).toEqual(listed);

    const shown = await placement(viewer);
    expect(shown.outside).toEqual([]);
    // Centred: the margins either side differ by little (the frame is fitted, not pinned to a corner).
    expect(Math.abs(shown.margins.left - shown.margins.right)).toBeLessThan(40);
    expect(Math.abs(shown.margins.top - shown.margins.bottom)).toBeLessThan(40);
    // Fitted: the drawing fills the canvas in at least one direction, so it is not drawn small either.
    expect(Math.max((shown.width - shown.margins.left - shown.margins.right) / shown.width, (shown.height - shown.margins.top - shown.margins.bottom) / shown.height)).toBeGreaterThan(0.7);
  });
});
