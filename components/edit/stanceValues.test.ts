import { editableStance, stancePatch } from '@/components/edit/stanceValues';
import type { EdgeData } from '@/graph/model/elements';

const edge: EdgeData = {
  id: '5:x:1', source: 'a', target: 'b', type: 'SUPPORTS', label: 'supports', polarity: 1, certainty: 'reported', date: '2019-01-25', dataset: 'venezuela-2019', evidence: [], evidenceCount: 0, sourceCount: 0,
  properties: { id: 'russia--supports--nicolas-maduro', version: 2, note: 'Old note' },
};

describe('components/edit/stanceValues', () => {
  it('reads the stance key, version and values from the element data', () => {
    expect(editableStance(edge)).toEqual({
      dataset: 'venezuela-2019', id: 'russia--supports--nicolas-maduro', version: 2,
      values: { kind: 'SUPPORTS', polarity: 1, certainty: 'reported', date: '2019-01-25', note: 'Old note' },
    });
    expect(editableStance({ ...edge, properties: { ...edge.properties, version: undefined as unknown as number } })?.version).toBe(0);
    expect(editableStance({ ...edge, properties: {} })).toBeNull();
    expect(editableStance({ ...edge, dataset: undefined })).toBeNull();
    expect(editableStance({ ...edge, type: 'KNOWS' })).toBeNull();
  });

  it('patches only what changed, clearing an emptied note', () => {
    const stance = editableStance(edge)!;
    expect(stancePatch(stance, stance.values)).toBeNull();
    expect(stancePatch(stance, { ...stance.values, note: '  New note ' })).toEqual({ version: 2, note: 'New note' });
    expect(stancePatch(stance, { ...stance.values, note: ' ', kind: 'OPPOSES', polarity: -1 })).toEqual({ version: 2, note: null, kind: 'OPPOSES', polarity: -1 });
  });
});
