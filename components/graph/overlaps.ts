/**
 * Whether a drawn view lets a reader tell which name belongs to which node: the boxes of node
 * bodies and node labels as cytoscape measures them, and how many of them collide.
 *
 * The count, precisely (all boxes in model coordinates, so the zoom does not change it):
 * - a node's **body** is `node.boundingBox({ includeNodes: true, includeLabels: false, includeEdges:
 *   false, includeOverlays: false, includeUnderlays: false })`: its shape plus its border;
 * - a node's **label box** is `node.boundingBox({ includeNodes: false, includeLabels: true,
 *   includeMainLabels: true, includeSourceLabels: false, includeTargetLabels: false, includeEdges:
 *   false, includeOverlays: false, includeUnderlays: false })`: the text as the renderer measured it
 *   (wrapped lines included), widened by the text outline and cytoscape's 2 px margin of error.
 *   A node whose label is empty (crowded and large views draw names only on hover) has none.
 *   Headless cytoscape measures no text, so there every label box is null;
 * - two boxes **overlap** when their intersection has positive width and positive height
 *   (touching edges do not count);
 * - **label/label**: unordered pairs of distinct nodes whose label boxes overlap;
 * - **label-on-node**: ordered pairs (a, b) of distinct nodes where a's label box overlaps b's
 *   body; a node's label against its own body never counts (it sits right under it by design);
 * - **node/node**: unordered pairs of distinct nodes whose bodies overlap.
 * Hidden nodes (display: none) are left out.
 */
import type cytoscape from 'cytoscape';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface NodeBoxes {
  id: string;
  body: Box;
  label: Box | null;
}

export interface OverlapCount {
  labelLabel: number;
  labelOnNode: number;
  nodeNode: number;
  /** The colliding pairs, as "a / b" (label/label, node/node) or "a's label on b" (label-on-node), for test messages. */
  pairs: string[];
}

export function overlaps(a: Box, b: Box): boolean {
  return Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 0 && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 0;
}

/**
 * The body and label box of every displayed node, read from cytoscape as the comment above
 * defines them. Self-contained (no reference outside its own body), so an end-to-end test can
 * run this very function inside the page.
 */
export function measureNodes(cy: cytoscape.Core): NodeBoxes[] {
  const body: cytoscape.BoundingBoxOptions = { includeNodes: true, includeLabels: false, includeEdges: false, includeOverlays: false, includeUnderlays: false };
  const label: cytoscape.BoundingBoxOptions = {
    includeNodes: false,
    includeLabels: true,
    includeMainLabels: true,
    includeSourceLabels: false,
    includeTargetLabels: false,
    includeEdges: false,
    includeOverlays: false,
    includeUnderlays: false,
  };
  const box = (bb: cytoscape.BoundingBox12): Box => ({ x1: bb.x1, y1: bb.y1, x2: bb.x2, y2: bb.y2 });
  return cy
    .nodes()
    .filter((n) => n.style('display') !== 'none')
    .map((n) => {
      const text = n.boundingBox(label);
      const hasLabel = String(n.style('label') ?? '') !== '' && text.w > 0 && text.h > 0 && Number.isFinite(text.x1);
      return { id: n.id(), body: box(n.boundingBox(body)), label: hasLabel ? box(text) : null };
    });
}

/** Counts label/label, label-on-node and node/node overlaps (definitions above). */
export function countOverlaps(nodes: readonly NodeBoxes[], name: (id: string) => string = (id) => id): OverlapCount {
  const count: OverlapCount = { labelLabel: 0, labelOnNode: 0, nodeNode: 0, pairs: [] };
  for (let i = 0; i < nodes.length; i++) {
    const a = nodes[i];
    if (!a) continue;
    for (let j = 0; j < nodes.length; j++) {
      const b = nodes[j];
      if (!b || i === j) continue;
      if (a.label && overlaps(a.label, b.body)) {
        count.labelOnNode++;
        count.pairs.push(`${name(a.id)}'s label on ${name(b.id)}`);
      }
      if (j < i) continue;
      if (a.label && b.label && overlaps(a.label, b.label)) {
        count.labelLabel++;
        count.pairs.push(`labels ${name(a.id)} / ${name(b.id)}`);
      }
      if (overlaps(a.body, b.body)) {
        count.nodeNode++;
        count.pairs.push(`nodes ${name(a.id)} / ${name(b.id)}`);
      }
    }
  }
  return count;
}
