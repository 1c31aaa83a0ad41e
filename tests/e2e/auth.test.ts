/**
 * Editors in the browser: a keyboard-only sign-in at /login, "Signed in as …" in the explorer's
 * header, sign-out back to "Sign in", a wrong password's message, `?next=`, the cookie's flags,
 * axe-core on /login, and a server with editing on but no SESSION_SECRET refusing to start.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { closeDriver } from '@/graph/db/driver';
import { SESSION_COOKIE } from '@/graph/auth/session';
import { freePort } from '@/scripts/neo4j-local';
import { seriousViolations } from '@/tests/e2e/axe';
import { baseUrl, setUpBrowser } from '@/tests/e2e/browser';
import { TEST_EDITOR } from '@/tests/support/editors';

const root = path.resolve(__dirname, '..', '..');
const { newPage } = setUpBrowser();
let page: Page;

afterAll(() => closeDriver());
beforeEach(async () => {
  page = await newPage({ viewport: { width: 1400, height: 950 } });
});

const bar = () => page.getByTestId('editor-bar');

async function signInWithKeyboard(name: string, password: string): Promise<void> {
  // The name field has focus when the page opens; everything else is typed.
  await page.getByLabel('Editor name').waitFor();
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
}

describe('editor sign-in in the browser', () => {
  it('signs in with the keyboard only, shows "Signed in as …", and signs out back to "Sign in"', async () => {
    await page.goto(`${baseUrl()}/`);
    await bar().getByRole('link', { name: 'Sign in' }).waitFor();
    await page.goto(`${baseUrl()}/login`);
    await page.getByLabel('Editor name').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('login-name');
    await signInWithKeyboard(TEST_EDITOR.name, TEST_EDITOR.password);
    await page.waitForURL(`${baseUrl()}/`);
    await bar().getByText(`Signed in as ${TEST_EDITOR.name}`).waitFor();
    // The editor's pages are one link away from the explorer.
    expect(await bar().getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['/sources', '/changes']);

    const cookie = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false, path: '/' });

    // Sign out with the keyboard too.
    await bar().getByRole('button', { name: 'Sign out' }).focus();
    await page.keyboard.press('Enter');
    await bar().getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await bar().getByRole('link').count()).toBe(1);
    expect((await page.context().cookies()).some((c) => c.name === SESSION_COOKIE)).toBe(false);
    // The server agrees: a reload still shows "Sign in".
    await page.reload();
    await bar().getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await bar().textContent()).not.toContain('Signed in');
  });

  it('says a wrong password plainly, stays on /login and clears the password', async () => {
    await page.goto(`${baseUrl()}/login`);
    await signInWithKeyboard(TEST_EDITOR.name, 'not-the-right-password');
    const alert = page.getByTestId('login-error');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('Wrong editor name or password.');
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.getByLabel('Password').inputValue()).toBe('');
  });

  it('returns to the `next` page of this site after signing in, and never to another site', async () => {
    await page.goto(`${baseUrl()}/login?next=${encodeURIComponent('/snapshots')}`);
    await signInWithKeyboard(TEST_EDITOR.name, TEST_EDITOR.password);
    await page.waitForURL(`${baseUrl()}/snapshots`);

    const second = await newPage();
    await second.goto(`${baseUrl()}/login?next=${encodeURIComponent('//evil.example/')}`);
    // A new page has a context (cookies) of its own, so it signs in afresh.
    await second.getByLabel('Editor name').waitFor();
    await second.keyboard.type(TEST_EDITOR.name);
    await second.keyboard.press('Tab');
    await second.keyboard.type(TEST_EDITOR.password);
    await second.keyboard.press('Enter');
    await second.waitForURL(`${baseUrl()}/`);
  });

  it('has no serious or critical axe-core violations on /login, with and without an error shown', async () => {
    await page.goto(`${baseUrl()}/login`);
    await page.getByLabel('Editor name').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await signInWithKeyboard('nobody-here', 'wrong-password-1');
    await page.getByTestId('login-error').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('server start with editing on', () => {
  it('stops `next start` when SESSION_SECRET is missing, naming it', async () => {
    const port = await freePort();
    const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
    const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production', EDITING: 'on', SESSION_SECRET: '' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        child.kill('SIGTERM');
        resolve(null);
      }, 45_000);
      child.on('exit', (status) => {
        clearTimeout(timer);
        resolve(status);
      });
    });
    expect(output).toMatch(/SESSION_SECRET is not set/);
    expect(code).toBe(1);
  });
});
