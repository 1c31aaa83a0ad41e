import cytoscape from 'cytoscape';
import { applyInForce, clearInForce, OUT_OF_TIME, showDay } from '@/components/timeline/applyInForce';

function canvas(): cytoscape.Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      { data: { id: 'a' }, position: { x: 0, y: 0 } },
      { data: { id: 'b' }, position: { x: 100, y: 0 } },
      { data: { id: 'c' }, position: { x: 50, y: 80 } },
      { data: { id: 'ab', source: 'a', target: 'b', date: '2019-01-10' } },
      { data: { id: 'bc', source: 'b', target: 'c', date: '2019-02-01', until: '2019-03-01' } },
    ],
  });
}

const hidden = (cy: cytoscape.Core) => cy.elements(`.${OUT_OF_TIME}`).map((e) => e.id()).sort();

describe('applyInForce', () => {
  it('hides what is out of force on a day without moving a node, and shows it again', () => {
    const cy = canvas();
    const before = cy.nodes().map((n) => ({ ...n.position() }));
    expect(showDay(cy, '2019-01-20', { animate: false })).toBe(2);
    expect(hidden(cy)).toEqual(['bc', 'c']);
    expect(cy.getElementById('bc').style('display')).toBe('none');
    expect(cy.getElementById('ab').style('display')).toBe('element');
    // The next day changes nothing, so nothing is touched.
    expect(showDay(cy, '2019-01-21', { animate: false })).toBe(0);
    expect(showDay(cy, '2019-02-05', { animate: false })).toBe(2);
    expect(hidden(cy)).toEqual([]);
    expect(cy.getElementById('c').style('display')).toBe('element');
    expect(showDay(cy, '2019-01-01', { animate: false })).toBe(5);
    expect(clearInForce(cy)).toBe(5);
    expect(hidden(cy)).toEqual([]);
    expect(cy.nodes().map((n) => ({ ...n.position() }))).toEqual(before);
    cy.destroy();
  });

  it('restyles only the elements whose state changes (a step never restyles the whole map)', () => {
    const cy = canvas();
    showDay(cy, '2019-01-20', { animate: false });
    const restyled = new Set<string>();
    cy.on('style', (event) => void restyled.add((event.target as cytoscape.SingularElementArgument).id()));
    // Day to day: only bc and c come back; a, b and ab must not be restyled.
    expect(showDay(cy, '2019-02-05', { animate: false })).toBe(2);
    expect([...restyled].sort()).toEqual(['bc', 'c']);
    restyled.clear();
    expect(showDay(cy, '2019-02-06', { animate: false })).toBe(0);
    expect([...restyled]).toEqual([]);
    cy.destroy();
  });

  it('reads the elements again after some are added (the view re-synced)', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    expect(showDay(cy, '2019-01-01', { animate: false })).toBe(0);
    cy.add([{ data: { id: 'a' } }, { data: { id: 'b' } }, { data: { id: 'ab', source: 'a', target: 'b', date: '2019-02-01' } }]);
    expect(showDay(cy, '2019-01-01', { animate: false })).toBe(3);
    expect(hidden(cy)).toEqual(['a', 'ab', 'b']);
    cy.destroy();
  });

  it('clears with a null state', () => {
    const cy = canvas();
    showDay(cy, '2019-01-01', { animate: false });
    expect(applyInForce(cy, null, { animate: false })).toBe(5);
    expect(cy.getElementById('a').style('opacity')).toBe('1');
    cy.destroy();
  });
});
