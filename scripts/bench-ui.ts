/**
 * `npm run bench:ui`: how fast the explorer's graph view draws synthetic graphs in headless
 * Chromium. For each size it prints the time to first render (cytoscape init + the layout the
 * app would run + the first painted frame, measured in the page with performance.now()) and
 * the frame times of a scripted pan/zoom. The page uses the app's own stylesheet and layout
 * options (components/graph/style.ts, layouts.ts), bundled with esbuild (which tsx brings along)
 * into a harness written to a temp folder and served on a local port.
 *
 * Options: BENCH_UI_SIZES=100,1000 (elements), BENCH_UI_WEBGL=1 to also try the WebGL renderer.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { launchBrowser } from '@/tests/e2e/browser';

const root = path.resolve(__dirname, '..');

/** In-page harness: synthetic graph, real stylesheet and layout options, timings. */
const HARNESS_ENTRY = `
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { buildStylesheet, isLargeGraph } from '@/components/graph/style';
import { layoutOptions } from '@/components/graph/layouts';
cytoscape.use(fcose);

const KINDS = ['state', 'person', 'bloc', 'armed_force', 'institution', 'organisation', 'group', 'company', 'topic'];
const TYPES = [['SUPPORTS', 1], ['OPPOSES', -1], ['MEDIATES', 0], ['SANCTIONS', -1], ['RECOGNISES', 1]];
const CERTAINTY = ['stated', 'reported', 'claimed', 'alleged'];

// Deterministic pseudo-random numbers, so every run draws the same graphs.
function rng(seed) { return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32); }

/** 2 nodes for every 5 edges (as in 2,000 nodes / 5,000 edges), hubs via preferential attachment. */
function synthetic(total) {
  const random = rng(total);
  const n = Math.max(2, Math.round(total * 2 / 7));
  const m = total - n;
  const nodes = [];
  for (let i = 0; i < n; i++) nodes.push({ data: { id: 'n' + i, key: 'n' + i, label: 'Actor ' + i, labels: ['Actor'], kind: KINDS[i % KINDS.length], backers: 0, opponents: 0, properties: {} } });
  const ends = [];
  const edges = [];
  for (let j = 0; j < m; j++) {
    const s = Math.floor(random() * n);
    const t = ends.length > 0 && random() < 0.6 ? ends[Math.floor(random() * ends.length)] : Math.floor(random() * n);
    const target = t === s ? (s + 1) % n : t;
    ends.push(target);
    const [type, polarity] = TYPES[j % TYPES.length];
    if (polarity === 1) nodes[target].data.backers++;
    if (polarity === -1) nodes[target].data.opponents++;
    edges.push({ data: { id: 'e' + j, source: 'n' + s, target: 'n' + target, type, label: type.toLowerCase(), polarity, certainty: CERTAINTY[j % 4], evidence: [], properties: {} } });
  }
  return { nodes, edges };
}

const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));

window.runBench = async (total, webgl) => {
  const container = document.getElementById('cy');
  const elements = synthetic(total);
  const context = { nodes: elements.nodes.length, edges: elements.edges.length };
  const large = isLargeGraph(context);
  const t0 = performance.now();
  const cy = cytoscape({
    container, elements, style: buildStylesheet(context), layout: { name: 'null' },
    textureOnViewport: large, hideEdgesOnViewport: large, pixelRatio: large ? 1 : 'auto',
    ...(webgl ? { webgl: true } : {}),
  });
  const tInit = performance.now();
  const layout = cy.layout(layoutOptions('fcose', { elements, focusIds: [], large, incremental: false }));
  const stopped = new Promise((r) => layout.one('layoutstop', r));
  layout.run();
  await stopped;
  const tLayout = performance.now();
  await frame();
  const tFirst = await frame();
  // Pan and zoom for 60 frames, one viewport change per frame, timing frame to frame.
  const times = [];
  let last = await frame();
  for (let i = 0; i < 60; i++) {
    if (i % 2 === 0) cy.panBy({ x: 7, y: 4 });
    else cy.zoom({ level: cy.zoom() * (i % 4 === 1 ? 1.04 : 0.97), renderedPosition: { x: 400, y: 300 } });
    const now = await frame();
    times.push(now - last);
    last = now;
  }
  times.sort((a, b) => a - b);
  const result = {
    total, nodes: context.nodes, edges: context.edges, large, webgl: !!webgl,
    initMs: tInit - t0, layoutMs: tLayout - tInit, firstRenderMs: tFirst - t0,
    frameMedianMs: times[Math.floor(times.length / 2)], frameP95Ms: times[Math.floor(times.length * 0.95)],
  };
  cy.destroy();
  return result;
};
`;

const HTML = `<!doctype html><html><head><meta charset="utf-8"><title>bench:ui</title>
<style>html,body{margin:0;height:100%}#cy{width:1280px;height:800px}</style></head>
<body><div id="cy"></div><script src="harness.js"></script></body></html>`;

interface Result {
  total: number;
  nodes: number;
  edges: number;
  large: boolean;
  webgl: boolean;
  initMs: number;
  layoutMs: number;
  firstRenderMs: number;
  frameMedianMs: number;
  frameP95Ms: number;
}

async function writeHarness(dir: string): Promise<void> {
  fs.writeFileSync(path.join(dir, 'index.html'), HTML);
  await build({
    stdin: { contents: HARNESS_ENTRY, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'iife',
    minify: true,
    outfile: path.join(dir, 'harness.js'),
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'warning',
  });
}

function serve(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const name = req.url === '/' ? 'index.html' : path.basename(req.url ?? '');
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': name.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const ms = (n: number) => `${n.toFixed(0)} ms`.padStart(8);

async function main(): Promise<void> {
  const sizes = (process.env.BENCH_UI_SIZES ?? '100,1000,5000,7000,20000').split(',').map(Number);
  const webglToo = process.env.BENCH_UI_WEBGL === '1';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-ui-'));
  await writeHarness(dir);
  const server = await serve(dir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForFunction(() => typeof (window as unknown as { runBench?: unknown }).runBench === 'function');
    console.log(`Explorer rendering in headless Chromium (${os.cpus().length} cores), viewport 1280x800, fcose layout as the app runs it`);
    console.log('elements   nodes   edges  renderer        init    layout  first render  pan/zoom frame median / p95');
    for (const total of sizes) {
      for (const webgl of webglToo ? [false, true] : [false]) {
        const r = await page.evaluate(({ total, webgl }) => (window as unknown as { runBench: (t: number, w: boolean) => Promise<Result> }).runBench(total, webgl), { total, webgl });
        const renderer = `${r.webgl ? 'webgl' : 'canvas'}${r.large ? ' (cheap)' : ''}`;
        console.log(
          `${String(r.total).padStart(8)} ${String(r.nodes).padStart(7)} ${String(r.edges).padStart(7)}  ${renderer.padEnd(14)}${ms(r.initMs)}  ${ms(r.layoutMs)}  ${ms(r.firstRenderMs).padStart(12)}  ${ms(r.frameMedianMs)} / ${ms(r.frameP95Ms).trim()}`,
        );
      }
    }
  } finally {
    await browser.close();
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
