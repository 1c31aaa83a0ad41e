/** The circle layout: every node on one ring, in the order of the elements. */
import { COMMON_DEFAULTS } from '@/components/graph/layouts/shared';

export const defaults = {
  name: 'circle',
  // fit, padding, animate: see shared.ts.
  ...COMMON_DEFAULTS,
  // Widen the ring until no two nodes overlap, rather than squeeze a crowded view onto the canvas.
  avoidOverlap: true,
} as const;

export function circleOptions() {
  return { ...defaults };
}
