/**
 * The cytoscape side of GraphCanvas, free of React: the renderer options, syncing elements into
 * an instance and running a layout. `npm run bench:ui` drives these same functions in Chromium,
 * so the figures it prints are the explorer's own.
 */
import type cytoscape from 'cytoscape';
import type { Elements } from '@/graph/model/elements';
import { layoutOptions, pairKey, type LayoutContext, type LayoutName } from '@/components/graph/layouts';
import { measureNodes, type Box } from '@/components/graph/overlaps';
import { separate, separateAndCompact, SEPARATE_DEFAULTS } from '@/components/graph/separate';
import { labelScale, setLabelScale, STYLE_DEFAULTS, type StyleOptions } from '@/components/graph/style';

export const CANVAS_DEFAULTS = {
  /** Box selection with a modifier key (shift, ctrl, alt) while dragging; plain drags pan. */
  boxSelectionEnabled: true,
  /** A new box or shift-click adds to what is selected rather than replacing it. */
  selectionType: 'additive',
  minZoom: 0.05,
  maxZoom: 4,
  /**
   * Renderer settings for large views (style.ts isLargeGraph). While the user pans or zooms,
   * draw a cached bitmap of the graph and leave edges out; draw at one device pixel per CSS pixel.
   */
  large: { textureOnViewport: true, hideEdgesOnViewport: true, pixelRatio: 1 },
  /** Small views: draw every frame in full, sharp on high-density screens. */
  small: { textureOnViewport: false, hideEdgesOnViewport: false, pixelRatio: 'auto' },
} as const;

/**
 * Options for a new instance. The renderer settings cannot change after creation, so the
 * canvas makes a new instance when a view crosses the large-graph threshold.
 */
export function canvasOptions(container: HTMLElement, large: boolean, style: cytoscape.StylesheetJson): cytoscape.CytoscapeOptions {
  const { boxSelectionEnabled, selectionType, minZoom, maxZoom } = CANVAS_DEFAULTS;
  return { container, style, boxSelectionEnabled, selectionType, minZoom, maxZoom, ...(large ? CANVAS_DEFAULTS.large : CANVAS_DEFAULTS.small) };
}

/**
 * Adds, updates and removes elements so cy holds exactly `elements`, in one batch; returns the
 * ids of the nodes added. With `usePositions`, nodes take the positions the elements carry.
 */
export function syncElements(cy: cytoscape.Core, elements: Elements, usePositions: boolean): string[] {
  const nodeIds = new Set(elements.nodes.map((n) => n.data.id));
  const wanted = new Set([...nodeIds, ...elements.edges.map((e) => e.data.id)]);
  const added: string[] = [];
  cy.batch(() => {
    cy.elements().filter((ele) => !wanted.has(ele.id())).remove();
    const fresh: cytoscape.ElementDefinition[] = [];
    for (const node of elements.nodes) {
      const existing = cy.getElementById(node.data.id);
      if (existing.nonempty()) {
        existing.data(node.data);
        if (usePositions && node.position) existing.position(node.position);
      } else {
        fresh.push({ group: 'nodes', data: { ...node.data }, ...(node.position ? { position: { ...node.position } } : {}) });
        added.push(node.data.id);
      }
    }
    for (const edge of elements.edges) {
      // An edge whose end is missing would make cytoscape throw: skip it rather than break the view.
      if (!nodeIds.has(edge.data.source) || !nodeIds.has(edge.data.target)) continue;
      const existing = cy.getElementById(edge.data.id);
      if (existing.nonempty()) existing.data(edge.data);
      else fresh.push({ group: 'edges', data: { ...edge.data } });
    }
    cy.add(fresh);
  });
  return added;
}

/** New nodes start next to a neighbour already on screen, so an incremental layout moves them little. */
export function seedNewPositions(cy: cytoscape.Core, addedIds: readonly string[]): void {
  const added = new Set(addedIds);
  for (const id of addedIds) {
    const node = cy.getElementById(id) as cytoscape.NodeSingular;
    const anchor = node.neighborhood().nodes().filter((n) => !added.has(n.id())).first() as cytoscape.NodeSingular;
    if (anchor.nonempty()) {
      const p = anchor.position();
      node.position({ x: p.x + (Math.random() - 0.5) * 120, y: p.y + (Math.random() - 0.5) * 120 });
    }
  }
}

