/**
 * `npm run bench:ui`: how fast the explorer's graph view draws synthetic graphs in headless
 * Chromium. For each size it prints the time to first render (cytoscape init + the layout the
 * app runs + the first painted frame, measured in the page with performance.now()) and the frame
 * times while the mouse pans and zooms. The page draws the graph with the app's own code
 * (components/graph/canvas.ts, style.ts, layouts/, called as GraphCanvas calls them), bundled
 * with esbuild (which tsx brings along) into a harness served from a temp folder.
 *
 * Options: BENCH_UI_SIZES=100,1000 (elements), BENCH_UI_RUNS=3 (fresh pages per size, medians
 * printed), BENCH_UI_WEBGL=1 to also try the WebGL renderer, BENCH_UI_LOD=0 to draw large graphs
 * whole instead of with the explorer's levels of detail (components/graph/aggregate.ts).
 */
import os from 'node:os';
import type { Page } from 'playwright-core';
import { canvasPage, withHarness } from '@/scripts/browserHarness';
import { median, runBench } from '@/scripts/benchUtil';

/** In-page harness: synthetic graph, real stylesheet and layout options, timings. */
const HARNESS_ENTRY = `
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { buildStylesheet, isLargeGraph } from '@/components/graph/style';
import { layoutOptions } from '@/components/graph/layouts';
import { canvasOptions, runLayout, syncElements } from '@/components/graph/canvas';
import { levelOfDetail } from '@/components/graph/aggregate';
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

/** Draws a synthetic graph the way GraphCanvas does: same options, stylesheet, sync and layout. */
window.drawGraph = async (total, webgl, lod) => {
  if (window.benchCy) window.benchCy.destroy();
  const container = document.getElementById('cy');
  const given = synthetic(total);
  const t0 = performance.now();
  // As the explorer does (pages/index.tsx): large views are drawn with groups; the grouping is timed too.
  const elements = lod ? levelOfDetail(given).elements : given;
  const context = { nodes: elements.nodes.length, edges: elements.edges.length };
  const large = isLargeGraph(context);
  const cy = cytoscape({ ...canvasOptions(container, large, buildStylesheet({ nodes: 0, edges: 0 })), ...(webgl ? { webgl: true } : {}) });
  cy.style(buildStylesheet(context));
  syncElements(cy, elements, false);
  const tInit = performance.now();
  await runLayout(cy, layoutOptions('fcose', { elements, focusIds: [], large, incremental: false }));
  const tLayout = performance.now();
  await frame();
  const tFirst = await frame();
  window.benchCy = cy;
  return { total, nodes: context.nodes, edges: context.edges, large, webgl: !!webgl, initMs: tInit - t0, layoutMs: tLayout - tInit, firstRenderMs: tFirst - t0 };
};

/** Records frame-to-frame times until stopFrames() is called. */
window.startFrames = () => {
  window.frameTimes = [];
  window.recording = true;
  let last = performance.now();
  const tick = (now) => {
    window.frameTimes.push(now - last);
    last = now;
    if (window.recording) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};
window.stopFrames = () => {
  window.recording = false;
  const times = window.frameTimes.slice(1).sort((a, b) => a - b);
  return { frames: times.length, frameMedianMs: times[Math.floor(times.length / 2)], frameP95Ms: times[Math.floor(times.length * 0.95)], frameMaxMs: times[times.length - 1] };
};
`;

const HTML = canvasPage('bench:ui');

interface Drawn {
  total: number;
  nodes: number;
  edges: number;
  large: boolean;
  webgl: boolean;
  initMs: number;
  layoutMs: number;
  firstRenderMs: number;
}
interface Frames {
  frames: number;
  frameMedianMs: number;
  frameP95Ms: number;
  frameMaxMs: number;
}
type BenchWindow = Window & { drawGraph: (total: number, webgl: boolean, lod: boolean) => Promise<Drawn>; startFrames: () => void; stopFrames: () => Frames };

