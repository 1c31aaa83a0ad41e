/**
 * Real Chromium (Debian's /usr/bin/chromium) driven by playwright-core, and the one harness every
 * e2e file sets itself up with: `setUpBrowser()` launches a browser per file and hands out fresh
 * pages, each in a browser context of its own (cookies and storage not shared), closed for the
 * test that opened them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = path.resolve(__dirname, '..', '..', 'test-results', 'e2e');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run e2e tests through jest --selectProjects e2e');
  return url;
}

/** Saves what the page shows to test-results/e2e/<name>.png: for a person to look at when a check has failed. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

export interface BrowserHarness {
  /** The file's browser; launched in beforeAll, so only call it from hooks and tests. */
  browser: () => Browser;
  /**
   * A fresh page in a new context (viewport 1440x900 unless `options` says otherwise). Opened in
   * a test or beforeEach, it is closed after that test; opened in beforeAll, after the file.
   */
  newPage: (options?: BrowserContextOptions) => Promise<Page>;
  /** What the page threw or logged as a console error so far, for a test that wants none. */
  errors: (page: Page) => readonly string[];
}

/** Registers the file's browser set-up and teardown (beforeAll/afterAll, afterEach) and answers the harness. */
export function setUpBrowser(): BrowserHarness {
  let browser: Browser | undefined;
  let inTest = false;
  const forTest: BrowserContext[] = [];
  const forFile: BrowserContext[] = [];
  const pageErrors = new WeakMap<Page, string[]>();

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  beforeEach(() => {
    inTest = true;
  });
  afterEach(async () => {
    inTest = false;
    await Promise.all(forTest.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await Promise.all(forFile.splice(0).map((context) => context.close()));
    await browser?.close();
  });

  const current = () => {
    if (!browser) throw new Error('setUpBrowser(): the browser is launched in beforeAll; ask for it from a hook or a test');
    return browser;
  };

  return {
    browser: current,
    newPage: async (options = {}) => {
      const context = await current().newContext({ viewport: { width: 1440, height: 900 }, ...options });
      (inTest ? forTest : forFile).push(context);
      const page = await context.newPage();
      const errors: string[] = [];
      pageErrors.set(page, errors);
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      return page;
    },
    errors: (page) => pageErrors.get(page) ?? [],
  };
}
