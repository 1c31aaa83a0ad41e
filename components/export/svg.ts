/**
 * SVG export. Cytoscape core only renders bitmaps (png/jpg), so the view is serialised here from
 * what cytoscape computed: node positions, sizes, shapes and colours, edge end points and the
 * curve through each edge's midpoint (parallel stances stay apart), arrows, dashes and labels.
 * `drawingFromCy` reads a live instance; `toSvg` is pure, so it is unit-tested on plain data.
 */
import type cytoscape from 'cytoscape';
import { attrs, xmlEscape } from '@/components/export/xml';

interface Point {
  x: number;
  y: number;
}
export interface DrawingNode {
  id: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
  shape: string;
  fill: string;
  border: string;
  borderWidth: number;
  labelColour: string;
  fontSize: number;
  /** Label below the node (cytoscape text-valign: bottom) or centred on it. */
  labelBelow: boolean;
}
export interface DrawingEdge {
  id: string;
  from: Point;
  to: Point;
  /** A point the curve passes through halfway (cytoscape's midpoint). */
  mid: Point;
  colour: string;
  width: number;
  dash: 'solid' | 'dashed' | 'dotted';
  arrow: boolean;
}
export interface Drawing {
  nodes: DrawingNode[];
  edges: DrawingEdge[];
}

const f = (n: number) => (Math.round(n * 100) / 100).toString();

/** Corners of a regular polygon with `sides` around (x, y), first corner straight up. */
function polygon(node: DrawingNode, sides: number, rotation = -Math.PI / 2): string {
  const points: string[] = [];
  for (let i = 0; i < sides; i++) {
    const angle = rotation + (2 * Math.PI * i) / sides;
    points.push(`${f(node.x + (node.width / 2) * Math.cos(angle))},${f(node.y + (node.height / 2) * Math.sin(angle))}`);
  }
  return points.join(' ');
}

const POLYGON_SIDES: Record<string, number> = { triangle: 3, diamond: 4, pentagon: 5, hexagon: 6, octagon: 8 };

function nodeShape(node: DrawingNode): string {
  const paint = attrs({ fill: node.fill, stroke: node.borderWidth > 0 ? node.border : undefined, 'stroke-width': node.borderWidth > 0 ? f(node.borderWidth) : undefined });
  const sides = POLYGON_SIDES[node.shape];
  if (sides) return `<polygon points="${polygon(node, sides)}" ${paint}/>`;
  if (node.shape.includes('rectangle') || node.shape === 'barrel' || node.shape === 'tag' || node.shape === 'rhomboid') {
    const radius = node.shape === 'rectangle' ? 0 : Math.min(node.width, node.height) / 4;
    return `<rect ${attrs({ x: f(node.x - node.width / 2), y: f(node.y - node.height / 2), width: f(node.width), height: f(node.height), rx: f(radius) })} ${paint}/>`;
  }
  return `<ellipse ${attrs({ cx: f(node.x), cy: f(node.y), rx: f(node.width / 2), ry: f(node.height / 2) })} ${paint}/>`;
}

/** Quadratic curve from `from` to `to` passing through `mid` at t = 0.5. */
function controlPoint(edge: DrawingEdge): Point {
  return { x: 2 * edge.mid.x - (edge.from.x + edge.to.x) / 2, y: 2 * edge.mid.y - (edge.from.y + edge.to.y) / 2 };
}

function arrowHead(edge: DrawingEdge, control: Point): string {
  const dx = edge.to.x - control.x;
  const dy = edge.to.y - control.y;
  const length = Math.hypot(dx, dy) || 1;
  const size = 6 + edge.width * 2;
  const ux = dx / length;
  const uy = dy / length;
  const base = { x: edge.to.x - ux * size, y: edge.to.y - uy * size };
  const half = size / 2;
  const points = [edge.to, { x: base.x - uy * half, y: base.y + ux * half }, { x: base.x + uy * half, y: base.y - ux * half }];
  return `<polygon points="${points.map((p) => `${f(p.x)},${f(p.y)}`).join(' ')}" fill="${xmlEscape(edge.colour)}"/>`;
}

function bounds(drawing: Drawing): { x: number; y: number; width: number; height: number } {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const n of drawing.nodes) {
    xs.push(n.x - n.width / 2, n.x + n.width / 2);
    ys.push(n.y - n.height / 2, n.y + n.height / 2 + (n.labelBelow && n.label ? n.fontSize * 1.6 : 0));
  }
  for (const e of drawing.edges) {
    xs.push(e.from.x, e.to.x, e.mid.x);
    ys.push(e.from.y, e.to.y, e.mid.y);
  }
  if (xs.length === 0) return { x: 0, y: 0, width: 100, height: 100 };
  const pad = 20;
  const x = Math.min(...xs) - pad;
  const y = Math.min(...ys) - pad;
  return { x, y, width: Math.max(...xs) + pad - x, height: Math.max(...ys) + pad - y };
}

