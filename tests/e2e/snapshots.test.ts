/**
 * Snapshots end to end in real Chromium: focus Maduro in the explorer, drag a node, select an
 * edge, share with a note; open the link in a fresh browser context and find the same position
 * (within a pixel: the part of the graph the explorer showed, fitted into the viewer's canvas), selection and note; change the data and see the "changed since" notice;
 * download the PNG export and check it is a real image.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { closeDriver, transactions } from '@/graph/db/driver';
import { baseUrl, setUpBrowser } from '@/tests/e2e/browser';
import { frameViewport } from '@/components/graph/frame';

const { write } = transactions('test');

const { newPage } = setUpBrowser();
let restore: (() => Promise<unknown>) | undefined;

afterAll(async () => {
  await restore?.();
  await closeDriver();
});

interface NodeState {
  id: string;
  model: { x: number; y: number };
  rendered: { x: number; y: number };
}

type CyWindow = Window & {
  __cy?: {
    getElementById(id: string): { position(): { x: number; y: number }; renderedPosition(): { x: number; y: number } };
    $(selector: string): { map<T>(fn: (e: { id(): string; isNode(): boolean }) => T): T[] };
  };
};

async function waitForCanvas(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="graph-canvas"][data-ready="true"]:not([data-nodes="0"])', { timeout: 30_000 });
  await page.waitForFunction(() => Boolean((window as CyWindow).__cy), undefined, { timeout: 10_000 });
}

async function nodeState(page: Page, id: string): Promise<NodeState> {
  return page.evaluate((nodeId) => {
    const node = (window as CyWindow).__cy!.getElementById(nodeId);
    return { id: nodeId, model: node.position(), rendered: node.renderedPosition() };
  }, id);
}

async function selectedIds(page: Page): Promise<{ id: string; node: boolean }[]> {
  return page.evaluate(() => (window as CyWindow).__cy!.$(':selected').map((e) => ({ id: e.id(), node: e.isNode() })));
}

/** Page coordinates of a point given in the canvas's rendered coordinates. */
async function onCanvas(page: Page, point: { x: number; y: number }): Promise<{ x: number; y: number }> {
  const box = await page.locator('[data-testid="graph-canvas"]').boundingBox();
  if (!box) throw new Error('the graph canvas is not on screen');
  return { x: box.x + point.x, y: box.y + point.y };
}

