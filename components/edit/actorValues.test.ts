import { actorPatch, editableActor, splitAliases } from '@/components/edit/actorValues';
import type { NodeData } from '@/graph/model/elements';

const node: NodeData = {
  id: '4:x:7', key: 'united-states', label: 'United States', labels: ['Actor', 'State'], kind: 'state',
  aliases: ['US', 'Washington'], description: 'A state.', backers: 0, opponents: 0, properties: { id: 'united-states', version: 3 },
};

describe('components/edit/actorValues', () => {
  it('reads an actor from node data; topics and other nodes are not editable here', () => {
    expect(editableActor(node)).toEqual({ id: 'united-states', version: 3, values: { name: 'United States', kind: 'state', aliases: 'US; Washington', description: 'A state.' } });
    expect(editableActor({ ...node, labels: ['Topic'], kind: 'topic' })).toBeNull();
    expect(editableActor({ ...node, key: undefined })).toBeNull();
  });

  it('splits aliases on semicolons, trimmed, without repeats or empties', () => {
    expect(splitAliases(' US ;U.S.; ;US')).toEqual(['US', 'U.S.']);
  });

  it('patches only what changed', () => {
    const actor = editableActor(node)!;
    expect(actorPatch(actor, { ...actor.values, aliases: 'US;Washington ' })).toBeNull();
    expect(actorPatch(actor, { ...actor.values, name: ' USA ', aliases: 'US; U.S.', description: '' })).toEqual({ version: 3, name: 'USA', aliases: ['US', 'U.S.'], description: null });
  });
});
