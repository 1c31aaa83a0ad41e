/**
 * `npm run bench:explorer`: how fast the explorer itself opens, as a user meets it. Opens the
 * served explorer (BENCH_EXPLORER_URL, default http://127.0.0.1:3000/; any path, e.g. a focus)
 * BENCH_EXPLORER_RUNS times (default 5), each in a fresh browser context of headless Chromium
 * (cold cache and JavaScript), and prints, from the start of navigation: when the graph request
 * answered, its size, and when the canvas had laid the view out and the page said it was ready;
 * with what the view holds. Run it against the seeded crisis and against a big graph (a server
 * kept by `BENCH_KEEP_SERVER=1 npm run bench:scale`, served with NEO4J_URI set) to compare them.
 * Prints figures; asserts nothing.
 */
import os from 'node:os';
import { launchBrowser } from '@/tests/e2e/browser';
import { median, runBench } from '@/scripts/benchUtil';

interface Opened {
  /** Navigation start to the page being ready with the canvas laid out. */
  readyMs: number;
  /** Navigation start to the end of the first /api/graph response, and its size on the wire. */
  graphAnsweredMs: number;
  graphBytes: number;
  nodes: number;
  edges: number;
  status: string;
}

const range = (values: readonly number[]) => `${median(values).toFixed(0)} ms (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`;

async function main(): Promise<void> {
  const url = process.env.BENCH_EXPLORER_URL ?? 'http://127.0.0.1:3000/';
  const runs = Math.max(1, Number(process.env.BENCH_EXPLORER_RUNS ?? 5));
  const browser = await launchBrowser();
  const opened: Opened[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(url);
      // The same signals the e2e tests wait on (tests/e2e/explorerPage.ts settled), read as soon as they hold.
      const ready = await page.waitForFunction(
        () => {
          const area = document.querySelector('[data-testid=canvas-area]');
          const canvas = area?.querySelector('[data-testid=graph-canvas]');
          return area?.getAttribute('data-status') === 'ready' && canvas?.getAttribute('data-ready') === 'true' ? performance.now() : false;
        },
        undefined,
        { polling: 'raf', timeout: 60_000 },
      );
      const readyMs = Number(await ready.jsonValue());
      opened.push(
        await page.evaluate((readyAt) => {
          // The canvas says what it holds: the served build need not expose window.__cy (a test-only hook).
          const canvas = document.querySelector('[data-testid=graph-canvas]');
          const graphRequest = performance.getEntriesByType('resource').find((e) => e.name.includes('/api/graph')) as PerformanceResourceTiming | undefined;
          return {
            readyMs: readyAt,
            graphAnsweredMs: graphRequest?.responseEnd ?? NaN,
            graphBytes: graphRequest?.encodedBodySize ?? NaN,
            nodes: Number(canvas?.getAttribute('data-nodes') ?? 0),
            edges: Number(canvas?.getAttribute('data-edges') ?? 0),
            status: document.querySelector('[data-testid=status-line]')?.textContent?.trim() ?? '',
          };
        }, readyMs),
      );
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const first = opened[0] as Opened;
  console.log(`The explorer at ${url} in headless Chromium (${os.cpus().length} cores, load average ${os.loadavg()[0]?.toFixed(2)}), ${runs} fresh pages, viewport 1280x800:`);
  console.log(`  view drawn: ${first.nodes} nodes and ${first.edges} edges; status line: "${first.status}"`);
  console.log(`  /api/graph answered at ${range(opened.map((o) => o.graphAnsweredMs))}, ${(first.graphBytes / 1024).toFixed(0)} KiB`);
  console.log(`  canvas laid out and page ready at ${range(opened.map((o) => o.readyMs))} after navigation start (median, min–max)`);
}

runBench(main);
