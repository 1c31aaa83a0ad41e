/**
 * /changes in real Chromium: a change made through the API is listed (newest first, its name
 * shown as text even when it holds `<img onerror>`), anonymous readers get no Revert button, a
 * signed-in editor reverts it and the row then says it was reverted, with the revert listed on
 * top; the data set filter keeps the address. Everything lives in a data set of its own.
 */
import type { Page } from 'playwright-core';
import { removeTestDataset } from '@/tests/support/testDataset';
import { closeDriver, transactions } from '@/graph/db/driver';
import { loadDataset } from '@/graph/datasets/load';
import { Dataset } from '@/graph/model/schema';
import { seriousViolations } from '@/tests/e2e/axe';
import { baseUrl, setUpBrowser } from '@/tests/e2e/browser';
import { TEST_EDITOR, signIn } from '@/tests/support/editors';

const { read, write } = transactions('test');

const DATASET = 'changes-e2e';
const NAME = 'Changes Front <img src=x onerror=window.__xss=1>';

const { newPage } = setUpBrowser();
let page: Page;

const xss = () => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);

async function cleanUp(): Promise<void> {
  await write((tx) => tx.run("MATCH (a:Actor) WHERE a.name STARTS WITH 'Changes Front' DETACH DELETE a"));
  await removeTestDataset(DATASET);
}

beforeAll(async () => {
  await cleanUp();
  await loadDataset(Dataset.parse({
    dataset: { id: DATASET, title: 'Changes e2e' },
    actors: [{ id: 'changes-land', name: 'Changes Land', kind: 'state' }],
    sources: [{ id: 'changes-wire', title: 'Changes wire', publisher: 'Wire', date: '2019-02-01' }],
  }));
  page = await newPage({ viewport: { width: 1300, height: 900 } });
});

afterAll(async () => {
  await cleanUp();
  await closeDriver();
});

describe('/changes', () => {
  it('lists a change made through the API, as text, without Revert for anonymous readers', async () => {
    const cookie = await signIn(baseUrl());
    const response = await fetch(`${baseUrl()}/api/edit/actors`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: baseUrl(), cookie },
      body: JSON.stringify({ dataset: DATASET, name: NAME, kind: 'group' }),
    });
    expect(response.status).toBe(201);

    await page.goto(`${baseUrl()}/changes?dataset=${DATASET}`);
    const first = page.getByTestId('change').first();
    await first.waitFor();
    expect(await first.textContent()).toContain(`New actor: ${NAME} (group)`);
    expect(await first.getByTestId('change-editor').textContent()).toBe(TEST_EDITOR.name);
    expect(await page.getByLabel('Data set').inputValue()).toBe(DATASET);
    expect(await first.getByRole('button', { name: /^Revert/ }).count()).toBe(0);
    expect(await xss()).toBeUndefined();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('lets a signed-in editor revert it; the row then says reverted and the revert is on top', async () => {
    await page.goto(`${baseUrl()}/login?next=${encodeURIComponent(`/changes?dataset=${DATASET}`)}`);
    await page.getByLabel('Editor name').fill(TEST_EDITOR.name);
    await page.getByLabel('Password').fill(TEST_EDITOR.password);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl()}/changes?dataset=${DATASET}`);
    const created = page.getByTestId('change').filter({ hasText: 'New actor:' });
    const revert = created.getByRole('button', { name: /^Revert/ });
    await revert.waitFor();
    await revert.click();
    await created.getByTestId('change-reverted').waitFor();
    const top = page.getByTestId('change').first();
    expect(await top.textContent()).toContain(`Reverted: New actor: ${NAME}`);
    const left = await read(async (tx) => (await tx.run("MATCH (a:Actor) WHERE a.name STARTS WITH 'Changes Front' RETURN count(a) AS n")).records[0]?.get('n').toNumber());
    expect(left).toBe(0);
    expect(await xss()).toBeUndefined();

    // An editor who made no change: the empty state, and the filter stays in the address.
    await page.getByLabel('Editor', { exact: true }).fill('nobody-at-all');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.getByTestId('changes-empty').waitFor();
    expect(page.url()).toContain('editor=nobody-at-all');
  });
});
