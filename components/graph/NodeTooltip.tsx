/**
 * The full name of the node under the pointer, or else of the selected node, in a tooltip above
 * it. Names on the canvas are wrapped, drawn small when a view is zoomed out, hidden in crowded
 * views below their readable size (min-zoomed-font-size); the tooltip always shows the whole name
 * as text. Drawn into document.body (fixed, over the canvas), so the canvas element stays
 * cytoscape's alone.
 */
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type cytoscape from 'cytoscape';

export interface NodeTooltipProps {
  cy: cytoscape.Core | null;
  /** The selected node's id, if a node is selected (by a click or from a list by keyboard). */
  selectedId: string | null;
}

interface Tip {
  id: string;
  name: string;
  left: number;
  top: number;
}

export const TOOLTIP_ID = 'graph-node-tooltip';

/** Where the tooltip of `node` goes on the page: centred above the node's body. */
function tipFor(node: cytoscape.NodeSingular, container: HTMLElement): Tip | null {
  if (node.removed() || !node.visible()) return null;
  const box = container.getBoundingClientRect();
  const at = node.renderedPosition();
  const top = box.top + at.y - node.renderedHeight() / 2 - 6;
  // Off the canvas (panned away): no tooltip floating over the rest of the page.
  if (at.x < 0 || at.x > box.width || at.y < 0 || at.y > box.height) return null;
  return { id: node.id(), name: String(node.data('label') ?? node.id()), left: box.left + at.x, top };
}

export default function NodeTooltip({ cy, selectedId }: NodeTooltipProps) {
  const [hovered, setHovered] = useState<string | null>(null);
  const shownId = hovered ?? selectedId;

  useEffect(() => {
    if (!cy) return;
    const over = (event: cytoscape.EventObject) => setHovered((event.target as cytoscape.NodeSingular).id());
    const out = () => setHovered(null);
    cy.on('mouseover', 'node', over);
    cy.on('mouseout', 'node', out);
    // A pointer that leaves the canvas straight from a node gets no mouseout from cytoscape.
    const container = cy.container();
    container?.addEventListener('mouseleave', out);
    return () => {
      cy.off('mouseover', 'node', over);
      cy.off('mouseout', 'node', out);
      container?.removeEventListener('mouseleave', out);
    };
  }, [cy]);

  // Follows the node as the view pans or zooms, the node moves, or goes: each redraws the tooltip.
  const [, setMoves] = useState(0);
  useEffect(() => {
    if (!cy) return;
    const moved = () => setMoves((n) => n + 1);
    cy.on('viewport resize position remove add', moved);
    return () => {
      cy.off('viewport resize position remove add', moved);
    };
  }, [cy]);

  // The element cytoscape draws into: the tooltip is placed relative to it.
  const container = cy?.container();
  const node = cy && shownId ? cy.getElementById(shownId) : null;
  const tip = container && node?.nonempty() && node.isNode() ? tipFor(node, container) : null;
  if (!tip || typeof document === 'undefined') return null;
  return createPortal(
    <div
      id={TOOLTIP_ID}
      role="tooltip"
      data-testid="node-tooltip"
      data-node={tip.id}
      style={{
        position: 'fixed',
        left: tip.left,
        top: tip.top,
        transform: 'translate(-50%, -100%)',
        maxWidth: 320,
        padding: '3px 8px',
        borderRadius: 4,
        background: '#1d2327',
        color: '#ffffff',
        font: '13px/1.35 system-ui, sans-serif',
        pointerEvents: 'none',
        zIndex: 50,
        whiteSpace: 'normal',
        textAlign: 'center',
      }}
    >
      {tip.name}
    </div>,
    document.body,
  );
}
