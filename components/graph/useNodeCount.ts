/**
 * How many nodes the canvas holds, kept current as elements are added and removed. Controls
 * that depend on the drawn graph (Share, Export) read it: `cy.nodes().length` read during render
 * goes stale, because nothing re-renders them when the canvas fills after its data arrives.
 */
import { useCallback, useSyncExternalStore } from 'react';
import type cytoscape from 'cytoscape';

/** Subscribes `onChange` to the canvas' additions and removals; answers the unsubscribe. */
export function subscribeToNodes(cy: cytoscape.Core | null, onChange: () => void): () => void {
  if (!cy) return () => {};
  cy.on('add remove', 'node', onChange);
  return () => {
    // A destroyed instance has no listeners left to remove.
    if (!cy.destroyed()) cy.removeListener('add remove', 'node', onChange);
  };
}

export function nodeCountOf(cy: cytoscape.Core | null): number {
  return cy && !cy.destroyed() ? cy.nodes().length : 0;
}

export function useNodeCount(cy: cytoscape.Core | null): number {
  const subscribe = useCallback((onChange: () => void) => subscribeToNodes(cy, onChange), [cy]);
  return useSyncExternalStore(
    subscribe,
    () => nodeCountOf(cy),
    () => 0,
  );
}
