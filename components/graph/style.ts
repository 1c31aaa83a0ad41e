/**
 * The cytoscape stylesheet of every graph view: node shape and colour by kind (any unknown kind
 * gets a stable colour of its own), size by how many back or oppose a node, edges by polarity
 * (line colour, line style and arrow shape, so colour is never the only signal) and certainty
 * (claimed or alleged stances are dashed). Options live in one commented defaults object.
 */
import { LOD_GROUP_KIND } from '@/components/graph/aggregate';
import type cytoscape from 'cytoscape';

export const STYLE_DEFAULTS = {
  /** Node diameter (px at zoom 1) of a node nobody backs or opposes. */
  nodeSizeMin: 30,
  /** Largest node diameter, reached at `nodeSizeFullAt` backers + opponents. */
  nodeSizeMax: 78,
  nodeSizeFullAt: 16,
  /** Labels shrink below this on-screen size are not drawn at all (cytoscape's min-zoomed-font-size). */
  minZoomedFontSize: 8,
  /** Smallest on-screen size (px) node labels may have when a view opens fitted; layouts are kept compact enough for it. */
  minReadableFontSize: 10,
  fontSize: 14,
  /**
   * Node names wrap onto further lines past this width (px at zoom 1) rather than being cut short,
   * so every name is whole on the canvas; layouts keep the wrapped label clear of other nodes.
   */
  labelMaxWidth: 110,
  /** Above this many nodes, node labels show only on hover, selection or focus. */
  crowdedNodes: 80,
  /**
   * Above this many elements (nodes + edges) the cheap style is used: haystack edges (straight,
   * no arrows, no parallel spacing), no labels except the selected, no text outlines.
   */
  largeGraphElements: 1500,
  /**
   * Above this many edges (in a view that is not large), stances are drawn as straight lines with
   * their arrow at mid-line instead of curves ending in one: working out and drawing a curve per
   * stance costs cytoscape ~0.5 s more at 900 stances (a million-stance graph's first view with
   * the old budget, docs/benchmarks.md), and hundreds of parallel curves are no easier to read
   * than lines.
   */
  denseEdges: 500,
  /** How far apart (0–1 of the node's radius) the straight lines of parallel stances spread on their ends. */
  denseSpread: 0.5,
  /** Gap between parallel stances between the same pair (bezier control-point step). */
  parallelEdgeGap: 36,
  edgeWidth: 2,
  colours: {
    backs: '#1a7f37',
    opposes: '#c62828',
    neutral: '#6b7280',
    focus: '#ffb000',
    selected: '#1f5fbf',
    label: '#1d2327',
    labelOutline: '#ffffff',
  },
};
export type StyleOptions = typeof STYLE_DEFAULTS;

/** Shape and colour for each kind the data format knows; `unknown` covers any other label. */
export const KIND_STYLES: Record<string, { shape: cytoscape.Css.NodeShape; colour: string; label: string }> = {
  state: { shape: 'round-rectangle', colour: '#2f6db5', label: 'State' },
  bloc: { shape: 'hexagon', colour: '#7b4fa6', label: 'Bloc of states' },
  person: { shape: 'ellipse', colour: '#d9822b', label: 'Person' },
  armed_force: { shape: 'triangle', colour: '#5b6b2f', label: 'Armed force' },
  institution: { shape: 'barrel', colour: '#167d8a', label: 'Institution' },
  organisation: { shape: 'octagon', colour: '#8c5a44', label: 'Organisation' },
  group: { shape: 'pentagon', colour: '#c2457a', label: 'Group' },
  company: { shape: 'diamond', colour: '#4f6470', label: 'Company' },
  topic: { shape: 'tag', colour: '#b8920f', label: 'Topic' },
  source: { shape: 'rhomboid', colour: '#8d8d8d', label: 'Source' },
};
const UNKNOWN_SHAPE: cytoscape.Css.NodeShape = 'ellipse';
/** Selector part matching nodes of none of the known kinds (an absent kind included). */
const UNKNOWN_KIND = Object.keys(KIND_STYLES).map((kind) => `[kind != "${kind}"]`).join('');

/** A colour that is the same for a label on every load: hue from a string hash. */
export function stableColour(label: string): string {
  let hash = 0;
  for (const ch of label) hash = (hash * 31 + ch.charCodeAt(0)) | 0;
  const hue = Math.abs(hash) % 360;
  return `hsl(${hue}, 45%, 45%)`;
}

export function kindColour(kind: string): string {
  return KIND_STYLES[kind]?.colour ?? stableColour(kind);
}

export function kindShape(kind: string): cytoscape.Css.NodeShape {
  return KIND_STYLES[kind]?.shape ?? UNKNOWN_SHAPE;
}

/** Diameter grows with the square root of backers + opponents, so hubs stand out without dwarfing the rest. */
export function nodeSize(backers: number, opponents: number, options: StyleOptions = STYLE_DEFAULTS): number {
  const weight = Math.min(backers + opponents, options.nodeSizeFullAt);
  const share = Math.sqrt(weight / options.nodeSizeFullAt);
  return Math.round(options.nodeSizeMin + share * (options.nodeSizeMax - options.nodeSizeMin));
}