/** Runs a layout (over `eles`, default all) and resolves when it has stopped (synchronous layouts stop within run()). */
export function runLayout(cy: cytoscape.Core, options: cytoscape.LayoutOptions, eles: cytoscape.Collection = cy.elements()): Promise<void> {
  const layout = eles.layout(options);
  const stopped = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
  layout.run();
  return stopped;
}

/** Deterministic pseudo-random numbers (a linear congruential generator), the same for every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * Runs `start` with Math.random seeded. fcose draws its initial spectral sample and its
 * processing order with Math.random; a seeded generator while it runs (synchronously, as every
 * layout here does with animate: false) makes the same view come out the same on every load,
 * and keeps tests reproducible.
 */
function withSeededRandom<T>(start: () => T, seed = 2019): T {
  const random = Math.random;
  Math.random = seededRandom(seed);
  try {
    return start();
  } finally {
    Math.random = random;
  }
}

/**
 * Every node and one edge per pair of nodes (whichever way it points): what a force-directed
 * layout needs. Parallel stances add springs between the same two actors, which cost fcose time
 * in proportion (a million-stance view of 64 actors, after one Load more, holds 1,189 stances)
 * without changing who stands near whom.
 */
export function layoutSkeleton(cy: cytoscape.Core): cytoscape.Collection {
  const pairs = new Set<string>();
  const edges = cy.edges().filter((edge) => {
    const pair = pairKey(edge.source().id(), edge.target().id());
    if (pairs.has(pair)) return false;
    pairs.add(pair);
    return true;
  });
  return cy.nodes().union(edges);
}

/** Each node's body and label together, relative to its position: the footprint the layout must keep clear. */
export function nodeFootprints(cy: cytoscape.Core): Map<string, Box> {
  const footprints = new Map<string, Box>();
  for (const { id, body, label } of measureNodes(cy)) {
    const { x, y } = cy.getElementById(id).position();
    const all = label ? { x1: Math.min(body.x1, label.x1), y1: Math.min(body.y1, label.y1), x2: Math.max(body.x2, label.x2), y2: Math.max(body.y2, label.y2) } : body;
    footprints.set(id, { x1: all.x1 - x, y1: all.y1 - y, x2: all.x2 - x, y2: all.y2 - y });
  }
  return footprints;
}

/**
 * Lays a view out as GraphCanvas shows it: the layout itself (seeded), then, for every layout
 * but preset and the cheap large-view ones, overlap removal over each node's body and label
 * (separate.ts), then a fit. Preset keeps the positions it is given (snapshots); large views keep
 * their millisecond rings (bench:ui), where labels are drawn only on hover anyway.
 */
export async function layOutView(cy: cytoscape.Core, name: LayoutName, context: LayoutContext): Promise<void> {
  const tidy = name !== 'preset' && !context.large && cy.nodes().length > 1;
  // Footprints are measured at the usual label size, so a fresh layout never inherits the last view's scale.
  if (!context.incremental) setLabelScale(cy, 1);
  // fcose's result still leans on where nodes stood before; starting every fresh layout from the
  // same place makes a view look the same however the user reached it.
  if (name === 'fcose' && !context.incremental && !context.large) cy.nodes(':unlocked').positions({ x: 0, y: 0 });
  const footprints = tidy ? nodeFootprints(cy) : undefined;
  const options = layoutOptions(name, { ...context, ...(footprints ? { footprints } : {}) }) as cytoscape.LayoutOptions & { fit?: boolean; padding?: number };
  const fit = options.fit !== false;
  const eles = options.name === 'fcose' ? layoutSkeleton(cy) : cy.elements();
  const stopped = withSeededRandom(() => runLayout(cy, { ...options, fit: fit && !tidy } as cytoscape.LayoutOptions, eles));
  await stopped;
  if (!footprints) {
    // Large views draw no names (only on hover), so they need no label scaling; the others are fitted readable.
    if (fit && context.large) rememberFit(cy, options.padding ?? 0);
    else if (fit) fitReadable(cy, options.padding ?? 0);
    return;
  }
  const placed = cy.nodes().map((n) => ({ id: n.id(), position: { ...n.position() }, box: footprints.get(n.id()) ?? { x1: 0, y1: 0, x2: 0, y2: 0 }, fixed: n.locked() }));
  // Views that draw names are also drawn in, so they open fitted with names at a readable size;
  // not camps (their grid stays), nor an expand (what was on screen stays put), nor crowded views
  // (names only on hover, and drawing hundreds of nodes in costs most of a second), nor headless.
  const viewport = { width: cy.width(), height: cy.height(), padding: options.padding ?? 0 };
  const crowded = cy.nodes().length > STYLE_DEFAULTS.crowdedNodes;
  const compact = fit && name !== 'camps' && !context.incremental && !crowded && viewport.width > 2 * viewport.padding && viewport.height > 2 * viewport.padding;
  const moved = compact ? separateAndCompact(placed, viewport) : separate(placed, SEPARATE_DEFAULTS);
  cy.batch(() => {
    for (const [id, position] of moved) cy.getElementById(id).position(position);
  });
  if (fit) fitReadable(cy, options.padding ?? 0);
}