/** A standalone SVG document of the drawing, sized to fit everything (the whole graph, like png full). */
export function toSvg(drawing: Drawing, options: { background?: string; title?: string } = {}): string {
  const box = bounds(drawing);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" ${attrs({ width: f(box.width), height: f(box.height), viewBox: `${f(box.x)} ${f(box.y)} ${f(box.width)} ${f(box.height)}` })} font-family="Helvetica, Arial, sans-serif">`,
  ];
  if (options.title) lines.push(`  <title>${xmlEscape(options.title)}</title>`);
  lines.push(`  <rect ${attrs({ x: f(box.x), y: f(box.y), width: f(box.width), height: f(box.height), fill: options.background ?? '#ffffff' })}/>`);
  lines.push('  <g class="edges" fill="none">');
  for (const edge of drawing.edges) {
    const c = controlPoint(edge);
    const dash = edge.dash === 'dashed' ? f(edge.width * 3) : edge.dash === 'dotted' ? f(edge.width) : undefined;
    lines.push(
      `    <g ${attrs({ 'data-id': edge.id })}><path ${attrs({ d: `M${f(edge.from.x)},${f(edge.from.y)} Q${f(c.x)},${f(c.y)} ${f(edge.to.x)},${f(edge.to.y)}`, stroke: edge.colour, 'stroke-width': f(edge.width), 'stroke-dasharray': dash })}/>${edge.arrow ? arrowHead(edge, c) : ''}</g>`,
    );
  }
  lines.push('  </g>', '  <g class="nodes">');
  for (const node of drawing.nodes) {
    const textY = node.labelBelow ? node.y + node.height / 2 + node.fontSize * 1.1 : node.y + node.fontSize * 0.35;
    const text = node.label
      ? `<text ${attrs({ x: f(node.x), y: f(textY), 'text-anchor': 'middle', 'font-size': f(node.fontSize), fill: node.labelColour, stroke: '#ffffff', 'stroke-width': '3', 'paint-order': 'stroke' })}>${xmlEscape(node.label)}</text>`
      : '';
    lines.push(`    <g ${attrs({ 'data-id': node.id })}>${nodeShape(node)}${text}</g>`);
  }
  lines.push('  </g>', '</svg>', '');
  return lines.join('\n');
}

const px = (value: unknown, fallback: number) => {
  const n = parseFloat(String(value));
  return Number.isFinite(n) ? n : fallback;
};

function safePoint(read: () => Point | undefined, fallback: Point): Point {
  try {
    const p = read();
    return p && Number.isFinite(p.x) && Number.isFinite(p.y) ? { x: p.x, y: p.y } : fallback;
  } catch {
    // Headless instances have no renderer to compute end points.
    return fallback;
  }
}

/** The visible elements of a cytoscape instance, in model coordinates, with their computed styles. */
export function drawingFromCy(cy: cytoscape.Core): Drawing {
  const nodes = cy.nodes(':visible').map((node): DrawingNode => {
    const p = node.position();
    const label = node.style('label');
    return {
      id: node.id(),
      label: typeof label === 'string' ? label : '',
      x: p.x,
      y: p.y,
      width: node.width(),
      height: node.height(),
      shape: String(node.style('shape') ?? 'ellipse'),
      fill: String(node.style('background-color') ?? '#888888'),
      border: String(node.style('border-color') ?? '#000000'),
      borderWidth: px(node.style('border-width'), 0),
      labelColour: String(node.style('color') ?? '#000000'),
      fontSize: px(node.style('font-size'), 12),
      labelBelow: node.style('text-valign') === 'bottom',
    };
  });
  const edges = cy.edges(':visible').map((edge): DrawingEdge => {
    const from = safePoint(() => edge.sourceEndpoint(), edge.source().position());
    const to = safePoint(() => edge.targetEndpoint(), edge.target().position());
    const mid = safePoint(() => edge.midpoint(), { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 });
    const dash = edge.style('line-style');
    return {
      id: edge.id(),
      from,
      to,
      mid,
      colour: String(edge.style('line-color') ?? '#888888'),
      width: px(edge.style('width'), 2),
      dash: dash === 'dashed' || dash === 'dotted' ? dash : 'solid',
      arrow: (edge.style('target-arrow-shape') ?? 'none') !== 'none',
    };
  });
  return { nodes, edges };
}
