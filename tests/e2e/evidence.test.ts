/**
 * The evidence panel in real Chromium (issue #15 items 2, 4, 6 and 7; #12's evidence panel):
 * sentences that never say more than the evidence, the publisher beside every quote, the link to
 * the source, a quote shown in its paragraph, what the data covers, counts that say what they
 * count, and focus moving to a stance's evidence on Enter and back. Expected values come from the
 * seed data. The test gives one source a link and a stored text for its run and takes them back.
 */
import type { Page } from 'playwright-core';
import { baseUrl, setUpBrowser } from '@/tests/e2e/browser';
import { settled } from '@/tests/e2e/explorerPage';
import { closeDriver, transactions } from '@/graph/db/driver';
import { readDataset } from '@/graph/import/readDataset';
import { stanceId } from '@/graph/model/schema';
import { longDate } from '@/components/explorer/coverageText';

const { read, write } = transactions('test');

const dataset = readDataset();
const nameOf = (id: string) => [...dataset.actors, ...dataset.topics].find((a) => a.id === id)?.name ?? id;
const sourceOf = (id: string) => dataset.sources.find((s) => s.id === id);
const find = (from: string, kind: string, to: string) => {
  const stance = dataset.stances.find((s) => s.from === from && s.kind === kind && s.to === to);
  if (!stance) throw new Error(`the seed data lost ${from} ${kind} ${to}`);
  return stance;
};

const LINK = 'https://example.org/e2e/venezuela-opposition-speaking-to-army';
const russiaBacksMaduro = find('russia', 'SUPPORTS', 'nicolas-maduro');
const bbc = russiaBacksMaduro.evidence.find((e) => e.source.startsWith('bbc-'));
if (!bbc?.quote) throw new Error('the seed data lost a BBC quote for russia SUPPORTS nicolas-maduro');
/** A stored text for the BBC source: the quote inside a paragraph of its own, between others. */
const PARAGRAPH = `Before the quote, words of the same paragraph: ${bbc.quote} And words after it.`;
const TEXT = `Venezuela opposition speaking to army\n\nAn earlier paragraph.\n${PARAGRAPH}\nA later paragraph.`;

