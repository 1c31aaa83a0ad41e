import cytoscape from 'cytoscape';
import { nodeCountOf, subscribeToNodes } from '@/components/graph/useNodeCount';

describe('useNodeCount', () => {
  it('tells its subscriber when nodes arrive after the subscription, and counts them', () => {
    const cy = cytoscape({ headless: true, styleEnabled: false });
    const seen: number[] = [];
    const unsubscribe = subscribeToNodes(cy, () => seen.push(nodeCountOf(cy)));
    expect(nodeCountOf(cy)).toBe(0);
    cy.add([{ group: 'nodes', data: { id: 'a' } }, { group: 'nodes', data: { id: 'b' } }]);
    expect(seen.at(-1)).toBe(2);
    cy.getElementById('a').remove();
    expect(seen.at(-1)).toBe(1);
    unsubscribe();
    cy.add({ group: 'nodes', data: { id: 'c' } });
    expect(seen.at(-1)).toBe(1);
    cy.destroy();
  });

  it('counts nothing without a canvas or once it is destroyed', () => {
    expect(nodeCountOf(null)).toBe(0);
    const cy = cytoscape({ headless: true, styleEnabled: false, elements: [{ data: { id: 'a' } }] });
    const unsubscribe = subscribeToNodes(cy, () => {});
    cy.destroy();
    expect(nodeCountOf(cy)).toBe(0);
    expect(() => unsubscribe()).not.toThrow();
  });
});
