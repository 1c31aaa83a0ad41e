/**
 * Stances written from the browser: create (or add a quote to the stance of the same data set,
 * from, to and kind), edit and delete, each in one transaction with its audit record. A new
 * stance gets exactly the properties the loader gives one (graph/datasets/load.ts), so the explorer,
 * export and snapshots cannot tell it from an imported one; its quote must sit at its offsets in
 * the source's stored text.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { transactions } from '@/graph/db/driver';
import { ApiError } from '@/graph/http/errors';
import { recordChange } from '@/graph/edit/audit';
import type { EntityKey, StanceState } from '@/graph/edit/changeTypes';
import { badField, editConflict, endpointGone, notFound } from '@/graph/edit/editErrors';
import type { EditResult, StanceCreate, StancePatch } from '@/graph/edit/editTypes';
import { lockEntities, readEntities, readStance, writeEntities } from '@/graph/edit/entities';
import { staticKind, quotePlaceProblem, STANCE_KIND_POLARITY, stanceId, type StanceKind } from '@/graph/model/schema';
import { slugify } from '@/graph/import/slug';

const { write } = transactions('edit');

export type StanceValue = StanceState & { dataset: string; id: string };
type Result = EditResult<StanceValue>;

/** "United States supports Juan Guaidó": how a change's summary names a stance. */
export function describeStance(fromName: string, kind: StanceKind, toName: string): string {
  return `${fromName} ${kind.toLowerCase().replace(/_/g, ' ')} ${toName}`;
}

async function names(tx: ManagedTransaction, ids: string[]): Promise<Map<string, string>> {
  const result = await tx.run('UNWIND $ids AS id MATCH (n {id: id}) WHERE n:Actor OR n:Topic RETURN n.id AS id, n.name AS name', { ids });
  return new Map(result.records.map((r) => [String(r.get('id')), String(r.get('name'))]));
}

async function stanceSummary(tx: ManagedTransaction, state: StanceState): Promise<string> {
  const byId = await names(tx, [state.from, state.to]);
  return describeStance(byId.get(state.from) ?? state.from, staticKind(state.kind), byId.get(state.to) ?? state.to);
}

/** Where `to` points: an actor or a topic (actors first, as the loader's endpoint check does). */
async function targetLabel(tx: ManagedTransaction, id: string): Promise<'Actor' | 'Topic' | null> {
  const record = (await tx.run('OPTIONAL MATCH (a:Actor {id: $id}) OPTIONAL MATCH (t:Topic {id: $id}) RETURN a IS NOT NULL AS actor, t IS NOT NULL AS topic', { id })).records[0];
  if (record?.get('actor') === true) return 'Actor';
  return record?.get('topic') === true ? 'Topic' : null;
}

/**
 * `from--kind--to` as stanceId() makes it; when another stance of the data set holds that id, a
 * slug with `-2`, `-3`… (an explicit id must be a slug, so the data set still exports as a valid file).
 */
export async function freeStanceId(tx: ManagedTransaction, dataset: string, base: string, claimed: ReadonlySet<string> = new Set()): Promise<string> {
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? base : `${slugify(base)}-${n}`;
    if (!claimed.has(candidate) && !(await readStance(tx, dataset, candidate))) return candidate;
  }
}

/**
 * The id a stance should have once its ends or kind change: a default id (`from--kind--to`) follows
 * the stance, since the export writes no id where it is the default and a data file's explicit id
 * must be a slug; an explicit id stays.
 */
export async function followingId(tx: ManagedTransaction, dataset: string, id: string, from: StanceState, to: StanceState, claimed?: ReadonlySet<string>): Promise<string> {
  const ends = (s: StanceState) => ({ from: s.from, to: s.to, kind: staticKind(s.kind) });
  if (id !== stanceId(ends(from))) return id;
  const next = stanceId(ends(to));
  return next === id ? id : freeStanceId(tx, dataset, next, claimed);
}

const memberKeys = (dataset: string, from: string, to: string, toLabel: 'Actor' | 'Topic', source: string): EntityKey[] => [
  { type: 'member', label: 'Actor', id: from, dataset },
  { type: 'member', label: toLabel, id: to, dataset },
  { type: 'member', label: 'Source', id: source, dataset },
];

