/**
 * Reads and writes the things an edit touches as whole states (graph/edit/changeTypes.ts), in
 * the caller's transaction. Every browser write goes through `writeEntities`, so a stance made in
 * the browser has exactly the properties the loader gives one (graph/datasets/load.ts), and a revert is
 * the same write with the `before` states.
 *
 * Relationship types and labels in query text come only from the fixed lists in graph/model/schema.ts
 * (checked by `staticKind`), never from input: with a static type Neo4j finds a stance through the
 * `stance_key_*` index or by expanding from its actor (see `stanceQuery` in graph/datasets/load.ts for why
 * a dynamic type is not used). Everything else is a parameter.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { toJson } from '@/graph/db/boltMappings';
import { type Json } from '@/graph/model/graphJson';
import { ApiError } from '@/graph/http/errors';
import { endpointGone } from '@/graph/edit/editErrors';
import type { Entity, EntityKey, StanceState } from '@/graph/edit/changeTypes';
import { actorState, datasetState, sourceState, stanceState, topicState } from '@/graph/edit/entityStates';
import { recountNodes } from '@/graph/datasets/rankings';
import { summariseDatasets } from '@/graph/datasets/summary';
import { ACTOR_KIND_LABELS, STANCE_KINDS, staticKind } from '@/graph/model/schema';

const ALL_KIND_LABELS = Object.values(ACTOR_KIND_LABELS);
const NODE_LABEL = { actor: 'Actor', topic: 'Topic', source: 'Source', dataset: 'Dataset' } as const;

/** One index seek per kind (`stance_key_*`), rather than a scan of every relationship. */
const STANCE_BY_KEY = `CALL () {
${STANCE_KINDS.map((k) => `  MATCH (a)-[r:${k} {dataset: $dataset, id: $id}]->(b) RETURN a, r, b`).join('\n  UNION ALL\n')}
}
RETURN a.id AS from, b.id AS to, b:Topic AS toIsTopic, type(r) AS kind, properties(r) AS props LIMIT 1`;

export function keyOf(entity: EntityKey | Entity): string {
  if (entity.type === 'stance') return `stance:${entity.dataset}/${entity.id}`;
  if (entity.type === 'member') return `member:${entity.label}:${entity.id}@${entity.dataset}`;
  return `${entity.type}:${entity.id}`;
}

/** The entity's key, without its state. */
export function entityKey(entity: Entity): EntityKey {
  const key: Record<string, unknown> = { ...entity };
  delete key.value;
  return key as EntityKey;
}

type Props = Record<string, Json>;
const propsOf = (value: unknown): Props => (toJson(value) ?? {}) as Props;

export async function readStance(tx: ManagedTransaction, dataset: string, id: string): Promise<StanceState | null> {
  const record = (await tx.run(STANCE_BY_KEY, { dataset, id })).records[0];
  if (!record) return null;
  const ends = { kind: String(record.get('kind')), from: String(record.get('from')), to: String(record.get('to')), toIsTopic: record.get('toIsTopic') === true };
  return stanceState(ends, propsOf(record.get('props')));
}

async function readNode(tx: ManagedTransaction, label: string, id: string): Promise<Props | null> {
  const record = (await tx.run(`MATCH (n:${label} {id: $id}) RETURN properties(n) AS props`, { id })).records[0];
  return record ? propsOf(record.get('props')) : null;
}

export async function readEntity(tx: ManagedTransaction, key: EntityKey): Promise<Entity> {
  switch (key.type) {
    case 'stance':
      return { ...key, value: await readStance(tx, key.dataset, key.id) };
    case 'actor': {
      const props = await readNode(tx, 'Actor', key.id);
      return { ...key, value: props ? actorState(props) : null };
    }
    case 'topic': {
      const props = await readNode(tx, 'Topic', key.id);
      return { ...key, value: props ? topicState(props) : null };
    }
    case 'source': {
      const props = await readNode(tx, 'Source', key.id);
      return { ...key, value: props ? sourceState(props) : null };
    }
    case 'dataset': {
      const props = await readNode(tx, 'Dataset', key.id);
      return { ...key, value: props ? datasetState(props) : null };
    }
    case 'member': {
      const record = (await tx.run(`MATCH (n:${key.label} {id: $id}) RETURN $dataset IN coalesce(n.datasets, []) AS member`, key)).records[0];
      return { ...key, value: record?.get('member') === true };
    }
  }
}

export async function readEntities(tx: ManagedTransaction, keys: readonly EntityKey[]): Promise<Entity[]> {
  const out: Entity[] = [];
  for (const key of keys) out.push(await readEntity(tx, key));
  return out;
}

/**
 * Takes the write lock of every data set and node named (setting and removing a property locks
 * until the transaction ends), so two edits of the same thing run one after the other and the
 * second reads what the first wrote. Called before anything is read. Sorted, to make deadlocks
 * rare; Neo4j reports one as transient and the managed transaction retries.
 */
