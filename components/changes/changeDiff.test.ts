import { changeDiff, showValue } from '@/components/changes/changeDiff';
import type { Entity, StanceState } from '@/graph/edit/changeTypes';

const stance: StanceState = {
  kind: 'SUPPORTS', from: 'us', to: 'juan-guaido', toLabel: 'Actor', polarity: 1, date: '2019-01-24', until: null, certainty: 'reported', note: null,
  quotes: ['The US backs Juan Guaidó'], sourceIds: ['wire'], quoteStarts: [0], quoteEnds: [24], eventIds: [''], eventCount: null, lastSeen: null,
  hash: 'abc', run: 'r1', version: 0,
};
const key = { type: 'stance', dataset: 'd', id: 'us--supports--juan-guaido' } as const;

describe('components/changes/changeDiff', () => {
  it('lists only the fields an edit changed, before and after, without bookkeeping', () => {
    const before: Entity[] = [{ ...key, value: stance }];
    const after: Entity[] = [{ ...key, value: { ...stance, certainty: 'alleged', note: 'Checked.', version: 1, hash: null } }];
    expect(changeDiff({ before, after })).toEqual([
      { label: 'stance us--supports--juan-guaido (data set d)', kind: 'changed', lines: [
        { field: 'certainty', before: 'reported', after: 'alleged' },
        { field: 'note', before: '—', after: 'Checked.' },
      ] },
    ]);
  });

  it('says what a created thing holds and what a deleted one held', () => {
    const created = changeDiff({ before: [{ type: 'actor', id: 'x', value: null }], after: [{ type: 'actor', id: 'x', value: { name: 'X', kind: 'state', aliases: [], description: null, datasets: ['d'], version: 1 } }] });
    expect(created).toEqual([{ label: 'actor x', kind: 'created', lines: [
      { field: 'name', before: '', after: 'X' }, { field: 'kind', before: '', after: 'state' }, { field: 'datasets', before: '', after: 'd' },
    ] }]);
    const deleted = changeDiff({ before: [{ ...key, value: stance }], after: [{ ...key, value: null }] });
    expect(deleted[0]?.kind).toBe('deleted');
    expect(deleted[0]?.lines).toContainEqual({ field: 'quotes', before: 'The US backs Juan Guaidó', after: '' });
  });

  it('reports data set membership that moved, and nothing for what stayed', () => {
    const member = (value: boolean): Entity => ({ type: 'member', label: 'Source', id: 'wire', dataset: 'd', value });
    expect(changeDiff({ before: [member(false)], after: [member(true)] })).toEqual([{ label: 'source wire in data set d', kind: 'joined', lines: [] }]);
    expect(changeDiff({ before: [member(true)], after: [member(true)] })).toEqual([]);
    expect(changeDiff({ before: null, after: null })).toEqual([]);
  });

  it('shows values as plain text, cutting long ones', () => {
    expect(showValue(['a', 'b'])).toBe('a · b');
    expect(showValue(null)).toBe('—');
    expect(showValue('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
    expect(showValue('x'.repeat(500))).toHaveLength(201);
  });
});
