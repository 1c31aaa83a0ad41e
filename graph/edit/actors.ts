/**
 * Actors written from the browser: create (id slugged from the name, unique) and edit (name, kind,
 * aliases, description), each in one transaction with its audit record. Merging two actors is
 * graph/edit/merge.ts. Names are stored exactly as typed (trimmed): they only ever reach Cypher
 * as parameters and the page as text.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { transactions } from '@/graph/db/driver';
import { recordChange } from '@/graph/edit/audit';
import type { ActorState, EntityKey } from '@/graph/edit/changeTypes';
import { badField, editConflict, notFound } from '@/graph/edit/editErrors';
import type { ActorCreate, ActorPatch, EditResult } from '@/graph/edit/editTypes';
import { lockEntities, readEntities, writeEntities } from '@/graph/edit/entities';
import { idFromTitle } from '@/graph/workbench/sources';
import { ApiError } from '@/graph/http/errors';

const { write } = transactions('edit');

export type ActorValue = ActorState & { id: string };

/** `base`, or `base-2`, `base-3`…: the first id no actor and no topic has (a stance's `to` may be either). */
export async function freeEndpointId(tx: ManagedTransaction, base: string): Promise<string> {
  const result = await tx.run(
    'MATCH (n) WHERE (n:Actor OR n:Topic) AND (n.id = $base OR n.id STARTS WITH $prefix) RETURN n.id AS id',
    { base, prefix: `${base}-` },
  );
  const taken = new Set(result.records.map((r) => String(r.get('id'))));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The data set must exist before anything is added to it. */
export async function requireDataset(tx: ManagedTransaction, dataset: string, where: string): Promise<void> {
  const found = (await tx.run('MATCH (d:Dataset {id: $id}) RETURN d.id AS id', { id: dataset })).records[0];
  if (!found) throw badField(where, 'dataset', `there is no data set "${dataset}"`);
}

/**
 * Another actor or topic already called `name` (by name or alias, ignoring case): creating it
 * again would split its stances, so the editor is sent to the one there is.
 */
export async function refuseDuplicateName(tx: ManagedTransaction, name: string, except: string | null): Promise<void> {
  const record = (await tx.run(
    `MATCH (n) WHERE (n:Actor OR n:Topic) AND n.id <> coalesce($except, '')
       AND (toLower(n.name) = toLower($name) OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = toLower($name)))
     RETURN n.id AS id, n.name AS name, n:Topic AS topic LIMIT 1`,
    { name, except },
  )).records[0];
  if (!record) return;
  const what = record.get('topic') === true ? 'topic' : 'actor';
  throw new ApiError(409, 'DuplicateName', `There is already ${what === 'topic' ? 'a topic' : 'an actor'} called "${String(record.get('name'))}" (id "${String(record.get('id'))}"); use it, or choose another name.`, {
    current: { id: record.get('id'), name: record.get('name'), type: what },
  });
}

/** Aliases without repeats and without the name itself. */
export function cleanAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([name.toLowerCase()]);
  return aliases.filter((a) => {
    const key = a.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export async function createActor(input: ActorCreate, editor: string): Promise<EditResult<ActorValue>> {
  return write(async (tx) => {
    await lockEntities(tx, [{ type: 'dataset', id: input.dataset }]);
    await requireDataset(tx, input.dataset, 'actor');
    await refuseDuplicateName(tx, input.name, null);
    const id = await freeEndpointId(tx, idFromTitle(input.name, 'actor'));
    const state: ActorState = {
      name: input.name,
      kind: input.kind,
      aliases: cleanAliases(input.name, input.aliases),
      description: input.description ?? null,
      datasets: [input.dataset],
      version: 1,
    };
    const key: EntityKey = { type: 'actor', id };
    const before = await readEntities(tx, [key]);
    await writeEntities(tx, [{ type: 'actor', id, value: state }], before);
    const after = await readEntities(tx, [key]);
    const change = await recordChange(tx, {
      editor,
      action: 'actor.create',
      dataset: input.dataset,
      actorIds: [id],
      target: `actor:${id}`,
      before,
      after,
      summary: `New actor: ${input.name} (${input.kind.replace(/_/g, ' ')})`,
    });
    return { change: { id: change.id, action: change.action, summary: change.summary }, value: { id, ...state } };
  });
}

/** The actor, locked, checked against the version the editor saw. */
export async function currentActor(tx: ManagedTransaction, id: string, version: number, role = 'actor'): Promise<ActorState> {
  await lockEntities(tx, [{ type: 'actor', id }]);
  const [entity] = await readEntities(tx, [{ type: 'actor', id }]);
  const current = entity?.type === 'actor' ? entity.value : null;
  if (!current) throw notFound(`actor "${id}"`);
  if (current.version !== version) {
    throw editConflict(`The ${role} "${current.name}" was changed by someone else since (version ${version} then, ${current.version} now); review it and try again.`, { id, ...current });
  }
  return current;
}

const ACTOR_FIELDS = ['name', 'kind', 'aliases', 'description'] as const;

export async function editActor(id: string, patch: ActorPatch, editor: string): Promise<EditResult<ActorValue>> {
  return write(async (tx) => {
    const current = await currentActor(tx, id, patch.version);
    if (patch.name !== undefined && patch.name !== current.name) await refuseDuplicateName(tx, patch.name, id);
    const state: ActorState = { ...current, version: current.version + 1 };
    const changed: string[] = [];
    for (const field of ACTOR_FIELDS) {
      const value = patch[field];
      if (value === undefined || JSON.stringify(value) === JSON.stringify(current[field])) continue;
      Object.assign(state, { [field]: value });
      changed.push(field);
    }
    state.aliases = cleanAliases(state.name, state.aliases);
    const key: EntityKey = { type: 'actor', id };
    const before = await readEntities(tx, [key]);
    await writeEntities(tx, [{ type: 'actor', id, value: state }], before);
    const after = await readEntities(tx, [key]);
    const renamed = state.name !== current.name ? ` → ${state.name}` : '';
    const change = await recordChange(tx, {
      editor,
      action: 'actor.edit',
      dataset: current.datasets[0] ?? '',
      datasets: current.datasets,
      actorIds: [id],
      target: `actor:${id}`,
      before,
      after,
      summary: `Edited actor: ${current.name}${renamed}${changed.length > 0 ? ` (${changed.join(', ')})` : ''}`,
    });
    return { change: { id: change.id, action: change.action, summary: change.summary }, value: { id, ...state } };
  });
}
