/**
 * The explorer's filters in real Chromium, with a second data set loaded beside the Venezuela
 * seed (issues #12 and #15): the data set picker, dates typed character by character (the graph
 * never empties, and a date outside the data's range is said, not applied), the date fields
 * filled when a view is opened from a link, "Only this" beside each stance kind and actor kind,
 * and Browser Back through a keyboard user's steps, one view each, also when two changes come at once
 * (a date applied as its field is left, then the question clicked).
 */
import type { Page } from 'playwright-core';
import { baseUrl, setUpBrowser } from '@/tests/e2e/browser';
import { graph, settled } from '@/tests/e2e/explorerPage';
import { readDataset } from '@/graph/import/readDataset';
import { loadDataset } from '@/graph/datasets/load';
import { removeDataset } from '@/graph/datasets/cleanup';
import { closeDriver } from '@/graph/db/driver';
import { pickerDataset } from '@/tests/support/extraDatasets';
import { stanceId } from '@/graph/model/schema';

const seed = readDataset();
const russia = seed.actors.find((a) => a.id === 'russia');
if (!russia) throw new Error('the seed data lost Russia');
const other = pickerDataset(russia);
const name = (id: string) => seed.actors.find((a) => a.id === id)?.name ?? id;
const maduro = name('nicolas-maduro');

/** The dates the two data sets span together: what the date fields show with no date filter. */
const allDates = [...seed.stances, ...other.stances].flatMap((s) => [s.date, ...(s.until ? [s.until] : [])]).sort();
const range = { min: allDates[0], max: allDates.at(-1) };

const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);
const edgeTypes = (page: Page) => page.evaluate(() => (window as unknown as { __cy: import('cytoscape').Core }).__cy.edges().map((e) => String(e.data('type'))));

