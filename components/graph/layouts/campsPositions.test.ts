import { campsByPartition, campsPositions, campsSpacing } from '@/components/graph/layouts/campsPositions';
import { crisis, idOf } from '@/components/graph/testElements';
import type { Position } from '@/components/graph/layouts/shared';

const id = idOf;
/** Positions by actor key, with -0 read as 0 (toEqual tells them apart). */
function byKey(positions: Record<string, Position>, keys: readonly string[]): Record<string, Position> {
  return Object.fromEntries(keys.map((key) => [key, { x: (positions[id(key)]?.x ?? NaN) + 0, y: (positions[id(key)]?.y ?? NaN) + 0 }]));
}
const CRISIS_KEYS = ['guaido', 'maduro', 'united-states', 'lima-group', 'russia', 'armed-forces', 'vatican', 'turkey', 'elections'];

describe('components/graph/layouts/campsPositions', () => {
  describe('campsPositions', () => {
    it('lays the crisis out in columns 120 apart and rows 80 apart, leaders 120 either side of centre', () => {
      const positions = campsPositions(crisis(), { a: id('guaido'), b: id('maduro') });
      // Left camp, strongest partisan (the United States, lean 2) first; right camp by name (equal leans);
      // the middle (lean 0) by name in one column of three.
      expect(byKey(positions, CRISIS_KEYS)).toEqual({
        guaido: { x: -120, y: 0 },
        maduro: { x: 120, y: 0 },
        'united-states': { x: -240, y: -40 },
        'lima-group': { x: -240, y: 40 },
        'armed-forces': { x: 240, y: -40 },
        russia: { x: 240, y: 40 },
        elections: { x: 0, y: -80 },
        turkey: { x: 0, y: 0 },
        vatican: { x: 0, y: 80 },
      });
      expect(Object.keys(positions)).toHaveLength(CRISIS_KEYS.length);
    });

    it('mirrors the picture when the sides swap: opposed camps stay on opposite sides', () => {
      const swapped = campsPositions(crisis(), { a: id('maduro'), b: id('guaido') });
      const x = (key: string) => swapped[id(key)]?.x ?? NaN;
      expect(x('maduro')).toBe(-120);
      expect(x('guaido')).toBe(120);
      for (const key of ['united-states', 'lima-group']) expect(x(key)).toBeGreaterThan(x('guaido'));
      for (const key of ['russia', 'armed-forces']) expect(x(key)).toBeLessThan(x('maduro'));
    });

    it('stacks each column by the footprints, the given gap apart, centred on the leaders’ row', () => {
      const elements = crisis();
      // Every node 30 wide and 60 tall (body and label), except a wide, tall Vatican.
      const footprints = new Map(elements.nodes.map((n) => [n.data.id, { x1: -15, y1: -15, x2: 15, y2: 45 }]));
      footprints.set(id('vatican'), { x1: -60, y1: -39, x2: 60, y2: 90 });
      const positions = campsPositions(elements, { a: id('guaido'), b: id('maduro') }, { columnGap: 130, rowGap: 10, footprints, rowsPerColumn: 6 });
      // The middle column, top to bottom: elections (60 tall), turkey (60), vatican (129), 10 apart:
      // 60 + 10 + 60 + 10 + 129 = 269 in all, so its top is at -134.5; each centre sits -y1 below its own top.
      expect(byKey(positions, ['elections', 'turkey', 'vatican'])).toEqual({
        elections: { x: 0, y: -119.5 },
        turkey: { x: 0, y: -49.5 },
        vatican: { x: 0, y: 44.5 },
      });
      expect(positions[id('guaido')]).toEqual({ x: -130, y: 0 });
    });
  });

  describe('campsByPartition', () => {
    const camps = new Map<string, number>([
      [id('guaido'), 0],
      [id('united-states'), 0],
      [id('lima-group'), 0],
      [id('maduro'), 1],
      [id('russia'), 1],
      [id('armed-forces'), 1],
    ]);

    it('puts camp 0 in a column left of centre, camp 1 right, most connected first, and the rest between them', () => {
      const positions = campsByPartition(crisis(), camps);
      // Degrees: Guaidó and Maduro 7, the United States 3, Russia 2, the Lima Group and the armed forces 1.
      expect(byKey(positions, ['guaido', 'united-states', 'lima-group', 'maduro', 'russia', 'armed-forces'])).toEqual({
        guaido: { x: -120, y: -80 },
        'united-states': { x: -120, y: 0 },
        'lima-group': { x: -120, y: 80 },
        maduro: { x: 120, y: -80 },
        russia: { x: 120, y: 0 },
        'armed-forces': { x: 120, y: 80 },
      });
      // Turkey and the Vatican (degree 2) above the elections (degree 1), in the middle column.
      const middle = byKey(positions, ['turkey', 'vatican', 'elections']);
      expect(middle.elections).toEqual({ x: 0, y: 80 });
      expect([middle.turkey, middle.vatican].map((p) => `${p?.x},${p?.y}`).sort()).toEqual(['0,-80', '0,0']);
    });

    it('groups further camps together in the middle, before the actors in none', () => {
      const withThird = new Map([...camps, [id('elections'), 2]]);
      const positions = campsByPartition(crisis(), withThird);
      // The elections now come first in the middle column, though less connected than Turkey and the Vatican.
      expect(positions[id('elections')]).toEqual({ x: 0, y: -80 });
    });
  });

  describe('campsSpacing', () => {
    it('keeps the defaults without footprints', () => {
      expect(campsSpacing(undefined)).toEqual({ columnGap: 120, rowGap: 80 });
      expect(campsSpacing(new Map())).toEqual({ columnGap: 120, rowGap: 80 });
    });

    it('spaces columns by the widest footprint plus the gap, rows by the gap, six rows a column', () => {
      const footprints = new Map([
        ['a', { x1: -15, y1: -15, x2: 15, y2: 45 }],
        ['b', { x1: -60, y1: -39, x2: 60.5, y2: 90 }],
      ]);
      expect(campsSpacing(footprints, 10)).toEqual({ columnGap: 131, rowGap: 10, footprints, rowsPerColumn: 6 });
      expect(campsSpacing(footprints)).toMatchObject({ columnGap: 137, rowGap: 16 });
    });
  });
});
