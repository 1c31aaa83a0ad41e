/**
 * The timeline in real Chromium against the seeded app: the map as it stood on a day (stances not
 * in force hidden, nothing moved, no layout), the slider moved with the keyboard, play, and "what
 * changed between two dates" with a click that selects the stance. Expectations come from the
 * seed data set.
 */
import type { Page } from 'playwright-core';
import { baseUrl, setUpBrowser } from '@/tests/e2e/browser';
import { positions, settled, type Point } from '@/tests/e2e/explorerPage';
import { readDataset } from '@/graph/import/readDataset';
import { stanceId } from '@/graph/model/schema';

const dataset = readDataset();
const inForce = (s: { date: string; until?: string | undefined }, day: string) => s.date <= day && (s.until === undefined || s.until >= day);

/** Edges whose state on the canvas disagrees with `day`: hidden (class and display none) exactly when out of force. */
function wrongEdges(day: string): string[] {
  const cy = (window as unknown as { __cy?: import('cytoscape').Core }).__cy;
  if (!cy || cy.edges().empty()) return ['no edges yet'];
  return cy
    .edges()
    .filter((e) => {
      const date = e.data('date') as string | undefined;
      const until = e.data('until') as string | undefined;
      const out = date !== undefined && !(date <= day && (until === undefined || until >= day));
      return out !== (e.hasClass('out-of-time') && e.style('display') === 'none');
    })
    .map((e) => `${e.id()} ${String(e.data('date'))}..${String(e.data('until'))} class=${e.hasClass('out-of-time')} display=${String(e.style('display'))} opacity=${String(e.style('opacity'))}`);
}

/** Waits until the canvas shows `day` (fades finished); names the edges that disagree if it never does. */
async function showsDay(page: Page, day: string): Promise<void> {
  try {
    // As an expression, so the helper travels into the page with the call.
    await page.waitForFunction(`(${wrongEdges.toString()})(${JSON.stringify(day)}).length === 0`, undefined, { timeout: 20_000, polling: 200 });
  } catch (error) {
    throw new Error(`${String(error)}\n${(await page.evaluate(wrongEdges, day)).slice(0, 10).join('\n')}`);
  }
}

/** Stance keys of the edges hidden and shown on the canvas. */
async function edgeStates(page: Page): Promise<{ hidden: string[]; shown: string[] }> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
    const key = (e: import('cytoscape').EdgeSingular) => String((e.data('properties') as { id?: string }).id);
    return { hidden: cy.edges('.out-of-time').map(key), shown: cy.edges().not('.out-of-time').map(key) };
  });
}

const moved = (before: Record<string, Point>, after: Record<string, Point>) =>
  Object.keys(before).filter((k) => after[k] && (Math.abs(after[k].x - before[k]!.x) > 0.5 || Math.abs(after[k].y - before[k]!.y) > 0.5));

describe('timeline', () => {
  const { newPage } = setUpBrowser();

  /** A fresh page on the map as it stood on `day`, with the timeline open and the canvas showing that day. */
  async function onDay(day: string): Promise<Page> {
    const page = await newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${baseUrl()}/?analysis=1&at=${day}`);
    await settled(page);
    await page.locator('[data-testid=timeline-panel][data-status=ready]').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('timeline-date').textContent()).resolves.toBe(day);
    await showsDay(page, day);
    return page;
  }

  it('shows the network as it stood on 2019-01-25: stances not yet taken or already closed are hidden', async () => {
    const page = await onDay('2019-01-25');
    const { hidden, shown } = await edgeStates(page);
    const byKey = new Map(dataset.stances.map((s) => [stanceId(s), s]));
    expect(hidden.length).toBeGreaterThan(0);
    expect(shown.length).toBeGreaterThan(0);
    for (const key of hidden) expect(inForce(byKey.get(key)!, '2019-01-25')).toBe(false);
    for (const key of shown) if (byKey.has(key)) expect(inForce(byKey.get(key)!, '2019-01-25')).toBe(true);
  });

  it('moves the slider with the keyboard to a later day: more stances appear and no node moves', async () => {
    const page = await onDay('2019-01-25');
    const before = await positions(page);
    const hiddenBefore = (await edgeStates(page)).hidden.length;
    const slider = page.getByTestId('timeline-slider');
    await slider.focus();
    // On a CPU 20 times slower each key lands before the view has followed the one before: every
    // press must still count (the slider once snapped back to the address's day and lost them).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
    for (let i = 0; i < 15; i++) await slider.press('ArrowRight');
    await page.waitForURL(/at=2019-02-09(&|$)/, { timeout: 90_000 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    // The address changes first; the slider's date follows in the next render.
    await page.getByTestId('timeline-date').filter({ hasText: /^2019-02-09$/ }).waitFor();
    await showsDay(page, '2019-02-09');
    expect((await edgeStates(page)).hidden.length).toBeLessThan(hiddenBefore);
    expect(moved(before, await positions(page))).toEqual([]);
  }, 120_000);

  it('plays: the date advances to the next change dates by itself, and pauses', async () => {
    const page = await onDay('2019-02-09');
    await page.getByTestId('timeline-play').click();
    await page.waitForFunction(() => (document.querySelector('[data-testid=timeline-date]')?.textContent ?? '') > '2019-02-09', undefined, { timeout: 15_000 });
    await page.getByTestId('timeline-play').click();
    await expect(page.getByTestId('timeline-play').getAttribute('aria-pressed')).resolves.toBe('false');
    const day = (await page.getByTestId('timeline-date').textContent()) ?? '';
    expect(day > '2019-02-09').toBe(true);
    await showsDay(page, day);
  });

  it('compares 2019-01-25 with 2019-02-09: lists the stances that began, and a click selects one', async () => {
    const page = await onDay('2019-02-09');
    await page.getByTestId('compare-from').fill('2019-01-25');
    await page.getByTestId('compare-to').fill('2019-02-09');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.waitForURL(/cmp=2019-01-25\.\.2019-02-09/);
    const began = page.getByTestId('changes-began').locator('button[data-stance-id]');
    await began.first().waitFor({ timeout: 20_000 });
    const listed = await began.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-stance-id')));
    const expected = dataset.stances.filter((s) => inForce(s, '2019-02-09') && !inForce(s, '2019-01-25')).map(stanceId).sort();
    expect(listed).toEqual(expected);
    const first = expected[0]!;
    const stance = dataset.stances.find((s) => stanceId(s) === first)!;
    const actorName = dataset.actors.find((a) => a.id === stance.from)?.name ?? stance.from;
    await expect(began.first().textContent()).resolves.toContain(actorName);
    await began.first().click();
    await page.waitForURL(new RegExp(`sel=e(%3A|:)${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });
});
