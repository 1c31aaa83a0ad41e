import cytoscape from 'cytoscape';
import { selectedActors, selectedNodeCount, subscribeToSelection, togglePin, zoomBy } from '@/components/graph/canvasCommands';
import { LOD_PREFIX } from '@/components/graph/aggregate';

// Headless cytoscape runs an animation loop on a timer: destroy every instance so jest can exit.
const instances: cytoscape.Core[] = [];
afterEach(() => instances.splice(0).forEach((cy) => cy.destroy()));

/** Three actors and a group of actors drawn as one. */
function headless(): cytoscape.Core {
  const node = (id: string, key?: string) => ({ group: 'nodes' as const, data: { id, label: id, labels: ['Actor'], kind: 'state', ...(key ? { key } : {}) }, position: { x: 0, y: 0 } });
  const cy = cytoscape({ headless: true, elements: [node('4:a', 'russia'), node('4:b', 'cuba'), node('4:c'), node(`${LOD_PREFIX}1`)] });
  instances.push(cy);
  return cy;
}

describe('components/graph/canvasCommands', () => {
  it('pins a selection unless all of it is pinned, then unpins it', () => {
    const cy = headless();
    cy.$('#4\\:a, #4\\:b').select();
    cy.$('#4\\:a').lock();
    togglePin(cy);
    expect(cy.nodes(':locked').map((n) => n.id())).toEqual(['4:a', '4:b']);
    togglePin(cy);
    expect(cy.nodes(':locked').length).toBe(0);
    // Only the selection: an unselected node keeps its state.
    cy.$('#4\\:c').lock();
    togglePin(cy);
    expect(cy.$('#4\\:c').locked()).toBe(true);
  });

  it('lists the selected actors, not the groups drawn as one node', () => {
    const cy = headless();
    cy.nodes().select();
    expect(selectedActors(cy).map((d) => d.key ?? d.id)).toEqual(['russia', 'cuba', '4:c']);
  });

  it('reports selection changes, removal of a selected node included, until unsubscribed', () => {
    const cy = headless();
    const counts: number[] = [];
    const stop = subscribeToSelection(cy, () => counts.push(selectedNodeCount(cy)));
    cy.$('#4\\:a').select();
    cy.$('#4\\:b').select();
    cy.$('#4\\:a').remove();
    expect(counts.at(-1)).toBe(1);
    stop();
    cy.$('#4\\:b').unselect();
    expect(counts.at(-1)).toBe(1);
    expect(selectedNodeCount(cy)).toBe(0);
    expect(selectedNodeCount(null)).toBe(0);
  });

  it('zooms by a factor', () => {
    const cy = headless();
    cy.zoom(1);
    zoomBy(cy, 1.25);
    expect(cy.zoom()).toBeCloseTo(1.25);
    zoomBy(cy, 0.8);
    expect(cy.zoom()).toBeCloseTo(1);
  });
});