export async function lockEntities(tx: ManagedTransaction, keys: readonly (EntityKey | { type: 'dataset'; id: string })[]): Promise<void> {
  const nodes = new Map<string, { label: string; id: string }>();
  for (const key of keys) {
    if (key.type === 'stance') nodes.set(`Dataset:${key.dataset}`, { label: 'Dataset', id: key.dataset });
    else if (key.type === 'member') nodes.set(`${key.label}:${key.id}`, { label: key.label, id: key.id });
    else nodes.set(`${NODE_LABEL[key.type]}:${key.id}`, { label: NODE_LABEL[key.type], id: key.id });
  }
  const ordered = [...nodes.entries()].sort(([a], [b]) => (a === b ? 0 : a.startsWith('Dataset:') !== b.startsWith('Dataset:') ? (a.startsWith('Dataset:') ? -1 : 1) : a < b ? -1 : 1));
  for (const [, { label, id }] of ordered) await tx.run(`MATCH (n:${label} {id: $id}) SET n._editLock = true REMOVE n._editLock`, { id });
}

const SET_STANCE = `SET r.polarity = toInteger($v.polarity), r.date = date($v.date),
    r.until = CASE WHEN $v.until IS NULL THEN null ELSE date($v.until) END,
    r.certainty = $v.certainty, r.note = $v.note,
    r.quotes = $v.quotes, r.sourceIds = $v.sourceIds,
    r.quoteStarts = [x IN $v.quoteStarts | toInteger(x)], r.quoteEnds = [x IN $v.quoteEnds | toInteger(x)], r.eventIds = $v.eventIds,
    r.eventCount = CASE WHEN $v.eventCount IS NULL THEN null ELSE toInteger($v.eventCount) END,
    r.lastSeen = CASE WHEN $v.lastSeen IS NULL THEN null ELSE date($v.lastSeen) END,
    r.hash = $v.hash, r.run = $v.run, r.version = toInteger($v.version)`;

const sameEnds = (a: StanceState, b: StanceState) => a.kind === b.kind && a.from === b.from && a.to === b.to && a.toLabel === b.toLabel;

async function writeStance(tx: ManagedTransaction, target: Extract<Entity, { type: 'stance' }>, current: StanceState | null): Promise<void> {
  const { dataset, id, value } = target;
  if (current && (!value || !sameEnds(current, value))) {
    await tx.run(`MATCH ()-[r:${staticKind(current.kind)} {dataset: $dataset, id: $id}]->() DELETE r`, { dataset, id });
    current = null;
  }
  if (!value) return;
  const kind = staticKind(value.kind);
  if (current) {
    await tx.run(`MATCH ()-[r:${kind} {dataset: $dataset, id: $id}]->() ${SET_STANCE}`, { dataset, id, v: value });
    return;
  }
  const toLabel = value.toLabel === 'Topic' ? 'Topic' : 'Actor';
  const ends = (await tx.run(
    `OPTIONAL MATCH (a:Actor {id: $from}) OPTIONAL MATCH (b:${toLabel} {id: $to}) RETURN a IS NOT NULL AS from, b IS NOT NULL AS to`,
    { from: value.from, to: value.to },
  )).records[0];
  for (const end of ['from', 'to'] as const) {
    if (ends?.get(end) !== true) throw endpointGone(end, end === 'to' && toLabel === 'Topic' ? 'topic' : 'actor', value[end]);
  }
  await tx.run(
    `MATCH (a:Actor {id: $v.from}) MATCH (b:${toLabel} {id: $v.to})
     CREATE (a)-[r:${kind} {dataset: $dataset, id: $id}]->(b) ${SET_STANCE}`,
    { dataset, id, v: value },
  );
}

async function upsertNode(tx: ManagedTransaction, target: Entity): Promise<void> {
  if (target.value === null || typeof target.value === 'boolean') return;
  const { id } = target as { id: string };
  const v = target.value;
  if (target.type === 'actor') {
    await tx.run(
      `MERGE (n:Actor {id: $id})
       SET n.name = $v.name, n.kind = $v.kind, n.aliases = $v.aliases, n.description = $v.description, n.datasets = $v.datasets,
           n.version = toInteger($v.version)
       WITH n REMOVE n:$($allKindLabels) SET n:$($label)`,
      { id, v, allKindLabels: ALL_KIND_LABELS, label: ACTOR_KIND_LABELS[target.value.kind] },
    );
  } else if (target.type === 'topic') {
    await tx.run('MERGE (n:Topic {id: $id}) SET n.name = $v.name, n.description = $v.description, n.datasets = $v.datasets, n.version = toInteger($v.version)', { id, v });
  } else if (target.type === 'source') {
    await tx.run(
      `MERGE (n:Source {id: $id})
       SET n.title = $v.title, n.publisher = $v.publisher, n.date = date($v.date), n.author = $v.author, n.section = $v.section,
           n.file = $v.file, n.url = $v.url, n.text = $v.text, n.datasets = $v.datasets, n.version = toInteger($v.version)`,
      { id, v },
    );
  } else if (target.type === 'dataset') {
    await tx.run(
      'MERGE (n:Dataset {id: $id}) SET n.title = $v.title, n.description = $v.description, n.format = $v.format, n.complete = coalesce(n.complete, true)',
      { id, v },
    );
  }
}

