/**
 * The preset layout: nodes stand where they are (snapshots restore their saved places) or at the
 * positions computed here in pure code (camps, rings by degree), and cytoscape only fits the view.
 */
import type { Position } from '@/components/graph/layouts/shared';
import { COMMON_DEFAULTS } from '@/components/graph/layouts/shared';

export const defaults = {
  name: 'preset',
  // fit, padding, animate: see shared.ts.
  ...COMMON_DEFAULTS,
} as const;

/** Preset options, with `positions` (elementId -> position) when the places are computed rather than kept. */
export function presetOptions(positions?: Record<string, Position>) {
  return positions ? { ...defaults, positions } : { ...defaults };
}