const ms = (n: number) => `${n.toFixed(0)} ms`.padStart(8);

/**
 * Pans and zooms the way a user does, with the mouse: wheel turns towards and away from the
 * pointer, then a drag across the background, while the page records every frame.
 */
async function panAndZoom(page: Page): Promise<Frames> {
  await page.mouse.move(640, 400);
  await page.evaluate(() => (window as unknown as BenchWindow).startFrames());
  for (let i = 0; i < 20; i++) {
    await page.mouse.wheel(0, i % 4 < 2 ? -120 : 120);
    await page.waitForTimeout(16);
  }
  await page.mouse.down();
  for (let i = 0; i < 40; i++) {
    await page.mouse.move(640 + (i % 20) * 9 - (i >= 20 ? 180 : 0), 400 + i * 3);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  // The full redraw after the gesture ends belongs to the gesture too.
  await page.waitForTimeout(400);
  return page.evaluate(() => (window as unknown as BenchWindow).stopFrames());
}

async function main(): Promise<void> {
  const sizes = (process.env.BENCH_UI_SIZES ?? '100,1000,5000,7000,20000').split(',').map(Number);
  const webglToo = process.env.BENCH_UI_WEBGL === '1';
  const runs = Math.max(1, Number(process.env.BENCH_UI_RUNS ?? 3));
  const lod = process.env.BENCH_UI_LOD !== '0';
  await withHarness('bench-ui', HTML, HARNESS_ENTRY, async (browser, url) => {
    console.log(`Explorer rendering in headless Chromium (${os.cpus().length} cores), viewport 1280x800, drawn as GraphCanvas draws it;`);
    console.log(`each size ${runs} times in a fresh page (cold JavaScript, as a user's first view): medians, first render also min–max;`);
    console.log(lod ? 'levels of detail on, as in the explorer (nodes and edges: what is drawn; BENCH_UI_LOD=0 draws everything)' : 'levels of detail off (BENCH_UI_LOD=0): every element drawn');
    console.log('elements   nodes   edges  renderer        init    layout  first render (min–max)   again (warm)  pan/zoom frames median / p95 / max');
    for (const total of sizes) {
      for (const webgl of webglToo ? [false, true] : [false]) {
        const cold: Drawn[] = [];
        const warm: Drawn[] = [];
        const frames: Frames[] = [];
        for (let run = 0; run < runs; run++) {
          // A context of its own per run, so no earlier page's renderer process or heap is reused.
          const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
          const page = await context.newPage();
          await page.goto(url);
          await page.waitForFunction(() => typeof (window as unknown as Partial<BenchWindow>).drawGraph === 'function');
          const draw = () => page.evaluate(({ total, webgl, lod }) => (window as unknown as BenchWindow).drawGraph(total, webgl, lod), { total, webgl, lod });
          cold.push(await draw());
          warm.push(await draw());
          frames.push(await panAndZoom(page));
          await context.close();
        }
        const first = cold[0] as Drawn;
        const renders = cold.map((d) => d.firstRenderMs);
        const renderer = `${first.webgl ? 'webgl' : 'canvas'}${first.large ? ' (cheap)' : ''}`;
        const range = `${ms(median(renders))} (${Math.min(...renders).toFixed(0)}–${Math.max(...renders).toFixed(0)})`;
        console.log(
          `${String(first.total).padStart(8)} ${String(first.nodes).padStart(7)} ${String(first.edges).padStart(7)}  ${renderer.padEnd(14)}${ms(median(cold.map((d) => d.initMs)))}  ${ms(median(cold.map((d) => d.layoutMs)))}  ${range.padStart(22)}  ${ms(median(warm.map((d) => d.firstRenderMs))).padStart(12)}  ${ms(median(frames.map((f) => f.frameMedianMs)))} / ${ms(median(frames.map((f) => f.frameP95Ms))).trim()} / ${ms(Math.max(...frames.map((f) => f.frameMaxMs))).trim()}`,
        );
      }
    }
  });
}

runBench(main);
