/**
 * The evidence workbench in real Chromium (issue #13, "Coding an article"): a signed-in editor
 * pastes an article, selects a sentence with the keyboard (Shift+arrows), codes it as a stance from
 * a new actor, and finds it in the explorer and in a snapshot with its quote. A name and a quote
 * holding `<img src=x onerror=…>` render as text (window.__xss stays undefined); axe-core finds no serious
 * or critical issue on /sources/new and /sources/<id>. Everything written goes into a data set of
 * its own, removed afterwards, so the other e2e tests see the seed as it was.
 */
import type { Page } from 'playwright-core';
import { closeDriver, transactions } from '@/graph/db/driver';
import { seriousViolations } from '@/tests/e2e/axe';
import { baseUrl, setUpBrowser } from '@/tests/e2e/browser';
import { settled } from '@/tests/e2e/explorerPage';
import { signIn } from '@/tests/support/editors';

const { read, write } = transactions('test');

const XSS = '<img src=x onerror=window.__xss=1>';
const ACTOR = `Free Union ${XSS}`;
const SENTENCE = `The Free Union ${XSS} backs Juan Guaidó against Nicolás Maduro.`;
const ARTICLE = `Marchers rallied in Caracas on Saturday.\n\n${SENTENCE} Other news followed.\n\nThe end.`;
const DATASET_TITLE = 'Workbench e2e';
const DATASET = 'workbench-e2e';

const { newPage } = setUpBrowser();
let page: Page;

const xss = () => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);

let cookie = '';

beforeAll(async () => {
  cookie = await signIn(baseUrl());
});

/** A fresh page for the test, signed in as the test editor. */
async function signedInPage(): Promise<void> {
  const [name, ...value] = cookie.split('=');
  page = await newPage({ viewport: { width: 1400, height: 950 } });
  await page.context().addCookies([{ name: name ?? '', value: value.join('='), url: baseUrl() }]);
}

/** Removes what the tests write (the data set, its source, stance and new actor), so each starts from the seed. */
async function cleanUp(): Promise<void> {
  await write(async (tx) => {
    const created = await tx.run('MATCH (a:Actor) WHERE a.name = $name RETURN collect(a.id) AS ids', { name: ACTOR });
    await tx.run('MATCH ()-[r {dataset: $ds}]->() DELETE r', { ds: DATASET });
    await tx.run('MATCH (n) WHERE (n:Actor OR n:Topic OR n:Source) AND $ds IN coalesce(n.datasets, []) SET n.datasets = [d IN n.datasets WHERE d <> $ds]', { ds: DATASET });
    await tx.run('MATCH (a:Actor) WHERE a.id IN $ids DETACH DELETE a', { ids: created.records[0]?.get('ids') ?? [] });
    await tx.run('MATCH (s:Source) WHERE s.title = $title DETACH DELETE s', { title: 'Free Union rally' });
    await tx.run('MATCH (c:Change) WHERE $ds IN c.datasets DELETE c', { ds: DATASET });
    await tx.run('MATCH (d:Dataset {id: $ds}) DELETE d', { ds: DATASET });
  });
}

beforeEach(async () => {
  await cleanUp();
  await signedInPage();
});

afterAll(async () => {
  await cleanUp();
  await closeDriver();
});

/** Stores the article in a new data set through /sources/new, as the first test does; answers the source's address. */
async function storeArticle(): Promise<string> {
  await page.goto(`${baseUrl()}/sources/new`);
  await page.getByLabel('Title', { exact: true }).fill('Free Union rally');
  await page.getByLabel('Publisher', { exact: true }).fill('Test Wire');
  await page.getByLabel('Date published').fill('2019-02-02');
  await page.locator('select[name=dataset]').selectOption({ label: 'New data set…' });
  await page.getByLabel("New data set's title").fill(DATASET_TITLE);
  await page.getByLabel('Article text (paste it here)').fill(ARTICLE);
  await page.getByRole('button', { name: 'Save source' }).click();
  await page.waitForURL(/\/sources\/free-union-rally$/);
  await page.getByTestId('source-text').waitFor();
  return page.url();
}

