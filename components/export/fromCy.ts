/**
 * What a live cytoscape instance shows, as the app's Elements: the data of every visible node
 * and edge (validated by the elements schema, so anything the canvas added for itself is left
 * out) with each node's current position, plus the viewport and selection.
 */
import type cytoscape from 'cytoscape';
import { EdgeData, NodeData, type Elements } from '@/graph/model/elements';
import type { Selection, Viewport } from '@/graph/snapshots/snapshotTypes';

export function elementsFromCy(cy: cytoscape.Core): Elements {
  const nodes: Elements['nodes'] = [];
  const ids = new Set<string>();
  cy.nodes(':visible').forEach((node) => {
    const data = NodeData.safeParse(node.data());
    if (!data.success) return;
    const p = node.position();
    ids.add(data.data.id);
    nodes.push({ data: data.data, position: { x: p.x, y: p.y } });
  });
  const edges: Elements['edges'] = [];
  cy.edges(':visible').forEach((edge) => {
    const data = EdgeData.safeParse(edge.data());
    if (data.success && ids.has(data.data.source) && ids.has(data.data.target)) edges.push({ data: data.data });
  });
  return { nodes, edges };
}

export function viewportOf(cy: cytoscape.Core): Viewport {
  const pan = cy.pan();
  return { zoom: cy.zoom(), pan: { x: pan.x, y: pan.y } };
}

/** elementIds of the nodes the canvas highlights as the focus (GraphCanvas's `focus` class). */
export function focusIdsOf(cy: cytoscape.Core): string[] {
  return cy.nodes('.focus').map((n) => n.id());
}

/** The first selected element (the details panel shows one at a time), or null. */
export function selectionOf(cy: cytoscape.Core): Selection | null {
  const selected = cy.$(':selected').first();
  if (selected.empty()) return null;
  return { group: selected.isNode() ? 'nodes' : 'edges', id: selected.id() };
}

/** A file name from a title: "Who backs Maduro" -> "who-backs-maduro". */
export function fileStem(title: string): string {
  const stem = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return stem.slice(0, 60) || 'stance-graph';
}
