/** The breadth-first layout: a tree of levels hanging from the focus (or from the nodes cytoscape picks). */
import { COMMON_DEFAULTS, type LayoutContext } from '@/components/graph/layouts/shared';

export const defaults = {
  name: 'breadthfirst',
  // fit, padding, animate: see shared.ts.
  ...COMMON_DEFAULTS,
  // Stances point from the actor taking them, but a level is "how many steps from the focus",
  // whichever way the stance points: treat the graph as undirected.
  directed: false,
  // Tighter than cytoscape's default (1.75): the fitted tree then keeps a readable zoom.
  spacingFactor: 1.1,
} as const;

/** elementIds contain ':' (4:abc:12), which a cytoscape selector must escape. */
export function cssEscape(id: string): string {
  return id.replace(/([^a-zA-Z0-9_-])/g, '\\$1');
}

/** Breadth-first options rooted at the focused nodes, when there are any. */
export function breadthfirstOptions(context: Pick<LayoutContext, 'focusIds'>) {
  const roots = context.focusIds.length > 0 ? context.focusIds.map((id) => `#${cssEscape(id)}`).join(', ') : undefined;
  return { ...defaults, ...(roots ? { roots } : {}) };
}
