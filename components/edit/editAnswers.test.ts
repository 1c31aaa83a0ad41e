import { ApiRequestError } from '@/components/apiClient';
import { changedFields, conflictCurrent } from '@/components/edit/editAnswers';

describe('components/edit/editAnswers', () => {
  it('lists the fields that differ between the form\'s values and the current ones, as text', () => {
    expect(changedFields({ note: 'a', kind: 'SUPPORTS', aliases: ['US'] }, { note: 'b', kind: 'SUPPORTS', aliases: ['US', 'U.S.'] }, ['note', 'kind', 'aliases'])).toEqual([
      { field: 'note', then: 'a', now: 'b' },
      { field: 'aliases', then: 'US', now: 'US, U.S.' },
    ]);
    expect(changedFields({ note: null }, { note: undefined }, ['note'])).toEqual([]);
    expect(changedFields({ note: 'a' }, null, ['note'])).toEqual([]);
  });
});

describe('conflictCurrent', () => {
  const failure = (status: number, details: unknown) => new ApiRequestError(status, { code: 'X', message: 'm', details }, 'PATCH /api/edit/x');

  it("reads a 409's current values, null when the thing is gone, and nothing for other failures", () => {
    expect(conflictCurrent(failure(409, { current: { id: 'a', name: 'A' } }))).toEqual({ id: 'a', name: 'A' });
    expect(conflictCurrent(failure(409, { current: null }))).toBeNull();
    expect(conflictCurrent(failure(409, undefined))).toBeUndefined();
    expect(conflictCurrent(failure(400, { current: { id: 'a' } }))).toBeUndefined();
  });
});
