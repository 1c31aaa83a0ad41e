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

const root = path.resolve(__dirname, '..');

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