describe('evidence panel', () => {
  const { newPage } = setUpBrowser();
  let page: Page;
  let saved: { starts: unknown; ends: unknown } | undefined;

  beforeAll(async () => {
    const id = stanceId(russiaBacksMaduro);
    saved = await read(async (tx) => {
      const record = (await tx.run('MATCH ()-[r {id: $id}]->() RETURN r.quoteStarts AS starts, r.quoteEnds AS ends', { id })).records[0];
      return { starts: record?.get('starts') ?? null, ends: record?.get('ends') ?? null };
    });
    const starts = russiaBacksMaduro.evidence.map((e) => (e === bbc ? TEXT.indexOf(bbc.quote ?? '') : -1));
    const ends = russiaBacksMaduro.evidence.map((e, i) => (e === bbc ? (starts[i] ?? 0) + (bbc.quote?.length ?? 0) : -1));
    await write(async (tx) => {
      await tx.run('MATCH (s:Source {id: $source}) SET s.url = $url, s.text = $text', { source: bbc.source, url: LINK, text: TEXT });
      await tx.run('MATCH ()-[r {id: $id}]->() SET r.quoteStarts = $starts, r.quoteEnds = $ends', { id, starts, ends });
    });
  });
  afterAll(async () => {
    await write(async (tx) => {
      await tx.run('MATCH (s:Source {id: $source}) REMOVE s.url, s.text', { source: bbc.source });
      await tx.run('MATCH ()-[r {id: $id}]->() SET r.quoteStarts = $starts, r.quoteEnds = $ends', { id: stanceId(russiaBacksMaduro), starts: saved?.starts ?? null, ends: saved?.ends ?? null });
    });
    await closeDriver();
  });

  /** Opens the explorer at `?query` on a fresh page of the test's own. */
  const open = async (query: string) => {
    page = await newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${baseUrl()}/?${query}`);
    await settled(page);
  };
  const panel = () => page.getByTestId('details-panel');
  const activeTestId = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.getAttribute('data-stance-button') ?? document.activeElement?.tagName);

  it('writes a neutral stance as neutral, never as support, in the panel and in the list', async () => {
    const neutral = find('united-states', 'SUPPORTS', 'secondary-sanctions');
    expect(neutral.polarity).toBe(0);
    await open(`focus=united-states&sel=e:${stanceId(neutral)}`);
    const sentence = `${nameOf('united-states')} takes no side on ${nameOf('secondary-sanctions')}`;
    await expect(panel().locator('h2').textContent()).resolves.toBe(sentence);
    const list = await page.getByTestId('stance-list').locator('button').allTextContents();
    expect(list.some((text) => text.includes(sentence))).toBe(true);
    expect(list.filter((text) => text.includes(nameOf('secondary-sanctions')) && /supports/.test(text))).toEqual([]);
  });

  it('says who reports a claimed stance, and shows the publisher beside every quote', async () => {
    const claimed = find('cuban-advisers', 'SUPPORTS', 'nicolas-maduro');
    expect(claimed.certainty).toBe('claimed');
    await open(`focus=nicolas-maduro&sel=e:${stanceId(claimed)}`);
    await expect(panel().locator('h2').textContent()).resolves.toMatch(new RegExp(`^According to .+, ${nameOf('cuban-advisers')} supports ${nameOf('nicolas-maduro')} \\(claimed\\)$`));
    const publishers = await panel().getByTestId('evidence-publisher').allTextContents();
    expect(publishers).toEqual(claimed.evidence.map((e) => sourceOf(e.source)?.publisher));
    const lines = await panel().getByTestId('evidence-source').allTextContents();
    claimed.evidence.forEach((e, i) => {
      const source = sourceOf(e.source);
      expect(lines[i]).toContain(`Published by ${source?.publisher}: ${source?.title}, ${source?.date}`);
    });
  });

  it('links a quote to its source, as a safe link, and shows the quote marked in its paragraph', async () => {
    await open(`focus=nicolas-maduro&sel=e:${stanceId(russiaBacksMaduro)}`);
    const item = panel().locator('li', { hasText: bbc.quote ?? '' }).first();
    const link = item.getByTestId('evidence-link');
    await expect(link.getAttribute('href')).resolves.toBe(LINK);
    await expect(link.getAttribute('rel')).resolves.toBe('noopener noreferrer');
    await expect(link.getAttribute('target')).resolves.toBe('_blank');
    // Only the quote with a known place offers its context.
    await expect(panel().getByTestId('show-context').count()).resolves.toBe(1);
    await item.getByTestId('show-context').click();
    const context = item.getByTestId('evidence-context');
    await context.waitFor();
    await expect(context.textContent()).resolves.toBe(PARAGRAPH);
    await expect(context.locator('mark').textContent()).resolves.toBe(bbc.quote);
  });

  it('says what the data covers: its sources, publishers and dates', async () => {
    await open(`focus=nicolas-maduro&sel=e:${stanceId(russiaBacksMaduro)}`);
    const coverage = page.getByTestId('coverage');
    await page.waitForSelector('[data-testid=coverage][data-status=ready]');
    const text = (await coverage.textContent()) ?? '';
    const dates = dataset.sources.map((s) => s.date).sort();
    const unattributed = dataset.sources.filter((s) => /unattributed/i.test(s.publisher)).length;
    expect(text).toContain(`${dataset.sources.length} sources (`);
    expect(text).toContain(`${unattributed} of them unattributed`);
    expect(text).toContain(`published ${longDate(dates[0] ?? '')} to ${longDate(dates[dates.length - 1] ?? '')}`);
    for (const publisher of ['BBC News', 'The Telegraph']) expect(text).toContain(publisher);
  });

  it('says what each count counts in "who backs Guaidó": actors, stances, and the focus', async () => {
    const backing = dataset.stances.filter((s) => s.to === 'juan-guaido' && s.polarity === 1 && s.from !== 'juan-guaido');
    const actors = new Set(backing.map((s) => s.from)).size;
    const guaido = nameOf('juan-guaido');
    expect(backing.length).toBeGreaterThan(actors); // the case of the issue: some back him twice
    await open('focus=juan-guaido&ask=backers&sel=n:juan-guaido');
    await expect(page.getByTestId('summary').textContent()).resolves.toMatch(new RegExp(`^${actors} actors back ${guaido}: .*; ${backing.length} stances in all\\.$`));
    await expect(page.getByTestId('status-line').textContent()).resolves.toContain(`Showing ${actors + 1} actors (${guaido} and ${actors} others) and ${backing.length} stances`);
    await expect(panel().textContent()).resolves.toContain(`backed by ${backing.length} stances from ${actors} actors`);
  });

  it('moves focus to the evidence on Enter on a stance in the panel, and Escape or Back returns to it', async () => {
    await open('focus=juan-guaido&sel=n:juan-guaido');
    const stance = panel().locator('[data-stance-button]').first();
    const edgeId = await stance.getAttribute('data-stance-button');
    await stance.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'evidence-heading');
    await page.keyboard.press('Escape');
    await page.waitForFunction((id) => document.activeElement?.getAttribute('data-stance-button') === id, edgeId);
    // Again, back by the button this time.
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'evidence-heading');
    await panel().getByTestId('evidence-back').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => document.activeElement?.getAttribute('data-stance-button') === id, edgeId);
    expect(await activeTestId()).toBe(edgeId);
  });

  it('moves focus to the evidence on Enter in the stance list, and Back returns to the list', async () => {
    await open('focus=juan-guaido&sel=n:juan-guaido');
    const list = page.getByTestId('stance-list');
    await list.locator('summary').click();
    const stance = list.locator('button').nth(1);
    await stance.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'evidence-heading');
    await panel().getByTestId('evidence-back').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.closest('[data-testid=stance-list]') !== null);
    await expect(stance.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  });
});
