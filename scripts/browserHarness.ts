/**
 * What the browser benchmarks (bench:ui, bench:timeline) share: the app's own canvas code bundled
 * with esbuild into a page in a temporary folder, and a loopback server for that folder, so
 * headless Chromium runs exactly the code the explorer runs.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '@/tests/e2e/browser';

const root = path.resolve(__dirname, '..');

/** The page of a canvas benchmark: a 1280x800 container `#cy` and the bundle, titled `title`. */
export const canvasPage = (title: string): string => `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>
<style>html,body{margin:0;height:100%}#cy{width:1280px;height:800px}</style></head>
<body><div id="cy"></div><script src="harness.js"></script></body></html>`;

/** Writes `html` and the bundle of `entry` (TypeScript, `@/` imports) as harness.js into a new temporary folder. */
export async function writeHarness(name: string, html: string, entry: string): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  fs.writeFileSync(path.join(dir, 'index.html'), html);
  await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'iife',
    minify: true,
    outfile: path.join(dir, 'harness.js'),
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'warning',
  });
  return dir;
}

/** Serves the files of `dir` on a free loopback port; answers the server and its base URL. */
export function serveDir(dir: string): Promise<{ server: http.Server; url: string }> {
  const server = http.createServer((req, res) => {
    const name = req.url === '/' ? 'index.html' : path.basename(req.url ?? '');
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': name.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` })));
}

/**
 * Runs `work` with headless Chromium and the harness (`html` and the bundle of `entry`) served at
 * `url`; closes the browser and the server and removes the folder after, however `work` ends.
 */
export async function withHarness(name: string, html: string, entry: string, work: (browser: Browser, url: string) => Promise<void>): Promise<void> {
  const dir = await writeHarness(name, html, entry);
  try {
    const { server, url } = await serveDir(dir);
    try {
      const browser = await launchBrowser();
      try {
        await work(browser, url);
      } finally {
        await browser.close();
      }
    } finally {
      server.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
