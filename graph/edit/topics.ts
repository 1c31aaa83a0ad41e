/**
 * Topics created from the browser (a position actors take sides on, for a stance's `to`), in one
 * transaction with the audit record; the id is slugged from the name and unique among actors and
 * topics, as a stance's `to` may name either.
 */
import { transactions } from '@/graph/db/driver';
import { freeEndpointId, refuseDuplicateName, requireDataset } from '@/graph/edit/actors';
import { recordChange } from '@/graph/edit/audit';
import type { EntityKey, TopicState } from '@/graph/edit/changeTypes';
import type { EditResult, TopicCreate } from '@/graph/edit/editTypes';
import { lockEntities, readEntities, writeEntities } from '@/graph/edit/entities';
import { idFromTitle } from '@/graph/workbench/sources';

const { write } = transactions('edit');

export type TopicValue = TopicState & { id: string };

export async function createTopic(input: TopicCreate, editor: string): Promise<EditResult<TopicValue>> {
  return write(async (tx) => {
    await lockEntities(tx, [{ type: 'dataset', id: input.dataset }]);
    await requireDataset(tx, input.dataset, 'topic');
    await refuseDuplicateName(tx, input.name, null);
    const id = await freeEndpointId(tx, idFromTitle(input.name, 'topic'));
    const state: TopicState = { name: input.name, description: input.description ?? null, datasets: [input.dataset], version: 1 };
    const key: EntityKey = { type: 'topic', id };
    const before = await readEntities(tx, [key]);
    await writeEntities(tx, [{ type: 'topic', id, value: state }], before);
    const after = await readEntities(tx, [key]);
    const change = await recordChange(tx, {
      editor,
      action: 'topic.create',
      dataset: input.dataset,
      actorIds: [],
      target: `topic:${id}`,
      before,
      after,
      summary: `New topic: ${input.name}`,
    });
    return { change: { id: change.id, action: change.action, summary: change.summary }, value: { id, ...state } };
  });
}
