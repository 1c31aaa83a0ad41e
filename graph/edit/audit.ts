/**
 * The audit trail: every browser write records one `(:Change)` in its own transaction
 * (`recordChange`), so a change is never written without its record nor recorded without being
 * written. A change also moves the `version` of each data set it touched, which is what tells a
 * snapshot that the data changed since (graph/snapshots/store.ts `currentDatasetVersion`).
 *
 * `revertChange` writes a change's `before` states back over its `after` states, refusing with
 * 409 when anything it touched has moved on since, and records that as a change of its own.
 */
import { createHash, randomUUID } from 'node:crypto';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { transactions } from '@/graph/db/driver';
import { ApiError } from '@/graph/http/errors';
import { Change, ChangeInput, EntityList, type ChangeList, type ChangeQuery, type Entity } from '@/graph/edit/changeTypes';
import { editConflict } from '@/graph/edit/editErrors';
import { entityKey, lockEntities, readEntities, writeEntities } from '@/graph/edit/entities';

const { read, write } = transactions('edit');

/** A new version string for a data set: different after every change, like a reload's content hash. */
function bumpedVersion(changeId: string, dataset: string): string {
  return createHash('sha256').update(`${changeId}:${dataset}`).digest('hex').slice(0, 16);
}

/** Records `input` in the caller's transaction and moves the version of every data set it touched. */
export async function recordChange(tx: ManagedTransaction, input: ChangeInput): Promise<Change> {
  const parsed = ChangeInput.parse(input);
  const datasets = [...new Set([parsed.dataset, ...(parsed.datasets ?? [])])].filter((d) => d !== '');
  const id = randomUUID();
  const result = await tx.run(
    `CREATE (c:Change {id: $id, at: datetime.realtime(), editor: $editor, action: $action, dataset: $dataset, datasets: $datasets,
                       actorIds: $actorIds, target: $target, before: $before, after: $after, summary: $summary,
                       revertOf: $revertOf, revertedBy: null})
     WITH c
     CALL (c) { UNWIND $versions AS v MATCH (d:Dataset {id: v.id}) SET d.version = v.version }
     RETURN toString(c.at) AS at`,
    {
      id,
      editor: parsed.editor,
      action: parsed.action,
      dataset: parsed.dataset,
      datasets,
      actorIds: [...new Set(parsed.actorIds)],
      target: parsed.target,
      before: parsed.before === null ? null : JSON.stringify(parsed.before),
      after: parsed.after === null ? null : JSON.stringify(parsed.after),
      summary: parsed.summary,
      revertOf: parsed.revertOf ?? null,
      versions: datasets.map((d) => ({ id: d, version: bumpedVersion(id, d) })),
    },
  );
  const at = String(result.records[0]?.get('at'));
  return { ...parsed, id, at, datasets, revertOf: parsed.revertOf ?? null, revertedBy: null };
}

/** Sources can hold a whole article; the list shows the start of it. */
const LISTED_TEXT_CHARS = 300;

function fromStored(props: Record<string, unknown>, shortenTexts: boolean): Change {
  const states = (value: unknown) => {
    if (typeof value !== 'string') return null;
    const entities = EntityList.parse(JSON.parse(value));
    if (!shortenTexts) return entities;
    return entities.map((e) => (e.type === 'source' && e.value?.text && e.value.text.length > LISTED_TEXT_CHARS ? { ...e, value: { ...e.value, text: `${e.value.text.slice(0, LISTED_TEXT_CHARS)}…` } } : e));
  };
  return Change.parse({
    ...props,
    at: String(props.at),
    datasets: props.datasets ?? [props.dataset],
    before: states(props.before),
    after: states(props.after),
    revertOf: props.revertOf ?? null,
    revertedBy: props.revertedBy ?? null,
  });
}

/** Changes newest first, filtered; `before` is the id of the last change of the previous page. */
export async function listChanges(query: ChangeQuery): Promise<ChangeList> {
  const rows = await read(async (tx) => {
    const result = await tx.run(
      `OPTIONAL MATCH (cursor:Change {id: $before})
       WITH cursor
       WHERE $before IS NULL OR cursor IS NOT NULL
       MATCH (c:Change)
       WHERE ($editor IS NULL OR c.editor = $editor) AND ($dataset IS NULL OR $dataset IN c.datasets) AND ($actor IS NULL OR $actor IN c.actorIds)
         AND (cursor IS NULL OR c.at < cursor.at OR (c.at = cursor.at AND c.id < cursor.id))
       RETURN c {.*, at: toString(c.at)} AS c
       ORDER BY c.at DESC, c.id DESC
       LIMIT $limit`,
      {
        before: query.before ?? null,
        editor: query.editor ?? null,
        dataset: query.dataset ?? null,
        actor: query.actor ?? null,
        limit: neo4j.int(query.limit + 1),
      },
    );
    return result.records.map((r) => r.get('c') as Record<string, unknown>);
  });
  const changes = rows.slice(0, query.limit).map((row) => fromStored(row, true));
  return { changes, next: rows.length > query.limit ? (changes.at(-1)?.id ?? null) : null };
}

