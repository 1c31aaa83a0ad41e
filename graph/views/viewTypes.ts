/**
 * The requests and answers of the views (`/api/actors`, `/api/graph`, `/api/paths`, `/api/stances`)
 * as zod schemas; UIs import the inferred types, tests parse real answers with them. Query-string
 * inputs are schemas here too, so routes and clients agree on names and ranges.
 */
import { z } from 'zod';
import { Elements, EvidenceItem } from '@/graph/model/elements';
import { Certainty, IsoDate, Polarity, Slug } from '@/graph/model/schema';
import { csv, DatasetIds, intParam } from '@/graph/http/params';

/** Actors of the first view (`limit`'s default): its default budget is one stance for each (graph/views/stanceBudget.ts). */
export const FIRST_VIEW_ACTORS = 300;
/** Most actors one view may ask for (`limit`). */
export const MAX_VIEW_ACTORS = 5000;
/** Most stances one view may ask for (`stances`): what the level-of-detail canvas still draws. */
export const MAX_STANCE_BUDGET = 50_000;

// ---------------------------------------------------------------- /api/actors

/** An actor or topic; `kind` is the actor kind (`state`, `person`, ...) or `topic`. */
export const ActorSummary = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  aliases: z.array(z.string()),
  description: z.string().optional(),
  elementId: z.string(),
  /** The edit counter, once an editor has changed the actor (absent means 0). */
  version: z.number().int().nonnegative().optional(),
});
export type ActorSummary = z.infer<typeof ActorSummary>;

export const ActorHit = ActorSummary.extend({
  /** Full-text relevance; higher is better. Hits come best first. */
  score: z.number(),
});
export type ActorHit = z.infer<typeof ActorHit>;

export const ActorSearchResponse = z.object({ actors: z.array(ActorHit) });
export type ActorSearchResponse = z.infer<typeof ActorSearchResponse>;

export const StanceView = z.object({
  id: z.string(),
  elementId: z.string(),
  /** Relationship type, e.g. SUPPORTS. */
  kind: z.string(),
  polarity: Polarity,
  /** `out`: the actor takes this stance; `in`: the stance is taken towards the actor. */
  direction: z.enum(['out', 'in']),
  other: z.object({ id: z.string(), name: z.string(), kind: z.string(), elementId: z.string() }),
  date: z.string(),
  until: z.string().optional(),
  certainty: Certainty,
  note: z.string().optional(),
  evidence: z.array(EvidenceItem),
});
export type StanceView = z.infer<typeof StanceView>;

export const ActorDetailResponse = z.object({
  actor: ActorSummary,
  /** This page of the actor's stances (taken or received, by date), grouped by polarity. */
  stances: z.object({
    positive: z.array(StanceView),
    negative: z.array(StanceView),
    neutral: z.array(StanceView),
  }),
  /** All the actor's stances, and how many back and oppose it (graph/datasets/rankings.ts keeps them). */
  counts: z.object({
    stances: z.number().int().nonnegative(),
    backers: z.number().int().nonnegative(),
    opponents: z.number().int().nonnegative(),
  }),
  /** Where this page starts and how long it may be; `next` is the offset of the next page, null after the last. */
  page: z.object({
    offset: z.number().int().nonnegative(),
    limit: z.number().int().positive(),
    next: z.number().int().positive().nullable(),
  }),
});
export type ActorDetailResponse = z.infer<typeof ActorDetailResponse>;

// ---------------------------------------------------------------- /api/graph

export const GraphResponse = z.object({
  elements: Elements,
  /** Size of the matching graph before `limit` cut it. */
  total: z.object({ nodes: z.number().int().nonnegative(), edges: z.number().int().nonnegative() }),
  truncated: z.boolean(),
});
export type GraphResponse = z.infer<typeof GraphResponse>;

// ---------------------------------------------------------------- /api/paths

export const PathView = z.object({
  /** elementIds, as in `elements`, from the `from` actor to the `to` actor. */
  nodeIds: z.array(z.string()),
  edgeIds: z.array(z.string()),
  /** Product of the stances' polarities: "the enemy of my enemy" is +1. */
  sign: Polarity,
  length: z.number().int().nonnegative(),
});
export type PathView = z.infer<typeof PathView>;

/** How many of the chains answered have this length and sign. */
export const ChainGroup = z.object({ length: z.number().int().positive(), sign: Polarity, count: z.number().int().nonnegative() });
export type ChainGroup = z.infer<typeof ChainGroup>;

export const PathsResponse = z.object({
  elements: Elements,
  /** Shortest first. */
  paths: z.array(PathView),
  /** The two actors asked about, named even when no chain links them. */
  ends: z.object({ from: ActorSummary, to: ActorSummary }),
  /** The chains answered by length, then sign (graph/model/chains.ts groupChains). */
  groups: z.array(ChainGroup),
  /** True when more chains than `limit` exist: `paths` holds the shortest `limit` of them. */
  truncated: z.boolean(),
});
export type PathsResponse = z.infer<typeof PathsResponse>;

// ---------------------------------------------------------------- inputs