/** `+` backs, `−` opposes, `○` neutral: the sign written on edge labels and in the legend. */
export function polaritySign(polarity: number): string {
  return polarity > 0 ? '+' : polarity < 0 ? '−' : '○';
}

export interface StyleContext {
  nodes: number;
  edges: number;
}

/** Whether a view is big enough to switch to the cheap style (and cheap renderer options). */
export function isLargeGraph(context: StyleContext, options: StyleOptions = STYLE_DEFAULTS): boolean {
  return context.nodes + context.edges > options.largeGraphElements;
}

type Rule = cytoscape.StylesheetJsonBlock;

/** Whether a view's stances are drawn straight with mid-line arrows (see `denseEdges`); large views are drawn cheaper still. */
export function hasDenseEdges(context: StyleContext, options: StyleOptions = STYLE_DEFAULTS): boolean {
  return context.edges > options.denseEdges && !isLargeGraph(context, options);
}

/** Claimed or alleged stances: dashed, whatever the polarity (a neutral one in shorter dots). */
const claimedDashes: Rule[] = [
  { selector: 'edge[certainty = "claimed"], edge[certainty = "alleged"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 4] } },
  { selector: 'edge[polarity = 0][certainty = "claimed"], edge[polarity = 0][certainty = "alleged"]', style: { 'line-dash-pattern': [2, 5] } },
];

/** Each instance's label scale (see setLabelScale); instances never scaled draw labels at 1. */
const labelScales = new WeakMap<cytoscape.Core, number>();

/** How much larger than `fontSize` labels are drawn in this instance (1 unless a fit scaled them up). */
export function labelScale(cy: cytoscape.Core): number {
  return labelScales.get(cy) ?? 1;
}

/**
 * Draws every label `scale` times its usual size (in model units), so a view fitted at a small
 * zoom still shows names at a readable size on screen (canvas.ts fitReadable). The stylesheet reads
 * the scale through function mappers, so only a restyle is needed, not a new stylesheet.
 */
export function setLabelScale(cy: cytoscape.Core, scale: number): void {
  if (labelScale(cy) === scale) return;
  labelScales.set(cy, scale);
  cy.style().update();
}

/** Label text of nodes (below the node, long names wrapped) or of edges (along the line), at the instance's label scale. */
function labelStyle(group: 'node' | 'edge', options: StyleOptions): cytoscape.Css.Node & cytoscape.Css.Edge {
  type Ele = cytoscape.SingularElementArgument;
  const scaled = (size: number) => (ele: Ele) => size * labelScale(ele.cy());
  const text = { color: options.colours.label, 'text-outline-color': options.colours.labelOutline, 'text-outline-width': scaled(2.5) };
  // Wrapping width grows with the font, so a scaled name wraps at the same words.
  return group === 'node'
    ? { ...text, 'font-size': scaled(options.fontSize), 'text-valign': 'bottom', 'text-margin-y': scaled(4), 'text-wrap': 'wrap', 'text-max-width': (ele: Ele) => `${options.labelMaxWidth * labelScale(ele.cy())}px` }
    : { ...text, 'font-size': scaled(options.fontSize - 1), 'text-rotation': 'autorotate' };
}

/**
 * The stylesheet for a view of the given size. Large views get the cheap variant: cytoscape
 * applies every property of every matching rule to every element before the first frame
 * (bench:ui), so their base rules carry only shape, colour, size and line, and label settings
 * live in the hover, selection and focus rules that touch a handful of elements.
 */
export function buildStylesheet(context: StyleContext, options: StyleOptions = STYLE_DEFAULTS): Rule[] {
  const large = isLargeGraph(context, options);
  const dense = hasDenseEdges(context, options);
  /** Arrow properties: at the end of a curve, at the middle of a dense view's straight line, none in large views. */
  const arrow = (shape: cytoscape.Css.ArrowShape, colour: string, fill?: cytoscape.Css.ArrowFill): cytoscape.Css.Edge =>
    large ? {} : dense ? { 'mid-target-arrow-shape': shape, 'mid-target-arrow-color': colour, ...(fill ? { 'mid-target-arrow-fill': fill } : {}) } : { 'target-arrow-shape': shape, 'target-arrow-color': colour, ...(fill ? { 'target-arrow-fill': fill } : {}) };
  const crowded = large || context.nodes > options.crowdedNodes;
  const c = options.colours;
  const size = (ele: cytoscape.NodeSingular) => nodeSize(Number(ele.data('backers') ?? 0), Number(ele.data('opponents') ?? 0), options);
  const rules: Rule[] = [
    {
      selector: 'node',
      style: {
        width: size,
        height: size,
        'border-width': 1.5,
        'border-color': '#ffffff',
        ...(large ? {} : { ...labelStyle('node', options), label: crowded ? '' : 'data(label)', 'min-zoomed-font-size': options.minZoomedFontSize }),
      },
    },
    // Shape and colour by kind: one plain rule per known kind, a function only for the others,
    // because cytoscape calls a function-valued property once per node before the first frame.
    ...Object.entries(KIND_STYLES).map(([kind, { shape, colour }]): Rule => ({ selector: `node[kind = "${kind}"]`, style: { shape, 'background-color': colour } })),
    { selector: `node${UNKNOWN_KIND}`, style: { shape: UNKNOWN_SHAPE, 'background-color': (ele: cytoscape.NodeSingular) => kindColour(String(ele.data('kind'))) } },
    {
      selector: 'edge',
      style: large
        ? { width: options.edgeWidth, 'curve-style': 'haystack', 'haystack-radius': 0, 'line-color': c.neutral }
        : dense
          ? { width: options.edgeWidth, 'curve-style': 'haystack', 'haystack-radius': options.denseSpread, 'line-color': c.neutral, 'arrow-scale': 1.1, opacity: 0.9 }
          : {
              width: options.edgeWidth,
              'curve-style': 'bezier',
              'control-point-step-size': options.parallelEdgeGap,
              'line-color': c.neutral,
              'target-arrow-color': c.neutral,
              'source-arrow-color': c.neutral,
              'arrow-scale': 1.1,
              // No label settings here: stances are captioned only when pointed at or selected (the
              // rules below carry them), and each function-valued property here is called once per
              // edge on every restyle (most of a second at 900 stances).
              opacity: 0.9,
            },
    },
    // Backs: solid green line with a filled arrow (large views draw no arrows).
    { selector: 'edge[polarity > 0]', style: { 'line-color': c.backs, 'line-style': 'solid', ...arrow('triangle', c.backs) } },
    // Opposes: red, thicker, ending in a bar (tee) rather than an arrow.
    {
      selector: 'edge[polarity < 0]',
      style: { 'line-color': c.opposes, width: options.edgeWidth + 1, 'line-style': 'solid', ...arrow('tee', c.opposes) },
    },
    // Neutral: grey dotted, ending in a hollow arrow. Large views draw every line solid: a dashed line
    // costs the software rasteriser several times a plain one (a tenth of the first frame at 20,000
    // elements, bench:ui), and at the zoom a large view opens at a 7-pixel dash is under a pixel anyway.
    { selector: 'edge[polarity = 0]', style: { 'line-style': large ? 'solid' : 'dotted', ...arrow('vee', c.neutral, 'hollow') } },
    // Claimed or alleged by one side: dashed, whatever the polarity (not in large views, above).
    ...(large ? [] : claimedDashes),
    // Relationships that are not stances may be captioned at rest (below), so they keep the label
    // settings the base edge rule had (large views never had them there).
    ...(large ? [] : [{ selector: 'edge[^certainty]', style: { ...labelStyle('edge', options), 'min-zoomed-font-size': options.minZoomedFontSize } }]),
    // What the user points at, selects or focuses keeps its label at any zoom, so crowded views stay legible.
    { selector: 'node.hover, node:selected, node.focus', style: { ...labelStyle('node', options), label: 'data(label)', 'z-index': 10, 'min-zoomed-font-size': 0 } },
    {
      selector: 'edge.hover, edge:selected',
      style: {
        ...labelStyle('edge', options),
        label: (ele: cytoscape.EdgeSingular) => `${polaritySign(Number(ele.data('polarity')))} ${String(ele.data('label'))}`,
        'z-index': 10,
        width: options.edgeWidth + 2,
        'min-zoomed-font-size': 0,
      },
    },
    // Relationships that are not stances (no certainty: any other Neo4j graph) are captioned by their type, as in Neo4j Browser.
    { selector: crowded ? 'edge.hover[^certainty], edge:selected[^certainty]' : 'edge[^certainty]', style: { label: 'data(type)' } },
    { selector: 'node.focus', style: { 'border-width': 4, 'border-color': c.focus } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': c.selected, 'overlay-opacity': 0 } },
    { selector: 'edge:selected', style: { 'overlay-color': c.selected, 'overlay-opacity': 0.18, 'overlay-padding': 4 } },
    { selector: 'node:locked', style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#1d2327' } },
    { selector: '.faded', style: { opacity: 0.25 } },
    // Levels of detail (aggregate.ts): a group of actors is a dashed grey box sized by its members and always
    // labelled ("+412 more backers of …"); a bundle of stances is a line as wide as the log of their number.
    {
      selector: `node[kind = "${LOD_GROUP_KIND}"]`,
      style: {
        ...labelStyle('node', options),
        label: 'data(label)',
        'min-zoomed-font-size': 0,
        shape: 'round-rectangle',
        'background-color': '#eef0f2',
        'border-color': '#5f6b73',
        'border-width': 2,
        'border-style': 'dashed',
        width: (ele: cytoscape.NodeSingular) => 24 + 6 * Math.log2(1 + Number(ele.data('properties')?.members ?? 1)),
        height: (ele: cytoscape.NodeSingular) => 24 + 6 * Math.log2(1 + Number(ele.data('properties')?.members ?? 1)),
      },
    },
    { selector: 'edge[type = "BUNDLE"]', style: { width: (ele: cytoscape.EdgeSingular) => options.edgeWidth + Math.min(6, Math.log2(Number(ele.data('properties')?.stances ?? 1))), opacity: 0.7 } },
  ];
  return rules;
}