/** Creates the stance, or adds the quote to the existing stance of the same data set, from, to and kind. */
export async function createStance(input: StanceCreate, editor: string): Promise<Result> {
  const where = 'stance';
  const { dataset, from, to, kind, evidence } = input;
  return write(async (tx) => {
    const toLabel = await targetLabel(tx, to);
    await lockEntities(tx, [{ type: 'dataset', id: dataset }, ...memberKeys(dataset, from, to, toLabel ?? 'Actor', evidence.source)]);
    const facts = (await tx.run(
      `OPTIONAL MATCH (d:Dataset {id: $dataset}) OPTIONAL MATCH (a:Actor {id: $from}) OPTIONAL MATCH (s:Source {id: $source})
       RETURN d IS NOT NULL AS dataset, a IS NOT NULL AS from, s IS NOT NULL AS source, s.text AS text, toString(s.date) AS date`,
      { dataset, from, source: evidence.source },
    )).records[0];
    if (facts?.get('dataset') !== true) throw badField(where, 'dataset', `there is no data set "${dataset}"`);
    if (facts.get('from') !== true) throw endpointGone('from', 'actor', from);
    // Read again under the lock: the actor or topic may have gone while we waited for it.
    const label = toLabel && (await targetLabel(tx, to)) === toLabel ? toLabel : null;
    if (!label) throw endpointGone('to', toLabel === 'Topic' ? 'topic' : 'actor', to);
    if (facts.get('source') !== true) throw badField(where, 'evidence.source', `there is no source "${evidence.source}"`);
    const text = facts.get('text') as string | null;
    const problem = quotePlaceProblem(evidence, { id: evidence.source, ...(text === null ? {} : { text }) });
    if (problem) throw badField(where, 'evidence.quote', problem);
    const quote = evidence.quote ?? '';
    const start = evidence.start ?? -1;
    const end = evidence.end ?? -1;

    const existing = (await tx.run(
      `MATCH (:Actor {id: $from})-[r:${staticKind(kind)} {dataset: $dataset}]->(:${label} {id: $to}) RETURN r.id AS id ORDER BY r.id LIMIT 1`,
      { from, to, dataset },
    )).records[0]?.get('id') as string | undefined;
    const id = existing ?? (await freeStanceId(tx, dataset, stanceId({ from, to, kind })));
    const keys: EntityKey[] = [{ type: 'stance', dataset, id }, ...memberKeys(dataset, from, to, label, evidence.source)];
    const before = await readEntities(tx, keys);
    const current = before[0]?.type === 'stance' ? before[0].value : null;
    let state: StanceState;
    if (current) {
      const known = current.quotes.some((q, i) => q === quote && current.sourceIds[i] === evidence.source && current.quoteStarts[i] === start);
      if (known) throw editConflict('This quote is evidence of the stance already.', { dataset, id, ...current });
      state = {
        ...current,
        quotes: [...current.quotes, quote],
        sourceIds: [...current.sourceIds, evidence.source],
        quoteStarts: [...current.quoteStarts, start],
        quoteEnds: [...current.quoteEnds, end],
        eventIds: [...current.eventIds, ''],
        version: current.version + 1,
      };
    } else {
      const sourceDate = facts.get('date') as string | null;
      if (input.date === undefined && sourceDate === null) throw badField(where, 'date', 'the source has no date, so the stance needs one');
      const date = input.date ?? String(sourceDate);
      if (input.until !== undefined && input.until < date) throw badField(where, 'until', 'until must not be before date');
      state = {
        kind, from, to, toLabel: label,
        polarity: input.polarity ?? STANCE_KIND_POLARITY[kind],
        date, until: input.until ?? null, certainty: input.certainty, note: input.note ?? null,
        quotes: [quote], sourceIds: [evidence.source], quoteStarts: [start], quoteEnds: [end], eventIds: [''],
        eventCount: null, lastSeen: null, hash: null, run: null, version: 1,
      };
    }
    const targets = before.map((e) => (e.type === 'stance' ? { ...e, value: state } : e.type === 'member' ? { ...e, value: true } : e));
    await writeEntities(tx, targets, before);
    const after = await readEntities(tx, keys);
    const summary = await stanceSummary(tx, state);
    const change = await recordChange(tx, {
      editor,
      action: current ? 'stance.evidence' : 'stance.create',
      dataset,
      actorIds: label === 'Actor' ? [from, to] : [from],
      target: `stance:${dataset}/${id}`,
      before,
      after,
      summary: current ? `Quote added to: ${summary}` : `New stance: ${summary}`,
    });
    return { change: { id: change.id, action: change.action, summary: change.summary }, value: { dataset, id, ...state } };
  });
}

