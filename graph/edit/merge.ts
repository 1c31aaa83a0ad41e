/**
 * Merging two actors ("US" into "United States", a frequent need after imports), in one
 * transaction with its audit record: every stance of the merged actor moves to the survivor,
 * keeping its data set (and its id, unless that was the default `from--kind--to`, which follows
 * the new ends); where the survivor already has the same stance (data set, kind,
 * other end, direction) the quotes are added to it instead; a stance between the two would become
 * a loop and is dropped. The merged actor's name and aliases become the survivor's aliases, its
 * data sets the survivor's. Everything is recorded state by state, so a revert splits it back.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { transactions } from '@/graph/db/driver';
import { cleanAliases, currentActor, type ActorValue } from '@/graph/edit/actors';
import { recordChange } from '@/graph/edit/audit';
import type { ActorState, Entity, EntityKey, StanceState } from '@/graph/edit/changeTypes';
import type { ActorMerge, EditResult } from '@/graph/edit/editTypes';
import { keyOf, lockEntities, readEntities, readStance, writeEntities } from '@/graph/edit/entities';
import { staticKind } from '@/graph/model/schema';
import { followingId } from '@/graph/edit/stances';

const { read, write } = transactions('edit');

export type MergeValue = ActorValue & { moved: number; combined: number; dropped: number };

interface FromStance {
  dataset: string;
  id: string;
  state: StanceState;
  /** The merged actor is the stance's `from` (else its `to`). */
  out: boolean;
}

async function stancesAt(tx: ManagedTransaction, actor: string): Promise<FromStance[]> {
  const result = await tx.run(
    `MATCH (f:Actor {id: $actor})-[r]-() WHERE r.dataset IS NOT NULL
     RETURN DISTINCT r.dataset AS dataset, r.id AS id, startNode(r) = f AS out ORDER BY dataset, id`,
    { actor },
  );
  const out: FromStance[] = [];
  for (const record of result.records) {
    const dataset = String(record.get('dataset'));
    const id = String(record.get('id'));
    const state = await readStance(tx, dataset, id);
    if (state) out.push({ dataset, id, state, out: record.get('out') === true });
  }
  return out;
}

/** The survivor's stance that `stance` would duplicate once moved, if there is one. */
async function counterpart(tx: ManagedTransaction, into: string, stance: FromStance): Promise<string | null> {
  const kind = staticKind(stance.state.kind);
  const query = stance.out
    ? `MATCH (:Actor {id: $into})-[t:${kind} {dataset: $dataset}]->(o:${stance.state.toLabel === 'Topic' ? 'Topic' : 'Actor'} {id: $other}) RETURN t.id AS id ORDER BY id LIMIT 1`
    : `MATCH (:Actor {id: $other})-[t:${kind} {dataset: $dataset}]->(:Actor {id: $into}) RETURN t.id AS id ORDER BY id LIMIT 1`;
  const record = (await tx.run(query, { into, dataset: stance.dataset, other: stance.out ? stance.state.to : stance.state.from })).records[0];
  return record ? String(record.get('id')) : null;
}

/** `into`'s stance with the quotes of `extra` it does not have yet. */
function withQuotes(into: StanceState, extra: StanceState): StanceState {
  const next = { ...into, quotes: [...into.quotes], sourceIds: [...into.sourceIds], quoteStarts: [...into.quoteStarts], quoteEnds: [...into.quoteEnds], eventIds: [...into.eventIds] };
  extra.quotes.forEach((quote, i) => {
    const known = next.quotes.some((q, j) => q === quote && next.sourceIds[j] === extra.sourceIds[i] && next.quoteStarts[j] === extra.quoteStarts[i] && next.eventIds[j] === extra.eventIds[i]);
    if (known) return;
    next.quotes.push(quote);
    next.sourceIds.push(extra.sourceIds[i] ?? '');
    next.quoteStarts.push(extra.quoteStarts[i] ?? -1);
    next.quoteEnds.push(extra.quoteEnds[i] ?? -1);
    next.eventIds.push(extra.eventIds[i] ?? '');
  });
  return next;
}

async function datasetsAround(from: string, into: string): Promise<string[]> {
  return read(async (tx) => {
    const record = (await tx.run(
      `OPTIONAL MATCH (n:Actor) WHERE n.id IN [$from, $into]
       WITH collect(coalesce(n.datasets, [])) AS lists
       CALL () { OPTIONAL MATCH (:Actor {id: $from})-[r]-() WHERE r.dataset IS NOT NULL RETURN collect(DISTINCT r.dataset) AS used }
       RETURN reduce(all = used, l IN lists | all + l) AS datasets`,
      { from, into },
    )).records[0];
    return [...new Set((record?.get('datasets') as string[] | undefined) ?? [])].sort();
  });
}

