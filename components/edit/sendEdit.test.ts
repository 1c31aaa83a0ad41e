import { changedFields } from '@/components/edit/sendEdit';

describe('components/edit/sendEdit', () => {
  it('lists the fields that differ between the form\'s values and the current ones, as text', () => {
    expect(changedFields({ note: 'a', kind: 'SUPPORTS', aliases: ['US'] }, { note: 'b', kind: 'SUPPORTS', aliases: ['US', 'U.S.'] }, ['note', 'kind', 'aliases'])).toEqual([
      { field: 'note', then: 'a', now: 'b' },
      { field: 'aliases', then: 'US', now: 'US, U.S.' },
    ]);
    expect(changedFields({ note: null }, { note: undefined }, ['note'])).toEqual([]);
    expect(changedFields({ note: 'a' }, null, ['note'])).toEqual([]);
  });
});
