/**
 * Security headers on the served production build (issue #38, item 7): every page, API answer
 * and file carries the Content-Security-Policy of graph/http/securityHeaders.ts with a fresh
 * nonce, nosniff, the referrer policy, X-Frame-Options and the permissions policy; Next's inline
 * script carries the nonce. In Chromium, each page and its first interaction (the explorer draws
 * the graph, the console runs a query, sign-in, the snapshot draws) raise no CSP violation, and a
 * page of another origin (another loopback port) cannot frame the explorer.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { closeDriver, transactions } from '@/graph/db/driver';
import { contentSecurityPolicy, nonceFromPolicy } from '@/graph/http/securityHeaders';
import { stateToSearch } from '@/components/console/consoleState';
import { baseUrl, setUpBrowser } from '@/tests/e2e/browser';
import { settled } from '@/tests/e2e/explorerPage';
import { signIn, TEST_EDITOR } from '@/tests/support/editors';

const { read } = transactions('test');
const { newPage } = setUpBrowser();

afterAll(() => closeDriver());

let snapshotPath = '';
let sourcePath = '';

beforeAll(async () => {
  const graph = (await (await fetch(`${baseUrl()}/api/graph?focus=juan-guaido&depth=1`)).json()) as { elements: { nodes: { data: { id: string } }[]; edges: unknown[] } };
  const nodes = graph.elements.nodes.map((n, i) => ({ ...n, position: { x: (i % 6) * 140, y: Math.floor(i / 6) * 110 } }));
  const created = await fetch(`${baseUrl()}/api/snapshots`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      title: 'Headers',
      note: 'Security headers test.',
      origin: { kind: 'explorer', view: { focus: 'juan-guaido', ask: 'backers' } },
      elements: { nodes, edges: graph.elements.edges },
      viewport: { zoom: 0.8, pan: { x: 60, y: 60 } },
      answer: { question: 'Who backs Juan Guaidó?', sentence: 'Some actors back Juan Guaidó.' },
      layout: 'preset',
      selection: { group: 'nodes', id: nodes[0]!.data.id },
      styleVersion: 'e2e',
    }),
  });
  expect(created.status).toBe(201);
  snapshotPath = new URL(((await created.json()) as { url: string }).url, baseUrl()).pathname;
  const sourceId = await read(async (tx) => (await tx.run('MATCH (s:Source) RETURN s.id AS id ORDER BY id LIMIT 1')).records[0]?.get('id') as string);
  sourcePath = `/sources/${encodeURIComponent(sourceId)}`;
});

/** Every page under pages/ (dynamic ones with a real id), and the 404 page. */
const pagePaths = () => ['/', '/query', '/snapshots', '/changes', '/login', '/sources', '/sources/new', sourcePath, snapshotPath, '/no-such-page'];

function expectSecurityHeaders(path: string, headers: Headers): string {
  const policy = headers.get('content-security-policy');
  const nonce = nonceFromPolicy(policy ?? undefined);
  expect({ path, nonce: typeof nonce }).toEqual({ path, nonce: 'string' });
  expect({ path, policy }).toEqual({ path, policy: contentSecurityPolicy(path, { nonce: nonce! }) });
  expect({
    path,
    nosniff: headers.get('x-content-type-options'),
    referrer: headers.get('referrer-policy'),
    frame: headers.get('x-frame-options'),
    permissions: headers.get('permissions-policy'),
  }).toEqual({
    path,
    nosniff: 'nosniff',
    referrer: 'strict-origin-when-cross-origin',
    frame: 'DENY',
    permissions: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  });
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).not.toContain('unsafe-eval');
  return nonce!;
}

describe('security headers', () => {
  it('are on every page, and every inline script Next writes carries that answer’s nonce', async () => {
    const nonces = new Set<string>();
    for (const path of pagePaths()) {
      const response = await fetch(`${baseUrl()}${path}`, { redirect: 'manual' });
      expect({ path, status: response.status }).toEqual({ path, status: path === '/no-such-page' ? 404 : 200 });
      const nonce = expectSecurityHeaders(path, response.headers);
      nonces.add(nonce);
      const html = await response.text();
      const inline = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!).filter((attrs) => !/\bsrc=/.test(attrs) && !/type="application\/json"/.test(attrs));
      // Next's Turbopack bootstrap: the one inline script that runs, and why there is a nonce at all.
      expect({ path, inline: inline.length > 0 }).toEqual({ path, inline: true });
      for (const attrs of inline) expect({ path, attrs }).toEqual({ path, attrs: expect.stringContaining(`nonce="${nonce}"`) });
      // External scripts carry it too (harmless, and needed once 'strict-dynamic' is wanted).
      expect(html).not.toMatch(/<script(?![^>]*nonce=)[^>]*\bsrc=/);
    }
    const again = await fetch(`${baseUrl()}/`);
    nonces.add(nonceFromPolicy(again.headers.get('content-security-policy') ?? undefined)!);
    expect(nonces.size).toBe(pagePaths().length + 1);
  });

  it('are on API answers (found, refused, unknown route) and on files', async () => {
    const html = await (await fetch(`${baseUrl()}/`)).text();
    const chunk = /<script[^>]*src="([^"]+\.js)"/.exec(html)?.[1];
    expect(chunk).toBeDefined();
    // A number is the exact status; '4xx' any refusal.
    const answers: [string, number | '4xx', RequestInit?][] = [
      ['/api/health', 200],
      ['/api/graph?focus=juan-guaido&depth=1', 200],
      ['/api/graph?depth=banana', '4xx'],
      ['/api/snapshots/no-such-snapshot', 404],
      ['/api/no-such-route', 404],
      ['/api/edit/topics', '4xx', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }],
      ['/favicon.svg', 200],
      [chunk!, 200],
    ];
    for (const [path, status, init] of answers) {
      const response = await fetch(`${baseUrl()}${path}`, { redirect: 'manual', ...init });
      expect({ path, status: status === '4xx' ? Math.floor(response.status / 100) * 100 : response.status }).toEqual({ path, status: status === '4xx' ? 400 : status });
      expectSecurityHeaders(new URL(path, baseUrl()).pathname, response.headers);
    }
  });
});

