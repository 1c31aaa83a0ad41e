/**
 * The force-directed layout (cytoscape-fcose), the default. Large views get rings by degree
 * instead: force-directed layout of thousands of nodes takes seconds (bench:ui), rings take milliseconds.
 */
import type cytoscape from 'cytoscape';
import { COMMON_DEFAULTS, type LayoutContext } from '@/components/graph/layouts/shared';
import { presetOptions } from '@/components/graph/layouts/preset';
import { ringsByDegree } from '@/components/graph/layouts/rings';

export const defaults = {
  name: 'fcose',
  // fit, padding, animate: see shared.ts.
  ...COMMON_DEFAULTS,
  // 'default' quality from scratch; an incremental run (after an expand) uses 'proof' (see below).
  quality: 'default',
  // Start from random places; an incremental run starts from where the nodes stand instead.
  randomize: true,
  // Labels count as part of each node, so names push each other apart as the layout runs;
  // edges between those larger boxes can then be shorter (canvas.ts removes what overlap is left).
  nodeDimensionsIncludeLabels: true,
  // How hard nodes push each other away.
  nodeRepulsion: 9000,
  // The length (px) an edge settles at.
  idealEdgeLength: 80,
  // Space (px) between nodes that are not joined.
  nodeSeparation: 90,
  // Iterations of a small view; views above MID_SIZED_NODES get MID_SIZED_ITERATIONS.
  numIter: 2500,
} as const;

/** Fewer iterations for mid-sized views keep the first render near a second. */
export const MID_SIZED_NODES = 150;
export const MID_SIZED_ITERATIONS = 600;

export function fcoseOptions(context: LayoutContext): cytoscape.LayoutOptions {
  if (context.large) return presetOptions(ringsByDegree(context.elements, context.focusIds));
  const options = {
    ...defaults,
    // Only the new nodes of an expand move: a finer finish from the places already on screen.
    quality: context.incremental ? 'proof' : defaults.quality,
    randomize: !context.incremental,
    numIter: context.elements.nodes.length > MID_SIZED_NODES ? MID_SIZED_ITERATIONS : defaults.numIter,
  };
  // The fcose options are not in cytoscape's own types.
  return options as cytoscape.LayoutOptions;
}
