/**
 * The six questions of issue #15, answered with the keyboard alone, right after the page loads:
 * no mouse, no locator.click or fill. Every key is pressed through `Keys`, which counts it (a typed
 * word counts its characters); waiting for the page to answer costs nothing. Each question asserts
 * what its reader would read and where focus is, and prints its count (docs/accessibility.md keeps
 * the figures). Expected values come from the seed data set.
 */
import type { Page } from 'playwright-core';
import { baseUrl, setUpBrowser } from '@/tests/e2e/browser';
import { allChains, escapeRegExp, settled } from '@/tests/e2e/explorerPage';
import { readDataset } from '@/graph/import/readDataset';
import { stanceId } from '@/graph/model/schema';

const seed = readDataset();
const name = (id: string) => seed.actors.find((a) => a.id === id)?.name ?? id;
const GUAIDO = name('juan-guaido');
const MADURO = name('nicolas-maduro');

/** page.keyboard, counting every key press. */
class Keys {
  count = 0;
  /** Each key and what had focus after it, printed when a count is over its target. */
  readonly trace: string[] = [];
  constructor(private readonly page: Page) {}
  async press(key: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i++) {
      await this.page.keyboard.press(key);
      this.count += 1;
      this.trace.push(`${key} -> ${JSON.stringify(await focused(this.page))}`);
    }
  }
  async type(text: string): Promise<void> {
    for (const character of text) {
      await this.page.keyboard.type(character);
      this.count += 1;
    }
    this.trace.push(`typed ${text}`);
  }
  /** Presses `key` until `done` holds (at most `max` times), as a user Tabs until the control they want. */
  async pressUntil(key: string, done: () => Promise<boolean>, max = 40): Promise<void> {
    for (let i = 0; i < max; i++) {
      if (await done()) return;
      await this.press(key);
    }
    if (!(await done())) throw new Error(`${max} presses of ${key} did not get there`);
  }
}

