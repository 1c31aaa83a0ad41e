/**
 * `npm run bench:timeline`: how long the timeline takes to step the map from one day to the next
 * in headless Chromium, at 2,000 nodes (5,000 stances dated over January–May 2019, a fifth of
 * them closed later). The page draws the graph with the app's own code (components/graph/canvas.ts
 * and style.ts, preset positions: the step never lays out) and steps it with the timeline's
 * (components/timeline/applyInForce.ts showDay), bundled with esbuild into a harness served from a
 * temp folder, as scripts/bench-ui.ts does. One step = working out what is in force + toggling
 * classes and starting the fades + the next painted frame; the fades then run on their own.
 *
 * Options: BENCH_TIMELINE_NODES=2000, BENCH_TIMELINE_STEPS=60 (days stepped through).
 */
import os from 'node:os';
import { canvasPage, withHarness } from '@/scripts/browserHarness';
import { quantile, runBench } from '@/scripts/benchUtil';

const HARNESS_ENTRY = `
import cytoscape from 'cytoscape';
import { buildStylesheet, isLargeGraph } from '@/components/graph/style';
import { canvasOptions, syncElements } from '@/components/graph/canvas';
import { showDay, FADE_MS } from '@/components/timeline/applyInForce';

const KINDS = ['state', 'person', 'bloc', 'armed_force', 'institution', 'organisation', 'group', 'company'];
const TYPES = [['SUPPORTS', 1], ['OPPOSES', -1], ['MEDIATES', 0], ['SANCTIONS', -1], ['RECOGNISES', 1]];
const DAY = 86400000;
const START = Date.parse('2019-01-01T00:00:00Z');
const iso = (t) => new Date(t).toISOString().slice(0, 10);
function rng(seed) { return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32); }

/** n actors, 2.5 stances each, dated over 150 days; hubs by preferential attachment; positions on a jittered grid. */
function synthetic(n) {
  const random = rng(n);
  const side = Math.ceil(Math.sqrt(n));
  const nodes = [];
  for (let i = 0; i < n; i++) nodes.push({ data: { id: 'n' + i, key: 'n' + i, label: 'Actor ' + i, labels: ['Actor'], kind: KINDS[i % KINDS.length], backers: 0, opponents: 0, properties: {} }, position: { x: (i % side) * 60 + random() * 20, y: Math.floor(i / side) * 60 + random() * 20 } });
  const ends = [];
  const edges = [];
  for (let j = 0; j < Math.round(n * 2.5); j++) {
    const s = Math.floor(random() * n);
    const t = ends.length > 0 && random() < 0.6 ? ends[Math.floor(random() * ends.length)] : Math.floor(random() * n);
    const target = t === s ? (s + 1) % n : t;
    ends.push(target);
    const [type, polarity] = TYPES[j % TYPES.length];
    const start = START + Math.floor(random() * 150) * DAY;
    const data = { id: 'e' + j, source: 'n' + s, target: 'n' + target, type, label: type.toLowerCase(), polarity, certainty: 'stated', date: iso(start), evidence: [], properties: {} };
    if (random() < 0.2) data.until = iso(start + Math.floor(5 + random() * 60) * DAY);
    edges.push({ data });
  }
  return { nodes, edges };
}

const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
const wait = (ms) => new Promise((r) => setTimeout(r, ms));

window.benchTimeline = async (n, steps, animate) => {
  const elements = synthetic(n);
  const context = { nodes: elements.nodes.length, edges: elements.edges.length };
  const large = isLargeGraph(context);
  const cy = cytoscape(canvasOptions(document.getElementById('cy'), large, buildStylesheet(context)));
  syncElements(cy, elements, true);
  cy.fit();
  await frame();
  await frame();
  showDay(cy, iso(START + 29 * DAY), { animate: false });
  await frame();
  // The floor of any step: one full redraw of the map after a one-element style change.
  const redrawMs = [];
  const probe = cy.nodes()[0];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    probe.style('opacity', i % 2 ? 0.99 : 1);
    redrawMs.push((await frame()) - t0);
    await wait(50);
  }
  probe.removeStyle('opacity');
  const stepMs = [];
  const workMs = [];
  const changed = [];
  for (let d = 30; d < 30 + steps; d++) {
    const t0 = performance.now();
    changed.push(showDay(cy, iso(START + d * DAY), { animate }));
    const t1 = performance.now();
    const painted = await frame();
    workMs.push(t1 - t0);
    stepMs.push(painted - t0);
    // As when playing: the fades finish before the next day.
    await wait(FADE_MS + 50);
  }
  return { nodes: context.nodes, edges: context.edges, large, stepMs, workMs, changed, redrawMs };
};
`;

const HTML = canvasPage('bench:timeline');

interface Result {
  nodes: number;
  edges: number;
  large: boolean;
  stepMs: number[];
  workMs: number[];
  changed: number[];
  redrawMs: number[];
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

async function main(): Promise<void> {
  const n = Number(process.env.BENCH_TIMELINE_NODES ?? 2000);
  const steps = Math.max(1, Number(process.env.BENCH_TIMELINE_STEPS ?? 60));
  await withHarness('bench-timeline', HTML, HARNESS_ENTRY, async (browser, url) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    console.log(`Timeline step in headless Chromium (${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}), viewport 1280x800, ${steps} steps of one day`);
    for (const animate of [true, false]) {
      // A fresh page per variant, so the second does not inherit the first's heap.
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => typeof (window as unknown as { benchTimeline?: unknown }).benchTimeline === 'function');
      const result = await page.evaluate(
        ({ n, steps, animate }) => (window as unknown as { benchTimeline: (n: number, steps: number, animate: boolean) => Promise<Result> }).benchTimeline(n, steps, animate),
        { n, steps, animate },
      );
      console.log(`${result.nodes} nodes, ${result.edges} edges${result.large ? ' (cheap style)' : ''}, ${animate ? 'with fades' : 'without fades'}; elements changed per step: median ${quantile(result.changed, 0.5)}, max ${Math.max(...result.changed)}`);
      console.log(`  step (in force + classes + fades started + next painted frame): median ${ms(quantile(result.stepMs, 0.5))}, p95 ${ms(quantile(result.stepMs, 0.95))}`);
      console.log(`  of which script work before the frame: median ${ms(quantile(result.workMs, 0.5))}, p95 ${ms(quantile(result.workMs, 0.95))}`);
      console.log(`  floor: one redraw after a one-element style change: median ${ms(quantile(result.redrawMs, 0.5))}, p95 ${ms(quantile(result.redrawMs, 0.95))}`);
      await page.close();
    }
    await context.close();
  });
}

runBench(main);