describe('snapshots (share, /s/[id], export)', () => {
  it('shares the view from the explorer and shows it exactly as saved, then flags changed data, and exports a PNG', async () => {
    const page = await newPage({ viewport: { width: 1400, height: 950 } });
    await page.goto(`${baseUrl()}/?focus=nicolas-maduro`);
    await page.waitForSelector('[data-testid="canvas-area"][data-status="ready"]', { timeout: 30_000 });
    await waitForCanvas(page);

    // A neighbour of Maduro with the most room around it, so the mouse grabs that node and no other.
    const target = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
      const nodes = cy.nodes(':visible');
      let best = { id: '', room: -1 };
      nodes.forEach((n) => {
        if (n.data('key') === 'nicolas-maduro') return;
        const p = n.renderedPosition();
        if (p.x < 40 || p.y < 40 || p.x > cy.width() - 110 || p.y > cy.height() - 80) return;
        let room = Infinity;
        nodes.forEach((o) => {
          if (o.id() !== n.id()) room = Math.min(room, Math.hypot(o.renderedPosition().x - p.x, o.renderedPosition().y - p.y));
        });
        if (room > best.room) best = { id: n.id(), room };
      });
      return best.id;
    });
    expect(target).not.toBe('');
    const before = await nodeState(page, target);
    const start = await onCanvas(page, before.rendered);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 40, start.y + 30, { steps: 12 });
    await page.mouse.move(start.x + 70, start.y + 45, { steps: 12 });
    await page.mouse.up();
    const moved = await nodeState(page, target);
    expect(Math.hypot(moved.rendered.x - before.rendered.x - 70, moved.rendered.y - before.rendered.y - 45)).toBeLessThan(3);

    // Click an edge at its midpoint (one far from any node, so the click lands on the edge).
    const edgeMid = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
      let best = { id: '', x: 0, y: 0, room: -1 };
      cy.edges(':visible').forEach((e) => {
        const m = e.renderedMidpoint();
        let room = Infinity;
        cy.nodes(':visible').forEach((n) => void (room = Math.min(room, Math.hypot(n.renderedPosition().x - m.x, n.renderedPosition().y - m.y))));
        if (room > best.room) best = { id: e.id(), x: m.x, y: m.y, room };
      });
      return best;
    });
    const click = await onCanvas(page, edgeMid);
    await page.mouse.click(click.x, click.y);
    await page.waitForFunction(() => (window as CyWindow).__cy!.$(':selected').map((e) => e.isNode()).includes(false), undefined, { timeout: 5_000 });
    const selection = (await selectedIds(page)).filter((s) => !s.node);
    expect(selection).toHaveLength(1);
    const edgeId = selection[0]!.id;

    const note = `Moved one node and picked a stance (${Date.now()}).`;
    await page.getByTestId('share-button').click();
    await page.getByTestId('share-title').fill('Maduro, rearranged');
    await page.getByTestId('share-note').fill(note);
    await page.getByTestId('share-create').click();
    const link = await page.getByTestId('share-link').inputValue({ timeout: 15_000 });
    expect(link).toMatch(/\/s\/[A-Za-z0-9_-]{22,}$/);
    expect((await page.getByTestId('share-token').innerText()).trim().length).toBeGreaterThanOrEqual(40);
    const saved = await nodeState(page, target);
    // The part of the graph the canvas showed: the snapshot fits it into the viewer's own canvas.
    const savedFrame = await page.evaluate(() => (window as unknown as { __cy: import('cytoscape').Core }).__cy.extent());
    // The browser that shared remembers the link; the instance-wide list never shows it.
    await page.goto(`${baseUrl()}/snapshots`);
    await page.getByTestId('my-snapshots').waitFor();
    expect(await page.getByTestId('my-snapshots').locator('a').first().getAttribute('href')).toBe(new URL(link).pathname);
    await page.close();

    // A new browser context: no cookies, no storage, only the link.
    const viewer = await newPage({ viewport: { width: 1400, height: 950 }, acceptDownloads: true });
    const response = await viewer.goto(link);
    expect(response?.status()).toBe(200);
    await waitForCanvas(viewer);
    const shown = await nodeState(viewer, target);
    expect(Math.abs(shown.model.x - saved.model.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(shown.model.y - saved.model.y)).toBeLessThanOrEqual(1);
    const canvas = await viewer.evaluate(() => {
      const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
      return { width: cy.width(), height: cy.height(), min: cy.minZoom(), max: cy.maxZoom(), zoom: cy.zoom() };
    });
    const fitted = frameViewport(savedFrame, canvas, canvas);
    expect(canvas.zoom).toBeCloseTo(fitted.zoom, 6);
    expect(Math.abs(shown.rendered.x - (saved.model.x * fitted.zoom + fitted.pan.x))).toBeLessThanOrEqual(1);
    expect(Math.abs(shown.rendered.y - (saved.model.y * fitted.zoom + fitted.pan.y))).toBeLessThanOrEqual(1);
    expect(await selectedIds(viewer)).toEqual([{ id: edgeId, node: false }]);
    expect(await viewer.getByTestId('snapshot-note').innerText()).toBe(note);
    expect(await viewer.getByTestId('changed-notice').count()).toBe(0);
    expect(await viewer.locator('meta[property="og:title"]').getAttribute('content')).toBe('Maduro, rearranged');
    expect(await viewer.getByTestId('open-live').getAttribute('href')).toContain('focus=nicolas-maduro');

    // Change a quote of the selected stance behind the app's back.
    const original = await write(async (tx) => {
      const result = await tx.run("MATCH ()-[r]->() WHERE elementId(r) = $id WITH r, r.quotes AS q SET r.quotes = q + 'A quote added after the snapshot.' RETURN q", { id: edgeId });
      return result.records[0]?.get('q') as string[] | undefined;
    });
    expect(original).toBeDefined();
    restore = () => write((tx) => tx.run('MATCH ()-[r]->() WHERE elementId(r) = $id SET r.quotes = $q', { id: edgeId, q: original }));
    await viewer.reload();
    await waitForCanvas(viewer);
    await viewer.getByTestId('changed-notice').waitFor({ timeout: 10_000 });
    expect(await viewer.getByTestId('changed-notice').innerText()).toMatch(/changed since/i);

    // PNG export at 2x of the whole graph.
    await viewer.getByTestId('export-menu').locator('summary').click();
    const [download] = await Promise.all([viewer.waitForEvent('download'), viewer.locator('button[data-format="png"]').click()]);
    const file = await download.path();
    const png = fs.readFileSync(file);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    const box = await viewer.evaluate(() => (window as unknown as { __cy: import('cytoscape').Core }).__cy.elements().boundingBox());
    expect(width / box.w).toBeGreaterThan(1.8);
    expect(width / box.w).toBeLessThan(2.2);
    expect(height).toBeGreaterThan(100);
    expect(png.length).toBeGreaterThan(10_000);
    expect(download.suggestedFilename()).toBe('maduro-rearranged.png');
  });

  it('draws a snapshot made through the API at its saved positions and viewport, lists it, and opens an exported .cyjs file', async () => {
    const graph = await (await fetch(`${baseUrl()}/api/graph?focus=juan-guaido&depth=1`)).json();
    const nodes = (graph.elements.nodes as { data: { id: string } }[]).map((n, i) => ({ ...n, position: { x: (i % 6) * 140 + 0.25, y: Math.floor(i / 6) * 110 - 0.5 } }));
    // Graph answers carry no quotes; a snapshot freezes them, so an API client fetches them first.
    const edges = graph.elements.edges as { data: { id: string } }[];
    const batch = await (await fetch(`${baseUrl()}/api/stances?${new URLSearchParams({ ids: edges.map((e) => e.data.id).join(',') })}`)).json();
    const evidence = new Map((batch.stances as { id: string; evidence: unknown[] }[]).map((s) => [s.id, s.evidence]));
    const elements = { nodes, edges: edges.map((e) => ({ data: { ...e.data, evidence: evidence.get(e.data.id) ?? [] } })) };
    const selection = { group: 'nodes', id: nodes[1]!.data.id };
    const created = await fetch(`${baseUrl()}/api/snapshots`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Guaidó & co <grid>', note: 'Laid out on a grid.', origin: { kind: 'console', query: 'MATCH (n) RETURN n LIMIT 5', params: {} }, elements, viewport: { zoom: 0.75, pan: { x: 120, y: 80 } }, layout: 'preset', selection, styleVersion: 'e2e' }),
    });
    expect(created.status).toBe(201);
    const { url, deleteToken } = await created.json();
    const page = await newPage({ viewport: { width: 1200, height: 800 } });
    await page.goto(`${baseUrl()}${url}`);
    await waitForCanvas(page);
    for (const node of nodes.slice(0, 5)) {
      const shown = await nodeState(page, node.data.id);
      expect(Math.abs(shown.model.x - node.position.x)).toBeLessThanOrEqual(1);
      expect(Math.abs(shown.rendered.x - (node.position.x * 0.75 + 120))).toBeLessThanOrEqual(1);
      expect(Math.abs(shown.rendered.y - (node.position.y * 0.75 + 80))).toBeLessThanOrEqual(1);
    }
    expect(await selectedIds(page)).toEqual([{ id: selection.id, node: true }]);
    expect(await page.title()).toBe('Guaidó & co <grid> · Stance Graph');
    expect(await page.getByTestId('open-live').getAttribute('href')).toMatch(/^\/query\?q=MATCH/);

    await page.getByTestId('export-menu').locator('summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-format="cyjs"]').click()]);
    const cyjs = fs.readFileSync(await download.path());
    await page.getByTestId('export-menu').locator('summary').click();
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-format="svg"]').click()]);
    const svg = fs.readFileSync(await svgDownload.path(), 'utf8');
    expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg /);
    expect(svg.match(/<g data-id=/g)).toHaveLength(nodes.length + elements.edges.length);
    expect(svg).toContain('Guaidó &amp; co &lt;grid&gt;');
    await page.goto(`${baseUrl()}/snapshots`);
    expect(await page.getByTestId('snapshot-list').innerText()).toContain('Guaidó & co <grid>');
    // The public list names snapshots but never links them: only their makers hold the ids.
    expect(await page.content()).not.toContain(url.replace('/s/', ''));
    await page.getByTestId('import-file').setInputFiles({ name: 'view.cyjs', mimeType: 'application/json', buffer: cyjs });
    await page.getByTestId('import-view').waitFor();
    await waitForCanvas(page);
    const imported = await nodeState(page, nodes[0]!.data.id);
    expect(Math.abs(imported.model.x - nodes[0]!.position.x)).toBeLessThanOrEqual(1);
    expect(await page.locator('[data-testid="import-view"] [data-testid="graph-canvas"]').getAttribute('data-nodes')).toBe(String(nodes.length));

    // Deleting from the page needs the token: a wrong one is refused, the right one removes it.
    await page.goto(`${baseUrl()}${url}`);
    await page.getByTestId('delete-menu').locator('summary').click();
    await page.getByTestId('delete-token').fill('not-the-token');
    await page.getByTestId('delete-submit').click();
    await page.getByRole('alert').filter({ hasText: 'does not belong' }).waitFor();
    await page.getByTestId('delete-token').fill(deleteToken);
    await page.getByTestId('delete-submit').click();
    await page.getByText('Deleted. The link no longer works.').waitFor();
    expect((await page.goto(`${baseUrl()}${url}`))?.status()).toBe(404);
  });

  it('answers 404 for an unknown snapshot id', async () => {
    const page = await newPage();
    const response = await page.goto(`${baseUrl()}/s/AAAAAAAAAAAAAAAAAAAAAAAA`);
    expect(response?.status()).toBe(404);
    await page.close();
  });
});