/** What has focus: its test id, or its tag and text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { testId: el?.getAttribute('data-testid') ?? null, tag: el?.tagName ?? null, text: (el?.textContent ?? '').trim() };
  });
const focusIs = (page: Page, testId: string) => async () => (await focused(page)).testId === testId;
const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

describe('the six questions, keyboard alone', () => {
  const { newPage } = setUpBrowser();
  let page: Page;
  let keys: Keys;
  const counts: Record<string, number> = {};

  afterAll(async () => {
    console.log(`Key presses per question: ${JSON.stringify(counts)}`);
  });
  beforeEach(async () => {
    page = await newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(baseUrl());
    await settled(page);
    keys = new Keys(page);
  });

  const panel = () => page.getByTestId('details-panel');
  /** Search and pick an actor: Tab into the search box (right after load), type, Enter. */
  const focusActor = async (typed: string, id: string) => {
    await keys.press('Tab');
    expect((await focused(page)).testId).toBe('actor-search');
    await keys.type(typed);
    await keys.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('focus') === id);
    await settled(page);
  };
  /** Tab to a question button and press Enter; focus then moves to the answer. */
  const ask = async (question: string, param_: string) => {
    await keys.pressUntil('Tab', async () => (await focused(page)).text === question, 4);
    await keys.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('ask') === param_);
    await settled(page);
  };
  const stanceShown = async (id: string) => {
    await page.waitForURL((url) => url.searchParams.get('sel') === `e:${id}`);
    // The panel itself must have moved on (its heading names the stance's actor), not only the
    // address: a key pressed before it renders would act on the stance before.
    const stance = seed.stances.find((s) => stanceId(s) === id);
    await panel().locator('h2').filter({ hasText: new RegExp(`(^|, )${escapeRegExp(name(stance?.from ?? ''))} `) }).waitFor();
    await panel().getByTestId('evidence').waitFor();
  };

  it('1. which countries recognise Guaidó, and on what evidence: each one’s quote in at most 18 key presses', async () => {
    const recognising = seed.stances.filter((s) => s.kind === 'RECOGNISES' && s.to === 'juan-guaido');
    expect(recognising.length).toBe(6);
    await focusActor('guai', 'juan-guaido');
    await ask(`Who backs ${GUAIDO}?`, 'backers');
    // Focus is on the answer: the panel's view of Guaidó, whose stances follow.
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'details-title');
    await expect(page.getByTestId('summary').textContent()).resolves.toMatch(new RegExp(`^\\d+ actors back ${GUAIDO}:`));
    await keys.press('Tab');
    await keys.press('Enter');
    const read = new Map<string, string>();
    for (let i = 0; i < 14; i++) {
      const sel = param(page, 'sel') ?? '';
      const stance = recognising.find((s) => `e:${stanceId(s)}` === sel);
      if (stance) {
        await stanceShown(stanceId(stance));
        const text = (await panel().textContent()) ?? '';
        for (const e of stance.evidence) expect(text).toContain(e.quote);
        read.set(stance.from, (await panel().locator('h2').textContent()) ?? '');
      }
      if (read.size === recognising.length) break;
      // "Next stance" keeps focus: Tab to it once, then Enter walks the list.
      if ((await focused(page)).testId !== 'evidence-next') await keys.press('Tab');
      expect((await focused(page)).testId).toBe('evidence-next');
      await keys.press('Enter');
      await page.waitForURL((url) => url.searchParams.get('sel') !== sel);
      await panel().getByTestId('evidence').waitFor();
    }
    expect([...read.keys()].sort()).toEqual(recognising.map((s) => s.from).sort());
    for (const [country, heading] of read) expect(heading).toBe(`${name(country)} recognises ${GUAIDO}`);
    counts.q1 = keys.count;
    console.log(`Question 1 (which countries recognise Guaidó, each quote): ${keys.count} key presses`);
    if (keys.count > 18) console.log(keys.trace.join('\n'));
    expect(keys.count).toBeLessThanOrEqual(18);
  });

  it('2. who backs Maduro militarily, and how certain each claim is', async () => {
    const backing = seed.stances.filter((s) => s.to === 'nicolas-maduro' && s.polarity === 1);
    const military = backing.filter((s) => seed.actors.find((a) => a.id === s.from)?.kind === 'armed_force' || /military|paramilitary|advisers/.test(s.from));
    expect(military.length).toBeGreaterThanOrEqual(4);
    await focusActor('madu', 'nicolas-maduro');
    await ask(`Who backs ${MADURO}?`, 'backers');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'details-title');
    const summary = (await page.getByTestId('summary').textContent()) ?? '';
    for (const s of military) expect(summary).toContain(name(s.from));
    // Each backing stance, one after another, with its certainty said in words.
    await keys.press('Tab');
    await keys.press('Enter');
    const certainty = new Map<string, string>();
    for (let i = 0; i < backing.length; i++) {
      const sel = param(page, 'sel') ?? '';
      const stance = backing.find((s) => `e:${stanceId(s)}` === sel);
      if (!stance) throw new Error(`${sel} is not a backing stance of Maduro`);
      await stanceShown(stanceId(stance));
      certainty.set(stance.from, (await panel().locator('dd').nth(2).textContent()) ?? '');
      if (i === backing.length - 1) break;
      if ((await focused(page)).testId !== 'evidence-next') await keys.press('Tab');
      await keys.press('Enter');
      await page.waitForURL((url) => url.searchParams.get('sel') !== sel);
    }
    for (const s of backing) expect(certainty.get(s.from)).toMatch(new RegExp(`^${s.certainty}: `));
    expect(certainty.get('russian-military-contractors')).toBe('alleged: unconfirmed');
    counts.q2 = keys.count;
    console.log(`Question 2 (who backs Maduro militarily, certainty of each): ${keys.count} key presses`);
  });

  it('3. how Russia and the United States are connected: every chain, and a step’s evidence', async () => {
    const chains = allChains(seed, 'russia', 'united-states', 3);
    await focusActor('russia', 'russia');
    await keys.pressUntil('Tab', focusIs(page, 'connect-search'), 4);
    await keys.type('united st');
    await keys.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('ask') === 'paths' && url.searchParams.get('focus') === 'russia,united-states');
    await settled(page);
    // Focus is on the first group of chains (the shortest).
    await page.waitForFunction(() => document.activeElement?.matches('[data-testid=chain-group] > summary') ?? false);
    await expect(page.getByTestId('summary').textContent()).resolves.toContain(`linked by ${chains.length} chains of up to 3 stances`);
    const listed = await page.getByTestId('chain-group').evaluateAll((groups) => groups.reduce((n, g) => n + Number(g.getAttribute('data-count')), 0));
    expect(listed).toBe(chains.length);
    // Tab to the shortest chain's first step, Enter: its evidence is in the panel.
    await keys.press('Tab');
    const step = (await focused(page)).text;
    await keys.press('Enter');
    await page.waitForURL((url) => (url.searchParams.get('sel') ?? '').startsWith('e:'));
    await panel().getByTestId('evidence').waitFor();
    const shortest = chains.reduce((a, b) => (b.length < a.length ? b : a));
    const first = shortest[0];
    if (!first) throw new Error('no chain');
    expect(step).toContain(name(first.from));
    expect((await panel().textContent()) ?? '').toContain(first.evidence[0]?.quote ?? '');
    counts.q3 = keys.count;
    console.log(`Question 3 (how Russia and the United States are connected): ${keys.count} key presses`);
  });

  it('Tab goes from the From date field to the To field in one press', async () => {
    await keys.pressUntil('Tab', focusIs(page, 'filter-from'));
    await keys.press('Tab');
    expect((await focused(page)).testId).toBe('filter-to');
    await keys.press('Tab');
    expect((await focused(page)).testId ?? '').not.toMatch(/^filter-(from|to)$/);
  });

  it('4. the network on 25 January against 9 February, typed into the date field', async () => {
    const inForce = (day: string) => seed.stances.filter((s) => s.date <= day).length;
    const status = () => page.getByTestId('status-line').textContent();
    await keys.pressUntil('Tab', focusIs(page, 'filter-to'));
    // Focus selects the date shown, so typing replaces it; the last digit applies it.
    await keys.type('2019-01-25');
    await page.waitForURL((url) => url.searchParams.get('to') === '2019-01-25');
    await settled(page);
    const january = await status();
    expect(january).toContain(` and ${inForce('2019-01-25')} stances`);
    expect((await focused(page)).testId).toBe('filter-to');
    await keys.press('Control+A');
    await keys.type('2019-02-09');
    await page.waitForURL((url) => url.searchParams.get('to') === '2019-02-09');
    await settled(page);
    const february = await status();
    expect(february).toContain(` and ${inForce('2019-02-09')} stances`);
    expect(inForce('2019-02-09')).toBeGreaterThan(inForce('2019-01-25'));
    counts.q4 = keys.count;
    console.log(`Question 4 (the network on 25 January and on 9 February): ${keys.count} key presses`);
  });

  it('5. share "who opposes Maduro": the link, focused, and the snapshot keeps the answer', async () => {
    await focusActor('madu', 'nicolas-maduro');
    await ask(`Who opposes ${MADURO}?`, 'opponents');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'details-title');
    const sentence = (await page.getByTestId('summary').textContent()) ?? '';
    expect(sentence).toMatch(new RegExp(`^\\d+ actors oppose ${MADURO}:`));
    // Share is in the toolbar, just before the details column: Shift+Tab back to it.
    await keys.pressUntil('Shift+Tab', focusIs(page, 'share-button'), 12);
    await keys.press('Enter');
    await page.getByTestId('share-dialog').waitFor();
    expect((await focused(page)).testId).toBe('share-title');
    await expect(page.getByTestId('share-title').inputValue()).resolves.toBe(`Who opposes ${MADURO}?`);
    await keys.press('Enter'); // submits the form: Create link
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'share-link', undefined, { timeout: 30_000 });
    const link = await page.getByTestId('share-link').inputValue();
    expect(link).toMatch(/\/s\/[A-Za-z0-9_-]+$/);
    await expect(page.getByTestId('share-dialog').textContent()).resolves.toContain('Keep this code to delete the snapshot later.');
    counts.q5 = keys.count;
    console.log(`Question 5 (share "who opposes Maduro"): ${keys.count} key presses`);
    await page.goto(link);
    await page.getByText(sentence.slice(0, 40)).first().waitFor();
  });

  it('6. the actors with most opposing stances: the per-actor figures sorted by hostile ties', async () => {
    // Hostile ties as the analysis counts them: stances between two actors summed by sign, per pair.
    const actors = new Set(seed.actors.map((a) => a.id));
    const pairs = new Map<string, number>();
    for (const s of seed.stances) {
      if (!actors.has(s.to) || s.from === s.to) continue;
      const key = [s.from, s.to].sort().join('|');
      pairs.set(key, (pairs.get(key) ?? 0) + s.polarity);
    }
    const hostile = new Map<string, number>();
    for (const [key, sum] of pairs) if (sum < 0) for (const id of key.split('|')) hostile.set(id, (hostile.get(id) ?? 0) + 1);
    const most = Math.max(...hostile.values());
    const leaders = [...hostile].filter(([, n]) => n === most).map(([id]) => name(id));

    await keys.pressUntil('Tab', focusIs(page, 'analysis-toggle'), 4);
    await keys.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('analysis') === '1');
    await page.getByTestId('analysis-actors').waitFor({ state: 'attached', timeout: 30_000 });
    await page.waitForFunction(() => document.activeElement?.id === 'analysis-title');
    await keys.pressUntil('Tab', async () => (await focused(page)).text === 'Per-actor figures', 6);
    await keys.press('Enter');
    await keys.pressUntil('Tab', focusIs(page, 'sort-negative'), 4);
    await keys.press('Enter');
    await page.getByTestId('analysis-actors').locator('th[aria-sort=descending]', { hasText: 'Hostile ties' }).waitFor();
    const rows = await page.getByTestId('analysis-actors').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    const hostileColumn = rows.map((r) => Number(r[3]));
    expect(hostileColumn).toEqual([...hostileColumn].sort((a, b) => b - a));
    expect(hostileColumn[0]).toBe(most);
    expect(leaders).toContain(rows[0]?.[0]);
    await expect(page.getByTestId('analysis-actors').isVisible()).resolves.toBe(true);
    counts.q6 = keys.count;
    console.log(`Question 6 (actors with most opposing stances): ${keys.count} key presses`);
  });
});
