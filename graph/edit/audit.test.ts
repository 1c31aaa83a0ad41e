import { movedOn, restoredStates } from '@/graph/edit/audit';
import type { ActorState, Entity } from '@/graph/edit/changeTypes';

const actor = (value: Partial<ActorState> | null): Entity => ({
  type: 'actor',
  id: 'us',
  value: value === null ? null : { name: 'US', kind: 'state', aliases: [], description: null, datasets: ['a'], version: 0, ...value },
});

describe('graph/edit/audit', () => {
  describe('movedOn', () => {
    it('lets a change be undone while the thing says what the change left, whatever its version', () => {
      expect(movedOn(actor({ name: 'USA', version: 1 }), actor({ name: 'USA', version: 4 }))).toBeNull();
      // Another data set started using the actor meanwhile: not a change to what it says.
      expect(movedOn(actor({ name: 'USA' }), actor({ name: 'USA', datasets: ['a', 'b'] }))).toBeNull();
    });

    it('says why not when it was changed, deleted or created again since', () => {
      expect(movedOn(actor({ name: 'USA', version: 1 }), actor({ name: 'America', version: 2 }))).toBe('the actor "us" has been changed since (version 1 then, 2 now)');
      expect(movedOn(actor({ name: 'USA' }), actor(null))).toBe('the actor "us" has been deleted since');
      expect(movedOn(actor(null), actor({}))).toBe('the actor "us" has been created again since');
    });

    it('never refuses over data set membership', () => {
      const member = (value: boolean): Entity => ({ type: 'member', label: 'Actor', id: 'us', dataset: 'a', value });
      expect(movedOn(member(true), member(false))).toBeNull();
    });
  });

  describe('restoredStates', () => {
    it('writes the before values back one version past what is there now', () => {
      const [restored] = restoredStates([actor({ name: 'US', version: 0 })], [actor({ name: 'USA', version: 1 })], [actor({ name: 'USA', version: 3 })]);
      expect(restored?.value).toMatchObject({ name: 'US', version: 4 });
      const [revived] = restoredStates([actor({ version: 2 })], [actor(null)], [actor(null)]);
      expect(revived?.value).toMatchObject({ version: 3 });
    });

    it('takes back the data sets the change added and keeps those joined since', () => {
      const before = actor({ datasets: ['a'] });
      const after = actor({ datasets: ['a', 'b'] });
      const now = actor({ datasets: ['a', 'b', 'c'] });
      const [restored] = restoredStates([before], [after], [now]);
      expect(restored?.value).toMatchObject({ datasets: ['a', 'c'] });
    });

    it('leaves absent states and memberships as they were', () => {
      const member: Entity = { type: 'member', label: 'Source', id: 's', dataset: 'a', value: false };
      expect(restoredStates([actor(null), member], [actor({}), { ...member, value: true }], [actor({}), { ...member, value: true }])).toEqual([actor(null), member]);
    });
  });
});