/**
 * The label scale that draws node names at `minReadableFontSize` on screen at this zoom: 1 when
 * they are that large already (a font of 14 at zoom 0.62 draws 8.7 px, so 1.15 there).
 */
export function readableLabelScale(zoom: number, options: Pick<StyleOptions, 'fontSize' | 'minReadableFontSize'> = STYLE_DEFAULTS): number {
  return zoom <= 0 ? 1 : Math.max(1, options.minReadableFontSize / (options.fontSize * zoom));
}

/**
 * Fits the view to its canvas (at its current size), then, where the fit zooms out so far that
 * names would be drawn smaller than `minReadableFontSize`, draws the labels larger until they are
 * not: larger labels widen the view a little, so the fit is repeated a few times (each round
 * closes most of the gap). Every layout ends here, and so does a resize while the user has not
 * moved the view, so a view always opens fitted with readable names.
 */
export function fitReadable(cy: cytoscape.Core, padding: number, options: Pick<StyleOptions, 'fontSize' | 'minReadableFontSize'> = STYLE_DEFAULTS): void {
  // cytoscape caches its container's size; panels above the canvas may have changed it since.
  cy.resize();
  setLabelScale(cy, 1);
  // The nodes (with their names) decide the frame: fitting every element would work out each
  // edge's curve once per round, most of a second for hundreds of parallel stances, while a
  // curve between two framed nodes stays within the padding.
  const framed = cy.nodes();
  cy.fit(framed, padding);
  // A canvas with no room (headless, or not laid out by the browser yet) has no readable size to aim for.
  const room = cy.width() > 2 * padding && cy.height() > 2 * padding;
  for (let round = 0; room && round < 8 && options.fontSize * labelScale(cy) * cy.zoom() < options.minReadableFontSize; round++) {
    // A hair more than needed, so the refit's slightly smaller zoom still leaves names at the minimum.
    setLabelScale(cy, Math.max(labelScale(cy), readableLabelScale(cy.zoom(), options) * 1.01));
    cy.fit(framed, padding);
  }
  rememberFit(cy, padding);
}

interface Fitted {
  zoom: number;
  pan: { x: number; y: number };
  padding: number;
}
const FITTED = 'stanceGraphFitted';

/** Notes the viewport a layout's fit chose, so a resize can fit again while the user has not moved. */
function rememberFit(cy: cytoscape.Core, padding: number): void {
  cy.scratch(FITTED, { zoom: cy.zoom(), pan: { ...cy.pan() }, padding } satisfies Fitted);
}

/**
 * Keeps a view fitted when its container changes size: panels and notes above the canvas settle
 * after the layout has run (a longer caption, a summary line), and cytoscape would otherwise keep
 * the old size, cutting the graph's edge off. Only while the viewport is still the one the layout
 * fitted: once the user zooms or pans, a resize leaves their view alone. Returns the disconnect.
 */
export function refitOnResize(cy: cytoscape.Core, container: HTMLElement): () => void {
  const observer = new ResizeObserver(() => {
    const fitted = cy.scratch(FITTED) as Fitted | undefined;
    const untouched = fitted !== undefined && cy.zoom() === fitted.zoom && cy.pan().x === fitted.pan.x && cy.pan().y === fitted.pan.y;
    cy.resize();
    if (untouched && cy.nodes().nonempty()) fitReadable(cy, fitted.padding);
  });
  observer.observe(container);
  return () => observer.disconnect();
}