/** On the source's page: selects the sentence with the keyboard and codes it as a stance from the new actor, as the second test does. */
async function codeSentence(): Promise<void> {
  const text = page.getByTestId('source-text');
  await text.focus();
  // Put the caret where the sentence starts (as a click would), then select it with Shift+ArrowRight.
  const start = ARTICLE.indexOf(SENTENCE);
  await page.evaluate((offset) => {
    const root = document.querySelector('[data-testid=source-text]');
    const run = [...(root?.querySelectorAll('[data-start]') ?? [])].filter((el) => Number(el.getAttribute('data-start')) <= offset).pop();
    const node = run?.firstChild;
    if (!node) throw new Error('no run at the sentence start');
    const range = document.createRange();
    range.setStart(node, offset - Number(run.getAttribute('data-start')));
    range.collapse(true);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  }, start);
  // One press a character; Chromium may spend a press stepping over the edge of a mark (a mention's
  // span) without moving, so press on until the selection holds the sentence (bounded).
  const selected = () => page.evaluate(() => document.getSelection()?.toString() ?? '');
  for (let i = 0; i < SENTENCE.length + 20 && (await selected()).length < SENTENCE.length; i++) await page.keyboard.press('Shift+ArrowRight');
  await expect(page.evaluate(() => document.getSelection()?.toString())).resolves.toBe(SENTENCE);
  await page.keyboard.press('Enter');

  const form = page.getByTestId('stance-form');
  await form.waitFor();
  await expect(page.getByTestId('draft-quote').textContent()).resolves.toBe(SENTENCE);
  // Prefilled from the actors the selection mentions.
  await expect(form.locator('select[name=from]').inputValue()).resolves.toBe('juan-guaido');
  await expect(form.locator('select[name=to]').inputValue()).resolves.toBe('nicolas-maduro');
  await form.locator('select[name=from]').selectOption({ label: 'New actor…' });
  await form.locator('input[name=from-name]').fill(ACTOR);
  await form.locator('select[name=from-kind]').selectOption('group');
  await form.locator('select[name=to]').selectOption('juan-guaido');
  await expect(form.locator('select[name=polarity]').inputValue()).resolves.toBe('1');
  await expect(form.locator('input[name=date]').inputValue()).resolves.toBe('2019-02-02');
  await form.getByRole('button', { name: 'Save stance' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  await expect(page.getByTestId('quote-list').textContent()).resolves.toContain(SENTENCE);
  await expect(page.getByTestId('quote-list').textContent()).resolves.toContain(ACTOR);
  expect(await xss()).toBeUndefined();
}

describe('evidence workbench', () => {
  it('stores a pasted article in a new data set and opens it with its mentions and cue sentences marked', async () => {
    await page.goto(`${baseUrl()}/sources/new`);
    await page.getByLabel('Title', { exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Title', { exact: true }).fill('Free Union rally');
    await page.getByLabel('Publisher', { exact: true }).fill('Test Wire');
    await page.getByLabel('Date published').fill('2019-02-02');
    await page.locator('select[name=dataset]').selectOption({ label: 'New data set…' });
    await page.getByLabel("New data set's title").fill(DATASET_TITLE);
    await page.getByLabel('Article text (paste it here)').fill(ARTICLE);
    await page.getByRole('button', { name: 'Save source' }).click();
    await page.waitForURL(/\/sources\/free-union-rally$/);
    const text = page.getByTestId('source-text');
    await text.waitFor();
    await expect(text.textContent()).resolves.toBe(ARTICLE);
    // Juan Guaidó and Nicolás Maduro are seed actors: underlined; "backs" makes the sentence a suggestion.
    const mentions = await page.locator('[data-testid=source-text] span[title^="Mentions"]').allTextContents();
    expect(mentions).toEqual(['Juan Guaidó', 'Nicolás Maduro']);
    await expect(page.getByText(/1 sentence with stance cue words/).count()).resolves.toBe(1);
    expect(await xss()).toBeUndefined();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('codes a sentence selected with the keyboard as a stance from a new actor, with its exact offsets', async () => {
    await storeArticle();
    await codeSentence();

    const stored = await read(async (tx) => {
      const record = (await tx.run(
        'MATCH (a:Actor {name: $name})-[r:SUPPORTS]->(b:Actor {id: "juan-guaido"}) MATCH (s:Source {id: r.sourceIds[0]}) RETURN r.id AS id, r.dataset AS ds, r.quotes[0] AS quote, r.quoteStarts[0] AS start, r.quoteEnds[0] AS end, s.text AS text, a.id AS actor',
        { name: ACTOR },
      )).records[0];
      return record?.toObject();
    });
    expect(stored).toBeDefined();
    expect(stored?.ds).toBe(DATASET);
    expect(stored?.quote).toBe(SENTENCE);
    expect(String(stored?.text).slice(Number(stored?.start), Number(stored?.end))).toBe(SENTENCE);

    // The explorer shows the stance with its quote, as text.
    await page.goto(`${baseUrl()}/?dataset=${DATASET}&focus=${String(stored?.actor)}&sel=e:${String(stored?.id)}`);
    await settled(page);
    const panel = page.getByTestId('details-panel');
    await expect(panel.textContent()).resolves.toContain(SENTENCE);
    await expect(panel.locator('img').count()).resolves.toBe(0);
    expect(await xss()).toBeUndefined();

    // A snapshot of that view shows the name and quote as text too, and the link's page runs nothing.
    await page.getByTestId('share-button').click();
    await page.getByTestId('share-create').click();
    const link = await page.getByTestId('share-link').inputValue({ timeout: 15_000 });
    const token = (await page.getByTestId('share-token').innerText()).trim();
    try {
      await page.goto(link);
      const viewer = page.getByTestId('details-panel');
      await viewer.waitFor();
      await expect(viewer.textContent()).resolves.toContain(SENTENCE);
      await expect(page.locator('body').innerText()).resolves.toContain(ACTOR);
      await expect(page.locator('img').count()).resolves.toBe(0);
      expect(await xss()).toBeUndefined();
    } finally {
      // The other e2e tests list snapshots: leave none behind.
      await fetch(`${baseUrl()}/api/snapshots/${encodeURIComponent(new URL(link).pathname.split('/').pop() ?? '')}`, { method: 'DELETE', headers: { 'x-delete-token': token } });
    }
  });

  it('marks the coded quote in the text and shows no editing controls once signed out', async () => {
    const sourceUrl = await storeArticle();
    await codeSentence();
    await page.goto(sourceUrl);
    await page.getByTestId('source-text').waitFor();
    const quoted = await page.locator('[data-testid=source-text] span[title*="Quoted by the stance"]').allTextContents();
    expect(quoted.join('')).toBe(SENTENCE);
    await expect(page.locator('img').count()).resolves.toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    await page.context().clearCookies();
    await page.reload();
    await page.getByTestId('source-text').waitFor();
    await page.getByText('Sign in as an editor').waitFor();
    await expect(page.getByRole('button', { name: 'Code selection' }).count()).resolves.toBe(0);
  });
});
