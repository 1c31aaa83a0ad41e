/**
 * "Download data set" in the explorer, in real Chromium against the seeded app: the menu lists
 * the loaded data set by keyboard, the format choice changes the link, and the file downloaded
 * is the data set, which the seed reader accepts.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { baseUrl, setUpBrowser } from '@/tests/e2e/browser';
import { settled } from '@/tests/e2e/explorerPage';
import { parseDataset, readDataset } from '@/graph/import/readDataset';

const dataset = readDataset();

describe('Download data set', () => {
  const { newPage } = setUpBrowser();

  /** A fresh page on the explorer, settled, that accepts downloads. */
  async function explorer(): Promise<Page> {
    const page = await newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    await page.goto(baseUrl());
    await settled(page);
    return page;
  }

  it('opens by keyboard and lists the loaded data set with its stance count', async () => {
    const page = await explorer();
    const menu = page.getByTestId('download-dataset');
    await menu.locator('summary').focus();
    await page.keyboard.press('Enter');
    const link = menu.getByRole('link', { name: new RegExp(dataset.dataset.title) });
    await link.waitFor();
    await expect(link.textContent()).resolves.toContain(`${dataset.stances.length} stances`);
    await expect(link.getAttribute('href')).resolves.toBe(`/api/datasets/${dataset.dataset.id}/export?format=yaml`);
  });

  it('downloads the data set as JSON once JSON is chosen', async () => {
    const page = await explorer();
    const menu = page.getByTestId('download-dataset');
    // The menu opened, as the test before opens it (by keyboard).
    await menu.locator('summary').focus();
    await page.keyboard.press('Enter');
    await menu.getByTestId('download-format').waitFor();
    await menu.getByTestId('download-format').selectOption('json');
    const link = menu.getByRole('link', { name: new RegExp(dataset.dataset.title) });
    await expect(link.getAttribute('href')).resolves.toBe(`/api/datasets/${dataset.dataset.id}/export?format=json`);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`${dataset.dataset.id}.json`);
    const file = await download.path();
    const data = parseDataset(fs.readFileSync(file, 'utf8'), 'download.json');
    expect(data.dataset).toEqual(dataset.dataset);
    expect(data.stances).toHaveLength(dataset.stances.length);
  });
});
