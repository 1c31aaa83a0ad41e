import { overlaps, type Box } from '@/components/graph/overlaps';
import { separate, separateAndCompact, SEPARATE_DEFAULTS, type Footprint } from '@/components/graph/separate';
import type { Position } from '@/components/graph/layouts';

/** A node of diameter 30 with a label of `width` x 40 (two lines) under it, as canvas.ts nodeFootprints gives it. */
const footprint = (width: number): Box => ({ x1: -width / 2, y1: -15, x2: width / 2, y2: 60 });

/** `n` footprints crowded on a small spiral, the way a force-directed layout leaves long names. */
function crowd(n: number): Footprint[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    position: { x: Math.round(12 * Math.sqrt(i) * Math.cos(i * 2.4)), y: Math.round(12 * Math.sqrt(i) * Math.sin(i * 2.4)) },
    box: footprint(60 + ((i * 37) % 70)),
  }));
}

function placed(footprints: readonly Footprint[], moved: Map<string, Position>): Box[] {
  return footprints.map((f) => {
    const p = moved.get(f.id) ?? f.position;
    return { x1: p.x + f.box.x1, y1: p.y + f.box.y1, x2: p.x + f.box.x2, y2: p.y + f.box.y2 };
  });
}

function collisions(boxes: readonly Box[], gap = 0): number {
  let count = 0;
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i] as Box;
      const b = boxes[j] as Box;
      if (overlaps({ x1: a.x1 - gap / 2, y1: a.y1 - gap / 2, x2: a.x2 + gap / 2, y2: a.y2 + gap / 2 }, { x1: b.x1 - gap / 2, y1: b.y1 - gap / 2, x2: b.x2 + gap / 2, y2: b.y2 + gap / 2 })) count++;
    }
  return count;
}

function fitZoom(boxes: readonly Box[], width: number, height: number, padding: number): number {
  const x1 = Math.min(...boxes.map((b) => b.x1));
  const x2 = Math.max(...boxes.map((b) => b.x2));
  const y1 = Math.min(...boxes.map((b) => b.y1));
  const y2 = Math.max(...boxes.map((b) => b.y2));
  return Math.min((width - 2 * padding) / (x2 - x1), (height - 2 * padding) / (y2 - y1));
}

describe('components/graph/separate', () => {
  describe('separate', () => {
    it('leaves no two footprints overlapping, with the gap between them', () => {
      const crowded = crowd(60);
      expect(collisions(placed(crowded, new Map()))).toBeGreaterThan(100);
      const moved = separate(crowded);
      expect(collisions(placed(crowded, moved), SEPARATE_DEFAULTS.gap - 0.01)).toBe(0);
    });

    it('separates nodes that start on the very same spot', () => {
      const stacked = ['a', 'b', 'c'].map((id) => ({ id, position: { x: 0, y: 0 }, box: footprint(100) }));
      expect(collisions(placed(stacked, separate(stacked)))).toBe(0);
    });

    it('moves nothing when nothing overlaps, and gives the same answer every time', () => {
      const apart = [
        { id: 'a', position: { x: 0, y: 0 }, box: footprint(100) },
        { id: 'b', position: { x: 200, y: 0 }, box: footprint(100) },
      ];
      expect(separate(apart).size).toBe(0);
      const crowded = crowd(30);
      expect([...separate(crowded)]).toEqual([...separate(crowded)]);
    });

    it('never moves a pinned node; the others make way', () => {
      const crowded = crowd(20).map((f, i) => (i === 0 ? { ...f, fixed: true } : f));
      const moved = separate(crowded);
      expect(moved.has('n0')).toBe(false);
      expect(collisions(placed(crowded, moved))).toBe(0);
    });

    it('keeps who is left of whom along a row it pushes apart', () => {
      const row = ['a', 'b', 'c', 'd'].map((id, i) => ({ id, position: { x: i * 10, y: 0 }, box: footprint(100) }));
      const moved = separate(row);
      const xs = row.map((f) => moved.get(f.id)?.x ?? f.position.x);
      expect([...xs].sort((p, q) => p - q)).toEqual(xs);
    });
  });

  describe('separateAndCompact', () => {
    const viewport = { width: 790, height: 740, padding: 40 };

    it('draws a sparse layout in, so a fit zooms in further, and still leaves nothing overlapping', () => {
      // A ring far wider than the canvas: fitted as it is, names would be tiny.
      const sparse = Array.from({ length: 30 }, (_, i) => ({ id: `n${i}`, position: { x: 900 * Math.cos(i / 4.8), y: 300 * Math.sin(i / 4.8) }, box: footprint(110) }));
      const before = fitZoom(placed(sparse, separate(sparse)), viewport.width, viewport.height, viewport.padding);
      const moved = separateAndCompact(sparse, viewport);
      const after = placed(sparse, moved);
      expect(collisions(after)).toBe(0);
      expect(fitZoom(after, viewport.width, viewport.height, viewport.padding)).toBeGreaterThan(before * 1.3);
    });

    it('folds a row far too wide for the canvas (breadth-first leaves) into rows', () => {
      const row = Array.from({ length: 30 }, (_, i) => ({ id: `n${i}`, position: { x: i * 130, y: 0 }, box: footprint(110) }));
      const before = fitZoom(placed(row, new Map()), viewport.width, viewport.height, viewport.padding);
      const after = placed(row, separateAndCompact(row, viewport));
      expect(collisions(after)).toBe(0);
      expect(before).toBeLessThan(0.2);
      expect(fitZoom(after, viewport.width, viewport.height, viewport.padding)).toBeGreaterThan(0.6);
      // Only short pushes along the squeezed axis cannot fold it: the row springs back.
      const sprung = placed(row, separateAndCompact(row, viewport, { ...SEPARATE_DEFAULTS, across: [1] }));
      expect(fitZoom(sprung, viewport.width, viewport.height, viewport.padding)).toBeLessThan(0.3);
    });

    it('leaves a layout alone once a fit would already show names at full size', () => {
      const small = [
        { id: 'a', position: { x: 0, y: 0 }, box: footprint(100) },
        { id: 'b', position: { x: 150, y: 0 }, box: footprint(100) },
      ];
      expect(separateAndCompact(small, viewport).size).toBe(0);
    });
  });
});
