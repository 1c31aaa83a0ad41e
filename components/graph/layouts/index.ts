/**
 * Layouts of the graph view, one module each as cytoscape keeps them (its `defaults` documents
 * the options): fcose (default), concentric, breadth-first, circle, preset, and camps, whose
 * positions come from pure heuristics (dispute.ts, campsPositions.ts). The rest of the app
 * imports them from here.
 */
import type cytoscape from 'cytoscape';
import type { LayoutContext, LayoutName } from '@/components/graph/layouts/shared';
import { presetOptions } from '@/components/graph/layouts/preset';
import { circleOptions } from '@/components/graph/layouts/circle';
import { concentricOptions } from '@/components/graph/layouts/concentric';
import { breadthfirstOptions } from '@/components/graph/layouts/breadthfirst';
import { campsOptions } from '@/components/graph/layouts/camps';
import { fcoseOptions } from '@/components/graph/layouts/fcose';

export type { LayoutContext, LayoutName, Position } from '@/components/graph/layouts/shared';
export { PAIR_SEPARATOR, pairKey, pickDispute, lean, type Dispute } from '@/components/graph/layouts/dispute';
export { campsByPartition, campsPositions, campsSpacing, type CampsOptions } from '@/components/graph/layouts/campsPositions';
export { ringsByDegree } from '@/components/graph/layouts/rings';
export { cssEscape } from '@/components/graph/layouts/breadthfirst';

export const LAYOUTS: { name: Exclude<LayoutName, 'preset'>; label: string }[] = [
  { name: 'fcose', label: 'Force-directed' },
  { name: 'concentric', label: 'Concentric around focus' },
  { name: 'breadthfirst', label: 'Breadth-first from focus' },
  { name: 'circle', label: 'Circle' },
  { name: 'camps', label: 'Camps (who sides with whom)' },
];

/** Cytoscape layout options for a layout name; camps falls back to fcose when nobody disputes. */
export function layoutOptions(name: LayoutName, context: LayoutContext): cytoscape.LayoutOptions {
  switch (name) {
    case 'preset':
      return presetOptions();
    case 'circle':
      return circleOptions();
    case 'concentric':
      return concentricOptions(context);
    case 'breadthfirst':
      return breadthfirstOptions(context);
    case 'camps':
      return campsOptions(context);
    case 'fcose':
    default:
      return fcoseOptions(context);
  }
}
