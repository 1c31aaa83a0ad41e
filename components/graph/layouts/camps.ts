/**
 * The camps layout (who sides with whom), run as a preset of positions computed in pure code
 * (campsPositions.ts): from the analysis' partition when there is one, else from the dispute
 * around the focus (dispute.ts). Falls back to force-directed when nobody disputes anything.
 */
import type cytoscape from 'cytoscape';
import { COMMON_DEFAULTS, type LayoutContext } from '@/components/graph/layouts/shared';
import { pickDispute } from '@/components/graph/layouts/dispute';
import { campsByPartition, campsPositions, campsSpacing } from '@/components/graph/layouts/campsPositions';
import { fcoseOptions } from '@/components/graph/layouts/fcose';

export const defaults = {
  // The positions are computed here, so cytoscape only places and fits them.
  name: 'preset',
  // fit, padding, animate: see shared.ts.
  ...COMMON_DEFAULTS,
  // A partition draws as camps only when it has at least two camps (a left and a right).
  minCamps: 2,
} as const;

export function campsOptions(context: LayoutContext): cytoscape.LayoutOptions {
  const { minCamps, ...preset } = defaults;
  const spacing = campsSpacing(context.footprints);
  // The computed partition decides the sides; the dispute around the focus only stands in without one.
  if (context.camps && new Set(context.camps.values()).size >= minCamps) {
    return { ...preset, positions: campsByPartition(context.elements, context.camps, spacing) };
  }
  const dispute = pickDispute(context.elements, context.focusIds);
  if (!dispute) return fcoseOptions(context);
  return { ...preset, positions: campsPositions(context.elements, dispute, spacing) };
}
