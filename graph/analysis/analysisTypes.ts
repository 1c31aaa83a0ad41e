/**
 * The shapes of the signed-network analysis: what graph/analysis/ computes on, the query strings
 * of `/api/analysis` and `/api/analysis/diff`, and their answers, as zod schemas. The UI imports
 * the inferred types; tests parse real answers with them. Camps are numbered 0, 1, ... (largest
 * first); every tie, misfit and triangle names the stance ids behind it, so the evidence is one
 * lookup away.
 */
import { z } from 'zod';
import { Polarity, IsoDate } from '@/graph/model/schema';
import { StanceFilterFields } from '@/graph/views/viewTypes';
import { csv, intParam } from '@/graph/http/params';

// ---------------------------------------------------------------- inputs of graph/analysis

/** One stance in view, as the analysis reads it: an actor towards an actor or a topic. */
export const AnalysisStance = z.object({
  id: z.string(),
  from: z.string(),
  to: z.string(),
  /** True when `to` is a topic: such stances feed the congruence networks, not the actor network. */
  toTopic: z.boolean(),
  kind: z.string(),
  polarity: Polarity,
  date: z.string(),
  until: z.string().optional(),
});
export type AnalysisStance = z.infer<typeof AnalysisStance>;

export const AnalysisActor = z.object({ id: z.string(), name: z.string(), kind: z.string() });
export type AnalysisActor = z.infer<typeof AnalysisActor>;

/**
 * How the stances between two actors (either direction) combine into one signed tie; neutral
 * stances never count. `sum`: the sign of the sum of polarities (a tie of +1 and -1 is left out);
 * `latest`: the sign of the most recent stance (ties on one date fall back to the sum);
 * `negative`: any hostile stance makes the tie negative; `positive`: any friendly stance makes it positive.
 */
export const TieRule = z.enum(['sum', 'latest', 'negative', 'positive']);
export type TieRule = z.infer<typeof TieRule>;

// ---------------------------------------------------------------- answers

export const Sign = z.union([z.literal(1), z.literal(-1)]);

/** An undirected tie of the signed actor network; `a` < `b`; the stances it was combined from. */
export const SignedTie = z.object({ a: z.string(), b: z.string(), sign: Sign, stanceIds: z.array(z.string()) });
export type SignedTie = z.infer<typeof SignedTie>;

/** Actor id -> camp number. Camps are numbered from 0, largest first. */
export const Partition = z.record(z.string(), z.number().int().nonnegative());
export type Partition = z.infer<typeof Partition>;

export const Method = z.enum(['exact', 'heuristic']);

export const TriangleBalance = z.object({
  triangles: z.number().int().nonnegative(),
  balanced: z.number().int().nonnegative(),
  /** balanced / triangles; null without triangles. */
  ratio: z.number().nullable(),
});

export const WalkBalance = z.object({
  /** Σ exp(λ signed) / Σ exp(λ unsigned), in (0, 1]; null for an empty network. */
  value: z.number().nullable(),
  /** exact: every eigenvalue (ml-matrix); estimate: Lanczos + stochastic quadrature for components too large. */
  method: z.enum(['exact', 'estimate']),
});

export const Frustration = z.object({
  /** Fewest ties whose sign must flip (or that must go) for a clean two-camp split (exact), or the best found. */
  value: z.number().int().nonnegative(),
  method: Method,
  /** The true index lies in [lowerBound, upperBound]; both equal `value` when exact. */
  lowerBound: z.number().int().nonnegative(),
  upperBound: z.number().int().nonnegative(),
  /** 1 - F / (m / 2); null without ties. */
  normalised: z.number().nullable(),
});

export const Balance = z.object({ triangles: TriangleBalance, walk: WalkBalance, frustration: Frustration });
export type Balance = z.infer<typeof Balance>;

export const CampList = z.array(z.object({ camp: z.number().int().nonnegative(), members: z.array(z.string()) }));

