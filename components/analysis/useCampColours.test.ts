import cytoscape from 'cytoscape';
import { paintCamps } from '@/components/analysis/useCampColours';
import { CAMP_COLOURS, NO_CAMP_COLOUR } from '@/components/analysis/campColours';

const hex = (colour: string) => {
  const m = /rgb\((\d+),\s*(\d+),\s*(\d+)\)/.exec(colour);
  return m ? `#${[m[1], m[2], m[3]].map((v) => Number(v).toString(16).padStart(2, '0')).join('')}` : colour;
};

describe('components/analysis/useCampColours', () => {
  it('paints actors by camp, those outside every camp grey, and restores the stylesheet colour when turned off', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { 'background-color': '#123456' } }],
      elements: [{ data: { id: 'n1', key: 'a' } }, { data: { id: 'n2', key: 'b' } }, { data: { id: 'n3', key: 'c' } }],
    });
    paintCamps(cy, new Map([['a', 0], ['b', 1]]));
    expect(hex(cy.getElementById('n1').style('background-color') as string)).toBe(CAMP_COLOURS[0]);
    expect(hex(cy.getElementById('n2').style('background-color') as string)).toBe(CAMP_COLOURS[1]);
    expect(hex(cy.getElementById('n3').style('background-color') as string)).toBe(NO_CAMP_COLOUR);
    paintCamps(cy, null);
    expect(hex(cy.getElementById('n1').style('background-color') as string)).toBe('#123456');
    cy.destroy();
  });
});