/** The stance, locked, checked against the version the editor saw. */
async function currentStance(tx: ManagedTransaction, dataset: string, id: string, version: number): Promise<StanceState> {
  await lockEntities(tx, [{ type: 'dataset', id: dataset }]);
  const current = await readStance(tx, dataset, id);
  if (!current) throw notFound(`stance "${id}" in data set "${dataset}"`);
  if (current.version !== version) {
    throw editConflict(`The stance was changed by someone else since (version ${version} then, ${current.version} now); review it and try again.`, { dataset, id, ...current });
  }
  return current;
}

const STANCE_FIELDS = ['kind', 'polarity', 'certainty', 'date', 'until', 'note'] as const;

export async function editStance(dataset: string, id: string, patch: StancePatch, editor: string): Promise<Result> {
  return write(async (tx) => {
    const current = await currentStance(tx, dataset, id, patch.version);
    const state: StanceState = { ...current, version: current.version + 1 };
    const changed: string[] = [];
    for (const field of STANCE_FIELDS) {
      const value = patch[field];
      if (value === undefined || value === current[field]) continue;
      Object.assign(state, { [field]: value });
      changed.push(field);
    }
    if (state.until !== null && state.until < state.date) throw badField('stance', 'until', 'until must not be before date');
    if (state.kind !== current.kind) {
      const clash = (await tx.run(
        `MATCH (:Actor {id: $from})-[r:${staticKind(state.kind)} {dataset: $dataset}]->(:${state.toLabel === 'Topic' ? 'Topic' : 'Actor'} {id: $to}) RETURN r.id AS id LIMIT 1`,
        { from: state.from, to: state.to, dataset },
      )).records[0];
      if (clash) {
        throw new ApiError(409, 'StanceExists', `The data set already has a ${state.kind} stance between these two ("${String(clash.get('id'))}"); add the quotes there instead.`, { id: clash.get('id') });
      }
    }
    const newId = await followingId(tx, dataset, id, current, state);
    const keys: EntityKey[] = [{ type: 'stance', dataset, id }, ...(newId === id ? [] : [{ type: 'stance' as const, dataset, id: newId }])];
    const before = await readEntities(tx, keys);
    // A new kind may bring a new id: the stance leaves its old key and takes the new one.
    const targets = keys.map((k) => ({ type: 'stance' as const, dataset, id: (k as { id: string }).id, value: (k as { id: string }).id === newId ? state : null }));
    await writeEntities(tx, targets, before);
    const after = await readEntities(tx, keys);
    const summary = await stanceSummary(tx, current);
    const change = await recordChange(tx, {
      editor,
      action: 'stance.edit',
      dataset,
      actorIds: current.toLabel === 'Actor' ? [current.from, current.to] : [current.from],
      target: `stance:${dataset}/${newId}`,
      before,
      after,
      summary: `Edited stance: ${summary}${changed.length > 0 ? ` (${changed.join(', ')})` : ''}`,
    });
    return { change: { id: change.id, action: change.action, summary: change.summary }, value: { dataset, id: newId, ...state } };
  });
}

export async function deleteStance(dataset: string, id: string, version: number, editor: string): Promise<EditResult<null>> {
  return write(async (tx) => {
    const current = await currentStance(tx, dataset, id, version);
    const key: EntityKey = { type: 'stance', dataset, id };
    const before = await readEntities(tx, [key]);
    await writeEntities(tx, [{ type: 'stance', dataset, id, value: null }], before);
    const change = await recordChange(tx, {
      editor,
      action: 'stance.delete',
      dataset,
      actorIds: current.toLabel === 'Actor' ? [current.from, current.to] : [current.from],
      target: `stance:${dataset}/${id}`,
      before,
      after: [{ type: 'stance', dataset, id, value: null }],
      summary: `Deleted stance: ${await stanceSummary(tx, current)}`,
    });
    return { change: { id: change.id, action: change.action, summary: change.summary }, value: null };
  });
}