export const Camps = z.object({
  /** The camps the per-actor figures, brokers and mediators refer to: `twoCamps` when k = 2, else `blockmodel`. */
  used: z.enum(['twoCamps', 'blockmodel']),
  twoCamps: z.object({ partition: Partition, camps: CampList, frustration: z.number().int().nonnegative(), misfits: z.array(SignedTie) }),
  blockmodel: z.object({
    k: z.number().int().min(2),
    alpha: z.number().min(0).max(1),
    /** Doreian–Mrvar: alpha × negative arcs inside camps + (1 - alpha) × positive arcs across; a tie is two arcs (as signnet counts). */
    criterion: z.number().nonnegative(),
    partition: Partition,
    camps: CampList,
    misfits: z.array(SignedTie),
    truncated: z.boolean(),
  }),
  truncated: z.boolean(),
});
export type Camps = z.infer<typeof Camps>;

const CampTies = z.array(z.object({ camp: z.number().int().nonnegative(), stanceIds: z.array(z.string()) }));
export const Broker = z.object({ actor: z.string(), camps: CampTies });
export type Broker = z.infer<typeof Broker>;
export const Brokers = z.object({
  /** Actors with positive ties into more than one camp. */
  brokers: z.array(Broker),
  /** Actors whose own neutral stances (MEDIATES, NEGOTIATES_WITH, COURTS, any polarity 0) reach more than one camp, their own included. */
  mediators: z.array(Broker),
  /** True when `limit` cut either list (the strongest come first: most camps, then most stances). */
  truncated: z.boolean(),
});
export type Brokers = z.infer<typeof Brokers>;

export const Triangle = z.object({ actors: z.tuple([z.string(), z.string(), z.string()]), ties: z.tuple([SignedTie, SignedTie, SignedTie]) });
export type Triangle = z.infer<typeof Triangle>;
export const Triangles = z.object({ unbalanced: z.array(Triangle), total: z.number().int().nonnegative(), truncated: z.boolean() });
export type Triangles = z.infer<typeof Triangles>;

/** Two actors on the same topics: `topics` they agree (congruence) or disagree (conflict) on; weight = topics.length. */
export const TopicTie = z.object({ a: z.string(), b: z.string(), weight: z.number().int().positive(), topics: z.array(z.string()), stanceIds: z.array(z.string()) });
export type TopicTie = z.infer<typeof TopicTie>;
export const Congruence = z.object({ congruence: z.array(TopicTie), conflict: z.array(TopicTie), truncated: z.boolean() });
export type Congruence = z.infer<typeof Congruence>;

export const ActorFigures = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  /** Signed degree in the actor network: actors it has a positive tie with (backers) and a negative one (opponents). */
  positive: z.number().int().nonnegative(),
  negative: z.number().int().nonnegative(),
  /** Null when camps were not asked for. */
  camp: z.number().int().nonnegative().nullable(),
  misfits: z.number().int().nonnegative(),
});
export type ActorFigures = z.infer<typeof ActorFigures>;

export const NetworkSummary = z.object({
  rule: TieRule,
  stances: z.number().int().nonnegative(),
  actors: z.number().int().nonnegative(),
  ties: z.number().int().nonnegative(),
  positive: z.number().int().nonnegative(),
  negative: z.number().int().nonnegative(),
});

/** The stances an answer names, so a client can show them without another request. */
export const StanceRef = AnalysisStance.omit({ id: true, toTopic: true });
export const StanceIndex = z.record(z.string(), StanceRef);

export const AnalysisResponse = z.object({
  network: NetworkSummary,
  actors: z.array(ActorFigures),
  balance: Balance.optional(),
  camps: Camps.optional(),
  brokers: Brokers.optional(),
  triangles: Triangles.optional(),
  congruence: Congruence.optional(),
  stances: StanceIndex,
  /** Names of the topics the stances in view take sides on, by id (for the congruence view). */
  topics: z.record(z.string(), z.string()).optional(),
});
export type AnalysisResponse = z.infer<typeof AnalysisResponse>;

export const CampChange = z.object({ actor: z.string(), from: z.number().int().nonnegative(), to: z.number().int().nonnegative() });
export const TieFlip = z.object({ a: z.string(), b: z.string(), from: Sign, to: Sign, stanceIds: z.array(z.string()) });