export async function readChange(tx: ManagedTransaction, id: string): Promise<Change | null> {
  const record = (await tx.run('MATCH (c:Change {id: $id}) RETURN c {.*, at: toString(c.at)} AS c', { id })).records[0];
  return record ? fromStored(record.get('c') as Record<string, unknown>, false) : null;
}

const version = (e: Entity): number | null => (e.value !== null && typeof e.value === 'object' && 'version' in e.value ? e.value.version : null);

/**
 * What a state says, for comparing two: without its edit counter, nor the data sets a node belongs
 * to (another data set may start using an actor meanwhile; `restoredStates` keeps that).
 */
function content(e: Entity): string {
  if (e.value === null || typeof e.value !== 'object') return JSON.stringify(e.value);
  return JSON.stringify(Object.entries(e.value).filter(([key]) => key !== 'version' && key !== 'datasets'));
}

/**
 * Why `now` is not the state the change left (`after`), or null when the change can be undone.
 * States are compared by what they say, not by version: a revert moves a version on, so undoing
 * a delete and then the edit before it must still work, while any real change since refuses.
 */
export function movedOn(after: Entity, now: Entity): string | null {
  if (after.type === 'member') return null;
  const what = `${after.type} "${after.id}"`;
  if (after.value === null) return now.value === null ? null : `the ${what} has been created again since`;
  if (now.value === null) return `the ${what} has been deleted since`;
  if (content(after) === content(now)) return null;
  const then = version(after);
  return `the ${what} has been changed since${then === null ? '' : ` (version ${then} then, ${version(now)} now)`}`;
}

const datasetsOf = (e: Entity | undefined): string[] | null =>
  e?.value !== null && typeof e?.value === 'object' && 'datasets' in e.value ? e.value.datasets : null;

/**
 * The `before` states to write back over `now` (which says what `after` says), each versioned one
 * past what is there now. A node's data sets take back what the change did to them and keep what
 * happened to them since: before + (now - after) - (after - now).
 */
export function restoredStates(before: readonly Entity[], after: readonly Entity[], now: readonly Entity[]): Entity[] {
  return before.map((e, i) => {
    if (e.value === null || typeof e.value !== 'object' || !('version' in e.value)) return e;
    const current = now[i];
    const next = (current ? version(current) : null) ?? e.value.version;
    const value = { ...e.value, version: next + 1 };
    const [then, later] = [datasetsOf(after[i]), datasetsOf(current)];
    if ('datasets' in value && then && later) {
      const added = later.filter((d) => !then.includes(d));
      const dropped = then.filter((d) => !later.includes(d));
      value.datasets = [...value.datasets, ...added.filter((d) => !value.datasets.includes(d))].filter((d) => !dropped.includes(d));
    }
    return { ...e, value } as Entity;
  });
}

/** Undoes change `id` as `editor`: 404 unknown, 409 when already reverted, not revertible, or moved on since. */
export async function revertChange(id: string, editor: string): Promise<Change> {
  return write(async (tx) => {
    await tx.run('MATCH (c:Change {id: $id}) SET c._editLock = true REMOVE c._editLock', { id });
    const change = await readChange(tx, id);
    if (!change) throw new ApiError(404, 'NotFound', `There is no change "${id}".`);
    if (change.revertedBy) throw new ApiError(409, 'AlreadyReverted', `This change was reverted already (by change ${change.revertedBy}).`, { revertedBy: change.revertedBy });
    if (change.before === null || change.after === null) {
      throw new ApiError(409, 'NotRevertible', `A change of type ${change.action} cannot be reverted here.`);
    }
    const keys = change.after.map(entityKey);
    await lockEntities(tx, [...change.datasets.map((d) => ({ type: 'dataset' as const, id: d })), ...keys]);
    const now = await readEntities(tx, keys);
    const problems = change.after.map((after, i) => movedOn(after, now[i] ?? after)).filter((p): p is string => p !== null);
    if (problems.length > 0) {
      throw editConflict(`Cannot revert: ${problems.join('; ')}. Revert the later changes first, or edit it by hand.`, now.filter((e) => e.type !== 'member'));
    }
    await writeEntities(tx, restoredStates(change.before, change.after, now), now);
    const after = await readEntities(tx, keys);
    return recordRevert(tx, change, now, after, editor);
  });
}

/** Records the revert of `change` (from `before` to `after`) as a change of its own, and marks the original reverted. */
export async function recordRevert(tx: ManagedTransaction, change: Change, before: Entity[], after: Entity[], editor: string): Promise<Change> {
  const recorded = await recordChange(tx, {
    editor,
    action: 'revert',
    dataset: change.dataset,
    datasets: change.datasets,
    actorIds: change.actorIds,
    target: change.target,
    before,
    after,
    summary: `Reverted: ${change.summary}`,
    revertOf: change.id,
  });
  await tx.run('MATCH (c:Change {id: $id}) SET c.revertedBy = $by', { id: change.id, by: recorded.id });
  return recorded;
}