export async function mergeActors(input: ActorMerge, editor: string): Promise<EditResult<MergeValue>> {
  const { from, into } = input;
  // Data sets are locked before the actors, as every stance edit does, so merges and edits queue rather than deadlock.
  const datasets = await datasetsAround(from, into);
  return write(async (tx) => {
    await lockEntities(tx, [...datasets.map((id) => ({ type: 'dataset' as const, id })), { type: 'actor', id: from }, { type: 'actor', id: into }]);
    const merged = await currentActor(tx, from, input.fromVersion, 'merged actor');
    const survivor = await currentActor(tx, into, input.intoVersion, 'surviving actor');
    const stances = await stancesAt(tx, from);

    const targets = new Map<string, Entity>();
    const set = (entity: Entity) => targets.set(keyOf(entity), entity);
    let moved = 0;
    let dropped = 0;
    const combinedInto = new Map<string, StanceState>();
    // Ids given to moved stances in this merge, by data set, so two cannot take the same.
    const claimedIds = new Map<string, Set<string>>();
    for (const stance of stances) {
      const other = stance.out ? stance.state.to : stance.state.from;
      if (other === into) {
        dropped += 1;
        set({ type: 'stance', dataset: stance.dataset, id: stance.id, value: null });
        continue;
      }
      const twin = await counterpart(tx, into, stance);
      if (twin) {
        const key = `${stance.dataset}\u0000${twin}`;
        const base = combinedInto.get(key) ?? (await readStance(tx, stance.dataset, twin));
        if (!base) continue;
        combinedInto.set(key, withQuotes(base, stance.state));
        set({ type: 'stance', dataset: stance.dataset, id: stance.id, value: null });
        continue;
      }
      moved += 1;
      const ends = stance.out ? { from: into } : { to: into };
      const state = { ...stance.state, ...ends, version: stance.state.version + 1 };
      const claimed = claimedIds.get(stance.dataset) ?? new Set<string>();
      claimedIds.set(stance.dataset, claimed);
      const id = await followingId(tx, stance.dataset, stance.id, stance.state, state, claimed);
      claimed.add(id);
      if (id !== stance.id) set({ type: 'stance', dataset: stance.dataset, id: stance.id, value: null });
      set({ type: 'stance', dataset: stance.dataset, id, value: state });
    }
    for (const [key, state] of combinedInto) {
      const [dataset = '', id = ''] = key.split('\u0000');
      set({ type: 'stance', dataset, id, value: { ...state, version: state.version + 1 } });
    }
    const survivorState: ActorState = {
      ...survivor,
      aliases: cleanAliases(survivor.name, [...survivor.aliases, merged.name, ...merged.aliases]),
      description: survivor.description ?? merged.description,
      datasets: [...new Set([...survivor.datasets, ...merged.datasets])],
      version: survivor.version + 1,
    };
    set({ type: 'actor', id: into, value: survivorState });
    set({ type: 'actor', id: from, value: null });

    const stanceKeys = [...targets.values()].flatMap((e): EntityKey[] => (e.type === 'stance' ? [{ type: 'stance', dataset: e.dataset, id: e.id }] : []));
    const keys: EntityKey[] = [{ type: 'actor', id: from }, { type: 'actor', id: into }, ...stanceKeys];
    const before = await readEntities(tx, keys);
    await writeEntities(tx, keys.map((k) => targets.get(keyOf(k)) as Entity), before);
    const after = await readEntities(tx, keys);
    const touched = [...new Set([...datasets, ...merged.datasets, ...survivor.datasets, ...stances.map((st) => st.dataset)])].sort();
    const counts = [`${moved} stance${moved === 1 ? '' : 's'} moved`, `${combinedInto.size} combined`, ...(dropped > 0 ? [`${dropped} dropped (between the two)`] : [])];
    const change = await recordChange(tx, {
      editor,
      action: 'actor.merge',
      dataset: touched[0] ?? '',
      datasets: touched,
      actorIds: [from, into],
      target: `actor:${into}`,
      before,
      after,
      summary: `Merged ${merged.name} into ${survivor.name}: ${counts.join(', ')}`,
    });
    return {
      change: { id: change.id, action: change.action, summary: change.summary },
      value: { id: into, ...survivorState, moved, combined: stances.length - moved - dropped, dropped },
    };
  });
}
