/**
 * "Colour by camp": paints each actor on the canvas in its camp's colour (campColours.ts) as a
 * style bypass, and takes the bypass off again when the option is off, so the kind colours of the
 * stylesheet come back untouched. Runs again whenever the canvas' elements or the camps change.
 */
import { useEffect } from 'react';
import type cytoscape from 'cytoscape';
import { campColour } from '@/components/analysis/campColours';

export function paintCamps(cy: cytoscape.Core, camps: ReadonlyMap<string, number> | null): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      if (!camps) {
        node.removeStyle('background-color');
        return;
      }
      const key = node.data('key') as string | undefined;
      node.style('background-color', campColour(key === undefined ? undefined : camps.get(key)));
    });
  });
}

export function useCampColours(cy: cytoscape.Core | null, camps: ReadonlyMap<string, number> | null, elementsKey: unknown): void {
  useEffect(() => {
    if (cy && !cy.destroyed()) paintCamps(cy, camps);
  }, [cy, camps, elementsKey]);
}