describe('explorer filters', () => {
  const { newPage } = setUpBrowser();
  let page: Page;
  /** Query strings of every /api/graph request the page makes. */
  const graphRequests: string[] = [];

  beforeAll(async () => {
    await loadDataset(other);
    await closeDriver();
    page = await newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === '/api/graph') graphRequests.push(url.search);
    });
  }, 120_000);
  afterAll(async () => {
    // The other e2e files expect the seed data alone.
    await removeDataset(other.dataset.id);
    await closeDriver();
  }, 120_000);

  /**
   * Opens the explorer at `search` and waits for the view and for the date fields: the range comes
   * with the data set listing, a request of its own that may answer after the graph is drawn.
   * Each test starts here, so it passes alone as in the file.
   */
  async function openAt(search: string, shown: { from: string; to: string }): Promise<void> {
    await page.goto(`${baseUrl()}/${search}`);
    await settled(page);
    await page
      .waitForFunction(([from, to]) => {
        const value = (id: string) => (document.querySelector(`[data-testid=${id}]`) as HTMLInputElement | null)?.value;
        return value('filter-from') === from && value('filter-to') === to;
      }, [shown.from, shown.to], { timeout: 10_000 })
      .catch(() => undefined); // the expectations then say what the fields hold
  }

  it('fills the date fields with the data’s range when a view is opened from a link', async () => {
    await openAt('?focus=nicolas-maduro&ask=backers', { from: range.min!, to: range.max! });
    await expect(page.getByTestId('filter-from').inputValue()).resolves.toBe(range.min);
    await expect(page.getByTestId('filter-to').inputValue()).resolves.toBe(range.max);
  });

  it('types "2019-01-25" into To character by character: nothing half-typed is applied and the graph never empties', async () => {
    await openAt('?focus=nicolas-maduro&ask=backers', { from: range.min!, to: range.max! });
    graphRequests.length = 0;
    // Focus selects the date shown (the data's last day), so the typing replaces it.
    await page.getByTestId('filter-to').focus();
    await page.keyboard.type('2019-01-25');
    await page.waitForURL((url) => url.searchParams.get('to') === '2019-01-25');
    await settled(page);
    // One request, for the date typed; none for 2019, 2019-01-2 or any other half-typed date on the way.
    expect(graphRequests.map((q) => new URLSearchParams(q).get('to'))).toEqual(['2019-01-25']);
    await expect(page.getByTestId('filter-to').inputValue()).resolves.toBe('2019-01-25');
    const backers = seed.stances.filter((s) => s.to === 'nicolas-maduro' && s.polarity === 1 && s.date <= '2019-01-25').map((s) => s.from);
    expect(backers.length).toBeGreaterThan(0);
    const { nodes } = await graph(page);
    expect(new Set(nodes)).toEqual(new Set(['nicolas-maduro', ...backers]));
    await expect(page.getByTestId('summary').textContent()).resolves.toMatch(new RegExp(`back ${maduro}`));
  });

  it('says so, and applies nothing, when a typed date is outside the data’s range', async () => {
    await openAt('?focus=nicolas-maduro&ask=backers&to=2019-01-25', { from: range.min!, to: '2019-01-25' });
    graphRequests.length = 0;
    await page.getByTestId('filter-from').focus();
    await page.keyboard.type('2030-01-01');
    await page.keyboard.press('Enter');
    const message = page.getByTestId('filter-from-message');
    await expect(message.textContent()).resolves.toBe(`From: 2030-01-01 is outside the data’s range, ${range.min} to ${range.max}; not applied.`);
    await expect(message.getAttribute('aria-live')).resolves.toBe('polite');
    // What was typed stays in the field, and the view keeps its dates.
    await expect(page.getByTestId('filter-from').inputValue()).resolves.toBe('2030-01-01');
    expect(param(page, 'from')).toBeNull();
    expect(param(page, 'to')).toBe('2019-01-25');
    expect(graphRequests).toEqual([]);
  });

  it('keeps one stance kind with "Only recognises" and one actor kind with "Only State"', async () => {
    await page.goto(`${baseUrl()}/?focus=juan-guaido`);
    await settled(page);
    await page.locator('summary', { hasText: 'Stance kinds' }).click();
    await page.getByRole('button', { name: 'Only recognises', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('kinds') === 'RECOGNISES');
    await settled(page);
    const kinds = page.getByTestId('filter-kinds');
    await expect(kinds.getByRole('checkbox', { name: '+ recognises' }).isChecked()).resolves.toBe(true);
    await expect(kinds.getByRole('checkbox', { name: '+ supports' }).isChecked()).resolves.toBe(false);
    const types = await edgeTypes(page);
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['RECOGNISES']));

    await page.locator('summary', { hasText: 'Actor kinds' }).click();
    await page.getByRole('button', { name: 'Only State', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('actorKinds') === 'state');
    await settled(page);
    // Guaidó's neighbours by a RECOGNISES stance, either way, that are states (the focus always stays).
    const linked = seed.stances.filter((s) => s.kind === 'RECOGNISES' && (s.from === 'juan-guaido' || s.to === 'juan-guaido')).map((s) => (s.from === 'juan-guaido' ? s.to : s.from));
    const states = [...new Set(linked)].filter((id) => seed.actors.find((a) => a.id === id)?.kind === 'state');
    expect(states.length).toBeGreaterThan(0);
    const { nodes } = await graph(page);
    expect(new Set(nodes)).toEqual(new Set(['juan-guaido', ...states]));
  });

  /** Where the explorer is: the address's view parameters and the sentence it shows. */
  const where = async () => ({ search: new URL(page.url()).search, summary: await page.getByTestId('summary').textContent({ timeout: 1000 }).catch(() => null) });
  /** Goes Back once and checks the page shows `step` again, address and sentence. */
  const back = async (step: { search: string; summary: string | null }) => {
    await page.goBack();
    await page.waitForURL((url) => url.search === step.search);
    await settled(page);
    expect(await where()).toEqual(step);
  };
  const sentence = (verb: string, who: string) => expect.stringMatching(new RegExp(`^\\d+ actors? ${verb} ${who}:`)) as unknown as string;

  it('goes Back through every step a keyboard user took, each question view with its own sentence', async () => {
    await page.goto(baseUrl());
    await settled(page);
    const steps = [await where()];
    // The first keys right after load: search, pick, ask, and ask the next question without waiting for the answer.
    await page.keyboard.press('Tab');
    await page.keyboard.type('Maduro');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('focus') === 'nicolas-maduro');
    await settled(page);
    steps.push(await where());
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // Who backs Maduro?
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // Who opposes Maduro?, at once
    await page.waitForURL((url) => url.searchParams.get('ask') === 'opponents');
    await settled(page);
    const opponents = await where();
    expect(opponents.summary).toEqual(sentence('oppose', maduro));
    // Opening a stance's evidence selects it in place: no step of its own.
    await page.getByTestId('details-panel').locator('[data-stance-button]').first().press('Enter');
    await page.waitForURL((url) => (url.searchParams.get('sel') ?? '').startsWith('e:'));
    steps.push({ search: `?focus=nicolas-maduro&sel=n%3Anicolas-maduro&ask=backers`, summary: sentence('back', maduro) }, await where());
    // Another actor from the search box, and a question about him.
    await page.getByTestId('actor-search').focus();
    await page.keyboard.type('Guaid');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('focus') === 'juan-guaido');
    await settled(page);
    steps.push(await where());
    await page.getByRole('button', { name: `Who backs ${name('juan-guaido')}?` }).press('Enter');
    await page.waitForURL((url) => url.searchParams.get('ask') === 'backers');
    await settled(page);
    expect((await where()).summary).toEqual(sentence('back', name('juan-guaido')));

    for (const step of steps.reverse()) await back(step);
  });

  it('goes Back from a question asked right after a view is opened from a link, with a date cleared just before it', async () => {
    await page.goto(`${baseUrl()}/?focus=nicolas-maduro&to=2019-02-09&ask=backers`);
    await settled(page);
    const link = await where();
    expect(link.summary).toEqual(sentence('back', maduro));
    // The first gesture after load: clear To (applied as the field is left, on the button's mousedown), then
    // the next question (on its mouseup): two view changes at once, the second building on the first.
    await page.getByTestId('filter-to').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    // On a slow machine (a CPU 20 times slower) the first change is still on its way as the click lands:
    // without one navigation at a time, the question was built on the view before it and lost the cleared date.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
    await page.getByRole('button', { name: `Who opposes ${maduro}?` }).click();
    await page.waitForURL((url) => url.searchParams.get('ask') === 'opponents');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await settled(page);
    expect(new URL(page.url()).searchParams.get('to')).toBeNull();
    expect((await where()).summary).toEqual(sentence('oppose', maduro));

    await back({ search: '?focus=nicolas-maduro&ask=backers', summary: sentence('back', maduro) });
    await expect(page.getByRole('button', { name: `Who backs ${maduro}?` }).getAttribute('aria-pressed')).resolves.toBe('true');
    await back(link);
  });

  it('lists both data sets, all ticked, and "Only Test crisis" draws that data set alone, with its dates', async () => {
    await page.goto(`${baseUrl()}/?limit=5000`);
    await settled(page);
    const picker = page.getByTestId('filter-datasets');
    const venezuela = picker.getByRole('checkbox', { name: seed.dataset.title });
    const test = picker.getByRole('checkbox', { name: other.dataset.title });
    await expect(venezuela.isChecked()).resolves.toBe(true);
    await expect(test.isChecked()).resolves.toBe(true);
    const everything = await graph(page);
    expect(everything.nodes).toEqual(expect.arrayContaining(['northland', 'southland', 'nicolas-maduro']));

    await picker.getByRole('button', { name: `Only ${other.dataset.title}`, exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('dataset') === other.dataset.id);
    await settled(page);
    const { nodes, edges } = await graph(page);
    expect(new Set(nodes)).toEqual(new Set(['northland', 'southland', 'russia']));
    expect(edges.map((e) => e.key).sort()).toEqual(other.stances.map(stanceId).sort());
    await expect(venezuela.isChecked()).resolves.toBe(false);
    await expect(page.getByTestId('filter-from').inputValue()).resolves.toBe('2021-03-04');
    await expect(page.getByTestId('filter-to').inputValue()).resolves.toBe('2021-03-05');

    // Ticking the other data set again is "all data sets": the parameter leaves the URL. A click,
    // not check(): the box is controlled by the URL, so it ticks once the route has changed, which
    // check() may test a moment too early.
    await venezuela.click();
    await page.waitForURL((url) => !url.searchParams.has('dataset'));
    await settled(page);
    await expect(venezuela.isChecked()).resolves.toBe(true);
    expect((await graph(page)).nodes).toEqual(expect.arrayContaining(['northland', 'nicolas-maduro']));
  });
});