export const DiffResponse = z.object({
  from: z.string(),
  to: z.string(),
  /** Stance ids in force on `to` but not on `from`, and the reverse. */
  began: z.array(z.string()),
  ended: z.array(z.string()),
  /** Ties whose sign changed (both dates have the tie). */
  flipped: z.array(TieFlip),
  /** Actors in both networks whose camp changed, after the `to` camps were aligned with the `from` camps. */
  changedCamp: z.array(CampChange),
  camps: z.object({ from: Partition, to: Partition }),
  stances: StanceIndex,
});
export type DiffResponse = z.infer<typeof DiffResponse>;

// ---------------------------------------------------------------- query strings

export const MEASURES = ['balance', 'camps', 'brokers', 'triangles', 'congruence'] as const;
export const Measure = z.enum(MEASURES);
export type Measure = z.infer<typeof Measure>;

const optionalDate = z.preprocess((v) => (v === '' ? undefined : v), IsoDate.optional());

/** The explorer's filters (kinds, polarity, actor kinds, certainty) plus a data set. */
const AnalysisFilterFields = {
  kinds: StanceFilterFields.kinds,
  polarity: StanceFilterFields.polarity,
  actorKinds: StanceFilterFields.actorKinds,
  certainty: StanceFilterFields.certainty,
  /** One or more data sets (`dataset=a,b`), as in the explorer. */
  dataset: StanceFilterFields.dataset,
  rule: z.preprocess((v) => (v === '' ? undefined : v), TieRule.default('sum')),
};

export const AnalysisQuery = z
  .object({
    ...AnalysisFilterFields,
    /** Stances overlapping [from, to], as in the explorer. */
    from: StanceFilterFields.from,
    to: StanceFilterFields.to,
    /** Only stances in force on this date: date <= at and (no until or until >= at). */
    at: optionalDate,
    measures: csv(Measure).transform((m) => m ?? [...MEASURES]),
    k: intParam(2, 2, 12),
    alpha: z.preprocess((v) => (v === undefined || v === '' ? undefined : v), z.coerce.number().min(0).max(1).default(0.5)),
    /** Longest list of misfits, triangles and congruence ties answered (counts are always whole). */
    limit: intParam(1000, 1, 100_000),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { message: 'from must not be after to', path: ['to'] });
export type AnalysisQuery = z.infer<typeof AnalysisQuery>;

export const DiffQuery = z
  .object({
    ...AnalysisFilterFields,
    from: IsoDate,
    to: IsoDate,
    k: intParam(2, 2, 12),
    alpha: z.preprocess((v) => (v === undefined || v === '' ? undefined : v), z.coerce.number().min(0).max(1).default(0.5)),
  })
  .refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['to'] });
export type DiffQuery = z.infer<typeof DiffQuery>;

// ---------------------------------------------------------------- the timeline

/** `/api/analysis/timeline`: the analysis filters, the date range stances must overlap, and how many dates at most. */
export const TimelineQuery = z
  .object({
    ...AnalysisFilterFields,
    from: StanceFilterFields.from,
    to: StanceFilterFields.to,
    /** At most this many change dates are answered, chosen evenly (first and last always among them). */
    steps: intParam(200, 2, 2000),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { message: 'from must not be after to', path: ['to'] });
export type TimelineQuery = z.infer<typeof TimelineQuery>;

/** The network as it stood on one date: stances in force, triangle balance, and the size of each two-camp camp. */
export const TimelinePoint = z.object({
  date: IsoDate,
  stances: z.number().int().nonnegative(),
  ties: z.number().int().nonnegative(),
  triangles: z.number().int().nonnegative(),
  balanced: z.number().int().nonnegative(),
  /** balanced / triangles; null without triangles. */
  ratio: z.number().nullable(),
  /** Actors in camp 0 and camp 1; camps aligned with the previous dates, so camp 0 stays the same side. */
  camps: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
});
export type TimelinePoint = z.infer<typeof TimelinePoint>;

export const TimelineResponse = z.object({
  /** Earliest stance date and latest date any stance begins or ends; null without stances. */
  range: z.object({ min: IsoDate, max: IsoDate }).nullable(),
  /** Every date the stances in force change, before the cap. */
  changes: z.number().int().nonnegative(),
  /** True when fewer points than change dates are answered (the `steps` cap). */
  truncated: z.boolean(),
  points: z.array(TimelinePoint),
});
export type TimelineResponse = z.infer<typeof TimelineResponse>;