interface Watched {
  violations: () => Promise<string[]>;
}

/** Records the page's CSP violations (the DOM event, from before any script of the page runs) and CSP console messages. */
async function watch(page: Page): Promise<Watched> {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) messages.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`));
  });
  return {
    violations: async () => [...messages, ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))],
  };
}

async function signedInPage(): Promise<Page> {
  const cookie = await signIn(baseUrl());
  const [name, ...value] = cookie.split('=');
  const page = await newPage({ viewport: { width: 1400, height: 950 } });
  await page.context().addCookies([{ name: name ?? '', value: value.join('='), url: baseUrl() }]);
  return page;
}

describe('the policy in Chromium', () => {
  it('lets the explorer draw the graph and export PNG and SVG without a violation', async () => {
    const page = await newPage();
    const watched = await watch(page);
    await page.goto(`${baseUrl()}/?focus=juan-guaido`);
    await settled(page);
    expect(await page.evaluate(() => (window as unknown as { __cy?: { nodes(): { length: number } } }).__cy?.nodes().length ?? 0)).toBeGreaterThan(0);
    // The PNG and SVG exports: cytoscape's image and the blob: URL the download goes through.
    for (const format of ['png', 'svg']) {
      const menu = page.locator('[data-testid=export-menu]');
      if (!(await menu.evaluate((details) => (details as HTMLDetailsElement).open))) await menu.locator('summary').click();
      const download = page.waitForEvent('download', { timeout: 15_000 });
      await page.click(`[data-testid=export-menu] button[data-format=${format}]`);
      expect((await download).suggestedFilename()).toMatch(new RegExp(`\\.${format}$`));
    }
    expect(await watched.violations()).toEqual([]);
  });

  it('lets the console complete and run a query without a violation', async () => {
    const page = await newPage();
    const watched = await watch(page);
    await page.goto(`${baseUrl()}/query${stateToSearch({ query: 'MATCH p = (a:Actor {id: "russia"})-[:SUPPORTS]->(b) RETURN p LIMIT 5', params: {} }, { run: true })}`);
    await page.locator('[data-testid="result-graph"] canvas').first().waitFor({ timeout: 30_000 });
    await page.locator('[data-testid="cypher-editor"][data-schema="loaded"]').waitFor({ timeout: 30_000 });
    // CodeMirror's themes are <style> elements it injects: they must apply.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.cm-editor')!).display)).toBe('flex');
    await page.locator('[data-testid="cypher-editor"] .cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' // :SUP');
    expect(await watched.violations()).toEqual([]);
  });

  it('lets an editor sign in (a same-origin POST the write routes accept) without a violation', async () => {
    const page = await newPage();
    const watched = await watch(page);
    await page.goto(`${baseUrl()}/login?next=/sources`);
    await page.fill('#login-name', TEST_EDITOR.name);
    await page.fill('#login-password', TEST_EDITOR.password);
    await page.click('button[type=submit]');
    await page.waitForURL(/\/sources$/, { timeout: 30_000 });
    expect(await watched.violations()).toEqual([]);
  });

  it('shows every other page, signed in, without a violation', async () => {
    const page = await signedInPage();
    const watched = await watch(page);
    for (const path of ['/snapshots', '/changes', '/sources', '/sources/new', sourcePath, snapshotPath, '/no-such-page']) {
      await page.goto(`${baseUrl()}${path}`);
      await page.waitForLoadState('networkidle');
      if (path === snapshotPath) await page.locator('canvas').first().waitFor({ timeout: 30_000 });
      expect({ path, violations: await watched.violations() }).toEqual({ path, violations: [] });
    }
  });

  it('refuses to be framed by a page of another origin', async () => {
    const framer = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<!doctype html><title>framer</title><iframe id="victim" src="${baseUrl()}/" width="800" height="600"></iframe>`);
    });
    await new Promise<void>((resolve) => framer.listen(0, '127.0.0.1', resolve));
    try {
      const page = await newPage();
      const messages: string[] = [];
      page.on('console', (message) => messages.push(message.text()));
      await page.goto(`http://127.0.0.1:${(framer.address() as AddressInfo).port}/`);
      await page.waitForLoadState('load');
      await page.waitForTimeout(1000);
      const frame = page.frames().find((f) => f !== page.mainFrame());
      expect(frame).toBeDefined();
      // The browser shows its error page in the frame, not the explorer.
      expect(frame!.url()).not.toBe(`${baseUrl()}/`);
      const explorer = await frame!.evaluate(() => document.querySelector('[data-testid=canvas-area]') !== null).catch(() => false);
      expect(explorer).toBe(false);
      expect(messages.join('\n')).toMatch(/frame-ancestors 'none'|X-Frame-Options/);
    } finally {
      await new Promise((resolve) => framer.close(resolve));
    }
  });
});
