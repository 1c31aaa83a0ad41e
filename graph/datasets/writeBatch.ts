/**
 * One batch of the loader's write pass (graph/datasets/load.ts): sources, actors and topics merged by id,
 * then the batch's stances, each through the query that fits it (graph/datasets/stanceWrites.ts).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { KeySet } from '@/graph/import/keySet';
import { idKey, type Validated } from '@/graph/import/validate';
import { ACTOR_KIND_LABELS, type Actor, type Source, type StanceKind, type Topic } from '@/graph/model/schema';
import { appendEvidenceQuery, createStancesQuery, stanceQuery } from '@/graph/datasets/stanceWrites';
import { mergeRows, type StanceRow } from '@/graph/import/stanceRow';

const ALL_KIND_LABELS = Object.values(ACTOR_KIND_LABELS);

export interface Batch {
  sources: Source[];
  actors: Actor[];
  topics: Topic[];
  stances: StanceRow[];
}
export const emptyBatch = (): Batch => ({ sources: [], actors: [], topics: [], stances: [] });

/** What one load knows while it writes. */
export interface LoadContext {
  dataset: string;
  /** This load's id, stamped on every stance it writes (graph/datasets/cleanup.ts drops the others). */
  run: string;
  validated: Validated;
  isTopic: (id: string) => boolean;
  /** The graph held nothing of this data set when the load began: stances met once can be created without looking. */
  fresh: boolean;
  /** Keys of the repeated stances (`validated.repeated`) this load has created so far. */
  createdRepeats: KeySet;
}

export interface BatchCounts {
  nodesCreated: number;
  relationshipsCreated: number;
  stancesAdded: number;
  stancesUpdated: number;
  stancesUnchanged: number;
  /** Records that added their evidence to a stance met earlier in the input. */
  stancesMerged: number;
}

/**
 * Writes one batch in `tx`, its stances as `routeStances` routed them, and returns what it did
 * (added to the report once the transaction commits, so a retried one counts once).
 */
export async function writeBatch(tx: ManagedTransaction, batch: Batch, route: StanceRoute, load: LoadContext): Promise<BatchCounts> {
  const counts: BatchCounts = { nodesCreated: 0, relationshipsCreated: 0, stancesAdded: 0, stancesUpdated: 0, stancesUnchanged: 0, stancesMerged: 0 };
  const params = { dataset: load.dataset, run: load.run, allKindLabels: ALL_KIND_LABELS };
  const count = async (query: string, rows: object[]) => {
    if (rows.length === 0) return;
    // `replan=skip`: a load grows the graph so fast that Neo4j would plan each query again and
    // again as its statistics move (~0.3 s each time for the stance merge, most of a small batch's
    // cost). These plans do not depend on the statistics: every lookup is by a unique id, and the
    // stance merge and append expand between their two bound ends (tests/integration/datasets.test.ts
    // and load-paths.test.ts check the plans).
    const result = await tx.run(`CYPHER replan=skip ${query}`, { ...params, rows });
    const counters = result.summary.counters.updates();
    counts.nodesCreated += counters.nodesCreated;
    counts.relationshipsCreated += counters.relationshipsCreated;
    return result;
  };
  // Membership: the data set id joins a node's `datasets` list once.
  const join = (v: string) => `SET ${v}.datasets = CASE WHEN $dataset IN coalesce(${v}.datasets, []) THEN ${v}.datasets ELSE coalesce(${v}.datasets, []) + $dataset END`;
  await count(
    `UNWIND $rows AS row
     MERGE (s:Source {id: row.id})
     SET s.title = row.title, s.publisher = row.publisher, s.date = date(row.date), s.file = row.file, s.url = row.url,
         s.author = row.author, s.section = row.section, s.text = row.text
     ${join('s')}`,
    batch.sources.map((s) => ({ ...s, file: s.file ?? null, url: s.url ?? null, author: s.author ?? null, section: s.section ?? null, text: s.text ?? null })),
  );
  await count(
    `UNWIND $rows AS row
     MERGE (a:Actor {id: row.id})
     // An actor shared with another data set keeps what that one said of it: aliases add up,
     // and a file that gives no description leaves the known one.
     SET a.name = row.name, a.kind = row.kind, a.description = coalesce(row.description, a.description),
         a.aliases = coalesce(a.aliases, []) + [x IN row.aliases WHERE NOT x IN coalesce(a.aliases, [])]
     ${join('a')}
     WITH a, row
     // A kind changed in the file must not leave the old kind's label behind.
     REMOVE a:$($allKindLabels)
     SET a:$(row.label)`,
    batch.actors.map((a) => ({ ...a, description: a.description ?? null, label: ACTOR_KIND_LABELS[a.kind] })),
  );
  await count(
    `UNWIND $rows AS row
     MERGE (t:Topic {id: row.id})
     SET t.name = row.name, t.description = coalesce(row.description, t.description)
     ${join('t')}`,
    batch.topics.map((t) => ({ ...t, description: t.description ?? null })),
  );
  counts.stancesMerged += route.mergedInBatch;
  for (const target of TARGETS) {
    const totals = (await count(createStancesQuery(target), route.creates[target]))?.records[0];
    if (totals) counts.stancesAdded += totals.get('added').toNumber();
    const appended = (await count(appendEvidenceQuery(target), route.appends[target]))?.records[0];
    if (appended) counts.stancesMerged += appended.get('merged').toNumber();
  }
  for (const { kind, target, rows } of route.merges.values()) {
    const totals = (await count(stanceQuery(kind, target), rows))?.records[0];
    if (!totals) continue;
    counts.stancesAdded += totals.get('added').toNumber();
    counts.stancesUpdated += totals.get('updated').toNumber();
    counts.stancesUnchanged += totals.get('unchanged').toNumber();
    counts.stancesMerged += totals.get('merged').toNumber();
  }
  return counts;
}