async function deleteNode(tx: ManagedTransaction, target: Entity): Promise<void> {
  if (target.type === 'stance' || target.type === 'member') return;
  const label = NODE_LABEL[target.type];
  const uses = {
    Actor: 'EXISTS { (n)--() }',
    Topic: 'EXISTS { (n)--() }',
    Source: 'EXISTS { MATCH ()-[r]->() WHERE r.sourceIds IS NOT NULL AND n.id IN r.sourceIds }',
    Dataset: 'EXISTS { MATCH (m) WHERE (m:Actor OR m:Topic OR m:Source) AND n.id IN coalesce(m.datasets, []) }',
  }[label];
  const record = (await tx.run(`MATCH (n:${label} {id: $id}) RETURN ${uses} AS used`, { id: target.id })).records[0];
  if (!record) return;
  if (record.get('used') === true) {
    throw new ApiError(409, 'InUse', `The ${target.type} "${target.id}" is in use by stances or other data added since; remove those first.`, { current: { type: target.type, id: target.id } });
  }
  await tx.run(`MATCH (n:${label} {id: $id}) DELETE n`, { id: target.id });
}

async function writeMember(tx: ManagedTransaction, target: Extract<Entity, { type: 'member' }>): Promise<void> {
  const { label, id, dataset } = target;
  if (target.value) {
    await tx.run(
      `MATCH (n:${label} {id: $id}) SET n.datasets = CASE WHEN $dataset IN coalesce(n.datasets, []) THEN n.datasets ELSE coalesce(n.datasets, []) + $dataset END`,
      { id, dataset },
    );
    return;
  }
  // A node leaves a data set only when nothing of that data set still uses it.
  const used = label === 'Source'
    ? 'EXISTS { MATCH ()-[r]->() WHERE r.dataset = $dataset AND n.id IN coalesce(r.sourceIds, []) }'
    : 'EXISTS { (n)-[r]-() WHERE r.dataset = $dataset }';
  await tx.run(`MATCH (n:${label} {id: $id}) WHERE NOT ${used} SET n.datasets = [d IN coalesce(n.datasets, []) WHERE d <> $dataset]`, { id, dataset });
}

/** The actors and topics whose rankings (graph/datasets/rankings.ts) a write of these states can change. */
function rankedNodesOf(entities: readonly Entity[]): string[] {
  const ids: string[] = [];
  for (const e of entities) {
    if (e.type === 'stance' && e.value) ids.push(e.value.from, e.value.to);
    else if ((e.type === 'actor' || e.type === 'topic') && e.value) ids.push(e.id);
  }
  return ids;
}

/** The data sets whose summaries (graph/datasets/summary.ts) a write of these states can change. */
function datasetsOf(entities: readonly Entity[]): string[] {
  const ids: string[] = [];
  for (const e of entities) {
    if (e.type === 'stance' || e.type === 'member') ids.push(e.dataset);
    else if (e.type === 'dataset') ids.push(e.id);
    else if (e.value) ids.push(...e.value.datasets);
  }
  return ids;
}

/**
 * Writes each target state over the current one (same keys): gone stances first, then nodes,
 * then stances (their ends exist by then), memberships, and last the nodes to delete (refused
 * with 409 while anything still uses them). Then recounts the rankings of every actor or topic
 * at either end of a stance written, before or after, and the summary of every data set touched,
 * in the same transaction.
 */
export async function writeEntities(tx: ManagedTransaction, targets: readonly Entity[], current: readonly Entity[]): Promise<void> {
  const now = new Map(current.map((e) => [keyOf(e), e]));
  const stanceNow = (e: Entity) => {
    const found = now.get(keyOf(e));
    return found?.type === 'stance' ? found.value : null;
  };
  const isNode = (e: Entity) => e.type !== 'stance' && e.type !== 'member';
  for (const e of targets) if (e.type === 'stance' && e.value === null) await writeStance(tx, e, stanceNow(e));
  for (const e of targets) if (isNode(e) && e.value !== null) await upsertNode(tx, e);
  for (const e of targets) if (e.type === 'stance' && e.value !== null) await writeStance(tx, e, stanceNow(e));
  for (const e of targets) if (e.type === 'member') await writeMember(tx, e);
  for (const e of targets) if (isNode(e) && e.value === null) await deleteNode(tx, e);
  await recountNodes(tx, [...rankedNodesOf(current), ...rankedNodesOf(targets)]);
  await summariseDatasets(tx, [...datasetsOf(current), ...datasetsOf(targets)]);
}
