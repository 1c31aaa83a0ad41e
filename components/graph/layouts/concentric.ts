/**
 * The concentric layout: the focus in the middle, then rings of ever less connected nodes. Large
 * views get the same picture from rings.ts as preset positions, without cytoscape measuring every node.
 */
import type cytoscape from 'cytoscape';
import { COMMON_DEFAULTS, type LayoutContext } from '@/components/graph/layouts/shared';
import { presetOptions } from '@/components/graph/layouts/preset';
import { ringsByDegree } from '@/components/graph/layouts/rings';

export const defaults = {
  name: 'concentric',
  // fit, padding, animate: see shared.ts.
  ...COMMON_DEFAULTS,
  // Space (px) between neighbouring nodes, so labels on a ring stay apart.
  minNodeSpacing: 30,
  // How far apart two degrees must be to take different rings: 2 keeps the number of rings down.
  levelWidth: () => 2,
} as const;

/** The ring value of a focused node: above any degree, so the focus takes the middle. */
export const FOCUS_LEVEL = 1000;

export function concentricOptions(context: LayoutContext): cytoscape.LayoutOptions {
  if (context.large) return presetOptions(ringsByDegree(context.elements, context.focusIds));
  const focus = new Set(context.focusIds);
  return { ...defaults, concentric: (node: cytoscape.NodeSingular) => (focus.has(node.id()) ? FOCUS_LEVEL : node.degree(false)) };
}
