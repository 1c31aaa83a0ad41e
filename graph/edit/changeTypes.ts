/**
 * The audit trail's one schema: a `(:Change)` as the API answers it, and the entity states its
 * `before` and `after` hold. Pure (zod only), so the /changes page can import it.
 *
 * A change's before and after are lists of the same entity keys (a stance by data set and id,
 * an actor, topic, source or data set by id, or a node's membership of a data set), each with
 * its whole state then, or null where the thing did not exist. Reverting writes `before` back
 * over what `after` says is there (graph/edit/audit.ts), so one mechanism undoes every action.
 */
import { z } from 'zod';
import { ActorKind, StanceKind } from '@/graph/model/schema';

export const CHANGE_ACTIONS = [
  'stance.create', 'stance.evidence', 'stance.edit', 'stance.delete',
  'actor.create', 'actor.edit', 'actor.merge', 'topic.create', 'source.create', 'import', 'revert',
] as const;
export const ChangeAction = z.enum(CHANGE_ACTIONS);
export type ChangeAction = z.infer<typeof ChangeAction>;

const Version = z.number().int().nonnegative();
const Day = z.string();

/** A stance relationship as stored (graph/datasets/load.ts), in JSON: dates as YYYY-MM-DD, integers as numbers. */
export const StanceState = z.object({
  kind: StanceKind,
  from: z.string(),
  to: z.string(),
  toLabel: z.enum(['Actor', 'Topic']),
  polarity: z.number().int(),
  date: Day,
  until: Day.nullable(),
  certainty: z.string(),
  note: z.string().nullable(),
  quotes: z.array(z.string()),
  sourceIds: z.array(z.string()),
  quoteStarts: z.array(z.number().int()),
  quoteEnds: z.array(z.number().int()),
  eventIds: z.array(z.string()),
  eventCount: z.number().int().nullable(),
  lastSeen: Day.nullable(),
  /** The loader's bookkeeping, kept so a restored stance is the one the loader wrote. */
  hash: z.string().nullable(),
  run: z.string().nullable(),
  version: Version,
});
export type StanceState = z.infer<typeof StanceState>;

export const ActorState = z.object({
  name: z.string(),
  kind: ActorKind,
  aliases: z.array(z.string()),
  description: z.string().nullable(),
  datasets: z.array(z.string()),
  version: Version,
});
export type ActorState = z.infer<typeof ActorState>;

export const TopicState = z.object({
  name: z.string(),
  description: z.string().nullable(),
  datasets: z.array(z.string()),
  version: Version,
});
export type TopicState = z.infer<typeof TopicState>;

export const SourceState = z.object({
  title: z.string(),
  publisher: z.string(),
  date: Day,
  author: z.string().nullable(),
  section: z.string().nullable(),
  file: z.string().nullable(),
  url: z.string().nullable(),
  text: z.string().nullable(),
  datasets: z.array(z.string()),
  version: Version,
});
export type SourceState = z.infer<typeof SourceState>;

export const DatasetState = z.object({
  title: z.string(),
  description: z.string().nullable(),
  format: z.string().nullable(),
});
export type DatasetState = z.infer<typeof DatasetState>;

export const MEMBER_LABELS = ['Actor', 'Topic', 'Source'] as const;

/** One thing a change touched, and its state (null: absent). */
export const Entity = z.discriminatedUnion('type', [
  z.object({ type: z.literal('stance'), dataset: z.string(), id: z.string(), value: StanceState.nullable() }),
  z.object({ type: z.literal('actor'), id: z.string(), value: ActorState.nullable() }),
  z.object({ type: z.literal('topic'), id: z.string(), value: TopicState.nullable() }),
  z.object({ type: z.literal('source'), id: z.string(), value: SourceState.nullable() }),
  z.object({ type: z.literal('dataset'), id: z.string(), value: DatasetState.nullable() }),
  /** Whether the node belongs to the data set (its `datasets` list names it). */
  z.object({ type: z.literal('member'), label: z.enum(MEMBER_LABELS), id: z.string(), dataset: z.string(), value: z.boolean() }),
]);
export type Entity = z.infer<typeof Entity>;
/** An entity without its state: what to read. */
export type EntityKey = Entity extends infer E ? (E extends Entity ? Omit<E, 'value'> : never) : never;

export const EntityList = z.array(Entity);

/** A recorded change, as listed by GET /api/changes. */
export const Change = z.object({
  id: z.string(),
  at: z.string(),
  editor: z.string(),
  action: ChangeAction,
  /** The data set the change is about; `datasets` lists every one it touched (an actor may be in several). */
  dataset: z.string(),
  datasets: z.array(z.string()),
  actorIds: z.array(z.string()),
  target: z.string(),
  before: EntityList.nullable(),
  after: EntityList.nullable(),
  summary: z.string(),
  revertOf: z.string().nullable(),
  revertedBy: z.string().nullable(),
});
export type Change = z.infer<typeof Change>;

/** What a write hands `recordChange`; id and time are given there. */
export const ChangeInput = Change.omit({ id: true, at: true, revertedBy: true, datasets: true, revertOf: true }).extend({
  datasets: z.array(z.string()).optional(),
  revertOf: z.string().nullable().optional(),
});
export type ChangeInput = z.infer<typeof ChangeInput>;

export const ChangeList = z.object({
  changes: z.array(Change),
  /** Pass as `before` for the next page; null on the last one. */
  next: z.string().nullable(),
});
export type ChangeList = z.infer<typeof ChangeList>;

const Filter = z.string().trim().min(1).max(200).optional();

/** GET /api/changes query. */
export const ChangeQuery = z.object({
  editor: Filter,
  dataset: Filter,
  actor: Filter,
  /** The id of the last change of the previous page. */
  before: Filter,
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ChangeQuery = z.infer<typeof ChangeQuery>;
