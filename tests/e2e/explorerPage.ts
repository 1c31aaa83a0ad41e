/**
 * Helpers the explorer's end-to-end tests share: waiting for a view to settle, reading what the
 * canvas holds through the cytoscape instance it exposes (`window.__cy`), and turning a node's
 * rendered position into page coordinates for the mouse; and the chains the paths question
 * should find, computed from the seed data.
 */
import type { Page } from 'playwright-core';
import type { Dataset } from '@/graph/model/schema';

type Stance = Dataset['stances'][number];

export interface CyEdge {
  id: string;
  key: string;
  polarity: number;
  source: string;
  target: string;
}

export interface Point {
  x: number;
  y: number;
}

/**
 * Waits until the view the address names has loaded and the canvas has laid it out. The node
 * count cytoscape holds must match the page's too: hiding an actor refetches nothing, so only
 * that says the canvas has caught up with the new view. The panels' evidence, fetched after the
 * view (components/evidence/), must have arrived too.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const area = document.querySelector('[data-testid=canvas-area]');
      const canvas = area?.querySelector('[data-testid=graph-canvas]');
      const cy = (window as unknown as { __cy?: import('cytoscape').Core }).__cy;
      // data-url changes in the same render that starts loading the new view, so a stale "ready" cannot pass.
      return (
        area?.getAttribute('data-url') === location.pathname + location.search &&
        area?.getAttribute('data-status') === 'ready' &&
        canvas?.getAttribute('data-ready') === 'true' &&
        cy !== undefined &&
        String(cy.nodes().length) === canvas?.getAttribute('data-nodes') &&
        // Evidence comes on demand: the panels showing it have it (or said why not).
        document.querySelector('[data-evidence-status=loading]') === null
      );
    },
    undefined,
    { timeout: 30_000 },
  );
}

/** What the canvas holds, read from the cytoscape instance the canvas exposes for tests. */
export async function graph(page: Page): Promise<{ nodes: string[]; edges: CyEdge[] }> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
    return {
      nodes: cy.nodes().map((n) => String(n.data('key'))),
      edges: cy.edges().map((e) => ({
        id: e.id(),
        key: String((e.data('properties') as { id?: string }).id),
        polarity: Number(e.data('polarity')),
        source: String(e.source().data('key')),
        target: String(e.target().data('key')),
      })),
    };
  });
}

/** Model positions of every node on the canvas, by actor id. */
export async function positions(page: Page): Promise<Record<string, Point>> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
    return Object.fromEntries(cy.nodes().map((n) => [String(n.data('key')), { ...n.position() }]));
  });
}

/** Where a node is drawn, in page coordinates (for page.mouse). */
export async function nodeOnPage(page: Page, key: string): Promise<Point> {
  return page.evaluate((nodeKey) => {
    const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
    const node = cy.nodes().filter((n) => n.data('key') === nodeKey);
    if (node.empty()) throw new Error(`${nodeKey} is not on the canvas`);
    const box = document.querySelector('[data-testid=graph-canvas]')?.getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: (box?.x ?? 0) + p.x, y: (box?.y ?? 0) + p.y };
  }, key);
}

/** Waits until the canvas has laid the view out again: ready, and some node moved from `before`. */
export async function relaidOut(page: Page, before: Record<string, Point>): Promise<void> {
  await page.waitForFunction(
    (old) => {
      const cy = (window as unknown as { __cy?: import('cytoscape').Core }).__cy;
      const canvas = document.querySelector('[data-testid=graph-canvas]');
      if (!cy || canvas?.getAttribute('data-ready') !== 'true') return false;
      const moved = cy.nodes().filter((n) => {
        const was = old[String(n.data('key'))];
        const now = n.position();
        return !was || Math.abs(was.x - now.x) > 0.5 || Math.abs(was.y - now.y) > 0.5;
      });
      return moved.nonempty();
    },
    before,
    { timeout: 30_000 },
  );
  await settled(page);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Focuses an actor through the search box, as a user would, and waits for its neighbourhood. */
export async function focusActor(page: Page, typed: string, name: string, id: string): Promise<void> {
  await page.getByTestId('actor-search').fill(typed);
  // The name, then the kind: "Russia" must not also pick "Russian military contractors".
  await page.getByRole('option', { name: new RegExp(`^${escapeRegExp(name)}(?=\\s|$)`) }).click();
  await page.waitForURL(new RegExp(`focus=${id}(&|$)`));
  await settled(page);
}

/** Every shortest chain between two actors over the stances `keep` passes (either direction), as stance lists. */
export function shortestChains(dataset: Dataset, from: string, to: string, keep: (s: Stance) => boolean): Stance[][] {
  const stances = dataset.stances.filter(keep);
  const dist = new Map([[from, 0]]);
  for (let frontier = [from]; frontier.length > 0; ) {
    const next: string[] = [];
    for (const id of frontier)
      for (const s of stances) {
        const other = s.from === id ? s.to : s.to === id ? s.from : null;
        if (other && !dist.has(other)) {
          dist.set(other, (dist.get(id) ?? 0) + 1);
          next.push(other);
        }
      }
    frontier = next;
  }
  const length = dist.get(to);
  if (length === undefined) return [];
  const walk = (id: string, chain: Stance[]): Stance[][] => {
    if (chain.length === length) return id === to ? [chain] : [];
    return stances.flatMap((s) => {
      const other = s.from === id ? s.to : s.to === id ? s.from : null;
      return other && dist.get(other) === chain.length + 1 ? walk(other, [...chain, s]) : [];
    });
  };
  return walk(from, []);
}

/** Every chain between two actors over the stances `keep` passes (either direction) of up to `max` steps, visiting no actor twice: what the paths question lists. */
export function allChains(dataset: Dataset, from: string, to: string, max: number, keep: (s: Stance) => boolean = () => true): Stance[][] {
  const stances = dataset.stances.filter(keep);
  const out: Stance[][] = [];
  const walk = (id: string, chain: Stance[], seen: ReadonlySet<string>) => {
    if (id === to) return void out.push(chain);
    if (chain.length === max) return;
    for (const s of stances) {
      const other = s.from === id ? s.to : s.to === id ? s.from : null;
      if (other && !seen.has(other)) walk(other, [...chain, s], new Set([...seen, other]));
    }
  };
  walk(from, [], new Set([from]));
  return out;
}