const TARGETS = ['Actor', 'Topic'] as const;
type Target = (typeof TARGETS)[number];

export interface StanceRoute {
  /** Stances nothing can hold yet: created without looking. */
  creates: Record<Target, StanceRow[]>;
  /** Later records of a stance this load has created: their evidence is appended to it. */
  appends: Record<Target, StanceRow[]>;
  /** Everything in a data set the graph held before: merged, by kind. */
  merges: Map<string, { kind: StanceKind; target: Target; rows: StanceRow[] }>;
  /** Records folded into another record of the same stance in this batch. */
  mergedInBatch: number;
}

export const emptyRoute = (): StanceRoute => ({ creates: { Actor: [], Topic: [] }, appends: { Actor: [], Topic: [] }, merges: new Map(), mergedInBatch: 0 });

/**
 * Which query each stance of a batch goes through (graph/datasets/stanceWrites.ts). Called for the batches
 * in file order as they are cut, before any is written (graph/datasets/writeQueue.ts): it records the
 * repeated stances a batch will create in `load.createdRepeats`, so a later batch appends to them
 * instead of creating them again, however the writes overlap.
 */
export function routeStances(stances: StanceRow[], load: Pick<LoadContext, 'fresh' | 'isTopic' | 'validated' | 'createdRepeats'>): StanceRoute {
  const rows = mergeRows(stances);
  const route: StanceRoute = { ...emptyRoute(), mergedInBatch: stances.length - rows.length };
  for (const row of rows) {
    const target: Target = load.isTopic(row.to) ? 'Topic' : 'Actor';
    if (load.fresh) {
      const key = idKey(row.id);
      if (!load.validated.repeated.has(key)) route.creates[target].push(row);
      else if (load.createdRepeats.has(key)) route.appends[target].push(row);
      else {
        route.creates[target].push(row);
        load.createdRepeats.add(key);
      }
      continue;
    }
    const group = route.merges.get(`${row.kind}:${target}`);
    if (group) group.rows.push(row);
    else route.merges.set(`${row.kind}:${target}`, { kind: row.kind, target, rows: [row] });
  }
  return route;
}