export const ActorSearchQuery = z.object({
  q: z.string().trim().max(200).default(''),
  /** Actor kind (`state`, `person`, ...) or `topic`. */
  kind: z.preprocess((v) => (v === '' ? undefined : v), z.string().regex(/^[a-z_]+$/, 'must be an actor kind such as "state" or "topic"').optional()),
  /** Actors and topics that belong to one of these data sets. */
  dataset: DatasetIds,
  limit: intParam(20, 1, 100),
});
export type ActorSearchQuery = z.infer<typeof ActorSearchQuery>;

/** `GET /api/actors/[id]?limit=&offset=`: one page of the actor's stances, in date order. */
export const ActorIdQuery = z.object({
  id: Slug,
  limit: intParam(100, 1, 500),
  offset: intParam(0, 0, 10_000_000),
});
export type ActorIdQuery = z.infer<typeof ActorIdQuery>;

/** `GET /api/stances?ids=a,b`: the evidence of these stances (edge ids of the graph answers), optionally only of some data sets. */
export const StanceEvidenceQuery = z.object({
  ids: z.preprocess(
    (value) => (Array.isArray(value) ? value : [value ?? '']).flatMap((v) => String(v).split(',')).map((p) => p.trim()).filter((p) => p.length > 0),
    z.array(z.string().max(200, 'must be an edge id from a graph answer')).min(1, 'must list at least one stance id'),
  ),
  dataset: DatasetIds,
});

/** Most stances one `/api/stances` request may name: a details panel or a stance list page, not a whole graph. */
export const MAX_EVIDENCE_IDS = 200;

export const StanceEvidence = z.object({
  /** The relationship's elementId, as in the graph answers. */
  id: z.string(),
  /** The stance's own id and data set. */
  stanceId: z.string().nullable(),
  dataset: z.string().nullable(),
  evidence: z.array(EvidenceItem),
});
export type StanceEvidence = z.infer<typeof StanceEvidence>;

export const EvidenceBatch = z.object({
  stances: z.array(StanceEvidence),
  /** Asked-for ids that name no stance (deleted since, never one, or outside the data sets asked for). */
  missing: z.array(z.string()),
});
export type EvidenceBatch = z.infer<typeof EvidenceBatch>;

/** The stance filters `/api/graph`, `/api/paths` and `/api/analysis` share, so a path answers the same question as the view around it. */
export const StanceFilterFields = {
  kinds: csv(z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'must be a stance kind such as SUPPORTS')),
  polarity: csv(z.coerce.number().pipe(Polarity)),
  actorKinds: csv(z.string().regex(/^[a-z_]+$/, 'must be an actor kind such as "state" or "topic"')),
  certainty: csv(Certainty),
  from: z.preprocess((v) => (v === '' ? undefined : v), IsoDate.optional()),
  to: z.preprocess((v) => (v === '' ? undefined : v), IsoDate.optional()),
  /** Only stances of these data sets. */
  dataset: DatasetIds,
};

export const GraphQuery = z
  .object({
    focus: csv(Slug),
    depth: intParam(1, 1, 3),
    ...StanceFilterFields,
    limit: intParam(FIRST_VIEW_ACTORS, 1, MAX_VIEW_ACTORS),
    /**
     * At most this many stances: the view keeps the most actors (up to `limit`) whose stances
     * among themselves fit (graph/views/stanceBudget.ts). Default: defaultStanceBudget(limit), 300 at 300.
     */
    stances: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(1).max(MAX_STANCE_BUDGET).optional()),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { message: 'from must not be after to', path: ['to'] });
export type GraphQuery = z.infer<typeof GraphQuery>;

/** Longest chains `chains=all` enumerates: every chain of up to 4 steps stays well under a second on a crisis-sized graph. */
export const MAX_ALL_CHAIN_STEPS = 4;

/**
 * `from`/`to` name the two actors (as they always have), so the date range is `fromDate`/`toDate`
 * here, with the meaning of `/api/graph`'s `from`/`to`: a stance counts when it overlaps the range.
 */
export const PathsQuery = z
  .object({
    from: Slug,
    to: Slug,
    max: intParam(4, 1, 6),
    /** `shortest`: only the shortest chains; `all`: every chain (no actor twice) of up to `max` (at most 4) steps, shortest first. */
    chains: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['shortest', 'all']).default('shortest')),
    /** At most this many chains are answered (`truncated` says when more exist). */
    limit: intParam(100, 1, 500),
    kinds: StanceFilterFields.kinds,
    polarity: StanceFilterFields.polarity,
    actorKinds: StanceFilterFields.actorKinds,
    certainty: StanceFilterFields.certainty,
    fromDate: StanceFilterFields.from,
    toDate: StanceFilterFields.to,
    dataset: StanceFilterFields.dataset,
  })
  .refine((q) => q.from !== q.to, { message: 'from and to must be two different actors', path: ['to'] })
  .refine((q) => q.chains === 'shortest' || q.max <= MAX_ALL_CHAIN_STEPS, { message: `max must be at most ${MAX_ALL_CHAIN_STEPS} with chains=all`, path: ['max'] })
  .refine((q) => q.fromDate === undefined || q.toDate === undefined || q.fromDate <= q.toDate, { message: 'fromDate must not be after toDate', path: ['toDate'] });
export type PathsQuery = z.infer<typeof PathsQuery>;
