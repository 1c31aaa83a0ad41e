/**
 * The data format of Stance Graph: one zod schema per thing, and every TypeScript type derived
 * from them with `z.infer`. A seed file (JSON or YAML) is a `Dataset`; the README documents it.
 */
import { z } from 'zod';

/** Lower-case slug: letters, digits and single hyphens (`united-states`, `lima-group`). */
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "united-states"');

/** Calendar date as written in ISO 8601 (`2019-01-23`), and a real date at that. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: 'is not a real calendar date',
  });

/** Each actor kind and the Neo4j label that nodes of that kind carry besides `:Actor`. */
export const ACTOR_KIND_LABELS = {
  state: 'State',
  bloc: 'Bloc',
  person: 'Person',
  armed_force: 'ArmedForce',
  institution: 'Institution',
  organisation: 'Organisation',
  group: 'Group',
  company: 'Company',
} as const;
export const ActorKind = z.enum(Object.keys(ACTOR_KIND_LABELS) as [keyof typeof ACTOR_KIND_LABELS, ...(keyof typeof ACTOR_KIND_LABELS)[]]);
export type ActorKind = z.infer<typeof ActorKind>;

/**
 * Stance kinds, each stored as the relationship type of the same name. The polarity listed is the
 * usual one (what the explorer assumes when it explains a kind); each stance states its own.
 */
export const STANCE_KIND_POLARITY = {
  SUPPORTS: 1,
  RECOGNISES: 1,
  PROTECTS: 1,
  ALLIED_WITH: 1,
  MEMBER_OF: 0,
  LEADS: 0,
  REPRESENTS: 0,
  MEDIATES: 0,
  NEGOTIATES_WITH: 0,
  COURTS: 0,
  OPPOSES: -1,
  SANCTIONS: -1,
  ACCUSES: -1,
  DOES_NOT_RECOGNISE: -1,
  PRESSURES: -1,
  RESTRICTS: -1,
} as const;
export const StanceKind = z.enum(Object.keys(STANCE_KIND_POLARITY) as [keyof typeof STANCE_KIND_POLARITY, ...(keyof typeof STANCE_KIND_POLARITY)[]]);
export type StanceKind = z.infer<typeof StanceKind>;
/** Every stance type, in the order the schema lists them (each is a relationship type in Neo4j). */
export const STANCE_KINDS: readonly StanceKind[] = StanceKind.options;

/**
 * A stance kind safe to put into query text as a relationship type: one of the fixed list, or an
 * error. The one guard every query that writes a kind into its text goes through (Cypher takes no
 * parameter for a static type, and a static type is what lets Neo4j expand between bound ends).
 */
export function staticKind(kind: string): StanceKind {
  const parsed = StanceKind.safeParse(kind);
  if (!parsed.success) throw new Error(`not a stance kind: ${kind}`);
  return parsed.data;
}

export const Polarity = z.union([z.literal(-1), z.literal(0), z.literal(1)], {
  error: 'must be -1 (against), 0 (neutral) or 1 (for)',
});
export type Polarity = z.infer<typeof Polarity>;

/** How sure the source is: said by the actor itself, reported by the outlet, claimed by a party, or alleged. */
export const Certainty = z.enum(['stated', 'reported', 'claimed', 'alleged']);
export type Certainty = z.infer<typeof Certainty>;

export const Actor = z.strictObject({
  id: Slug,
  name: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).default([]),
  kind: ActorKind,
  description: z.string().trim().min(1).optional(),
});
export type Actor = z.infer<typeof Actor>;

/** A position actors take sides on ("foreign military intervention", "fresh elections"). */
export const Topic = z.strictObject({
  id: Slug,
  name: z.string().trim().min(1),
  description: z.string().trim().min(1).optional(),
});
export type Topic = z.infer<typeof Topic>;

/** An http:// or https:// address; every other scheme (javascript:, data:, file:…) is refused. */
export const HttpUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' });

export const Source = z.strictObject({
  id: Slug,
  title: z.string().trim().min(1),
  /** The outlet (newspaper, agency, blog) that published it, shown beside every quote. */
  publisher: z.string().trim().min(1),
  date: IsoDate,
  author: z.string().trim().min(1).optional(),
  section: z.string().trim().min(1).optional(),
  /** The article's file name, so a quote can be checked against the article it came from. */
  file: z.string().trim().min(1).optional(),
  /** Only web addresses: the app renders it as a link, and a `javascript:` or `data:` one would run or forge content. */
  url: HttpUrl.optional(),
  /** The full text, when stored: quotes then carry their offsets in it (`start`, `end`). */
  text: z.string().min(1).optional(),
});
export type Source = z.infer<typeof Source>;

/**
 * One piece of evidence: either a verbatim `quote` from a source (with its place in the source's
 * `text` when the text is stored: `text.slice(start, end) === quote`, JavaScript string indices),
 * or a coded `event` record (a GDELT event id) that has no quote and names its source record.
 */
export const Evidence = z
  .strictObject({
    /** Exact words from the source, not a paraphrase. */
    quote: z.string().trim().min(3).optional(),
    start: z.number().int().nonnegative().optional(),
    end: z.number().int().positive().optional(),
    /** Id of a coded event record (GDELT's GlobalEventID) when the evidence is an event, not a quote. */
    event: z.string().trim().min(1).optional(),
    source: Slug,
  })
  .refine((e) => (e.quote === undefined) !== (e.event === undefined), { message: 'needs either a quote or an event id (not both)', path: ['quote'] })
  .refine((e) => (e.start === undefined) === (e.end === undefined), { message: 'start and end go together', path: ['end'] })
  .refine((e) => e.start === undefined || e.end === undefined || e.end > e.start, { message: 'end must be after start', path: ['end'] })
  .refine((e) => e.event === undefined || e.start === undefined, { message: 'an event has no quote offsets', path: ['start'] });
export type Evidence = z.infer<typeof Evidence>;

export const Stance = z
  .strictObject({
    /** Stable id; defaults to `from--KIND--to`, so give one when a pair has two stances of a kind. */
    id: Slug.optional(),
    from: Slug,
    to: Slug,
    kind: StanceKind,
    polarity: Polarity,
    /** When the stance was taken or reported; `until` closes a period. */
    date: IsoDate,
    until: IsoDate.optional(),
    certainty: Certainty,
    evidence: z.array(Evidence).min(1, 'needs at least one evidence quote'),
    note: z.string().trim().min(1).optional(),
    /** For stances aggregated from coded events: how many events, and the date of the last one. */
    eventCount: z.number().int().positive().optional(),
    lastSeen: IsoDate.optional(),
  })
  .refine((s) => s.until === undefined || s.until >= s.date, { message: 'until must not be before date', path: ['until'] })
  .refine((s) => s.from !== s.to, { message: 'a stance must link two different things', path: ['to'] });
export type Stance = z.infer<typeof Stance>;

export function stanceId(stance: Pick<Stance, 'id' | 'from' | 'to' | 'kind'>): string {
  return stance.id ?? `${stance.from}--${stance.kind.toLowerCase().replace(/_/g, '-')}--${stance.to}`;
}

export const DatasetInfo = z.strictObject({
  id: Slug,
  title: z.string().trim().min(1),
  description: z.string().trim().min(1).optional(),
});
export type DatasetInfo = z.infer<typeof DatasetInfo>;

/** A whole seed file. Cross-references are checked too: every id a stance or quote names must exist. */
export const Dataset = z
  .strictObject({
    dataset: DatasetInfo,
    actors: z.array(Actor).min(1),
    topics: z.array(Topic).default([]),
    sources: z.array(Source).min(1),
    stances: z.array(Stance).default([]),
  })
  .superRefine((data, ctx) => {
    const seen = new Map<string, string>();
    const claim = (id: string, path: (string | number)[]) => {
      const before = seen.get(id);
      if (before) ctx.addIssue({ code: 'custom', message: `duplicate id "${id}" (first used at ${before})`, path });
      else seen.set(id, path.join('.'));
    };
    data.actors.forEach((a, i) => claim(a.id, ['actors', i, 'id']));
    data.topics.forEach((t, i) => claim(t.id, ['topics', i, 'id']));

    const actorIds = new Set(data.actors.map((a) => a.id));
    const endpointIds = new Set([...actorIds, ...data.topics.map((t) => t.id)]);
    const sourcesById = new Map(data.sources.map((s) => [s.id, s]));
    const stanceIds = new Set<string>();
    data.stances.forEach((s, i) => {
      if (!actorIds.has(s.from)) ctx.addIssue({ code: 'custom', message: `unknown actor "${s.from}"`, path: ['stances', i, 'from'] });
      if (!endpointIds.has(s.to)) ctx.addIssue({ code: 'custom', message: `unknown actor or topic "${s.to}"`, path: ['stances', i, 'to'] });
      const id = stanceId(s);
      if (stanceIds.has(id)) ctx.addIssue({ code: 'custom', message: `duplicate stance id "${id}": give one of them an explicit id`, path: ['stances', i, 'id'] });
      stanceIds.add(id);
      s.evidence.forEach((e, j) => {
        const source = sourcesById.get(e.source);
        if (!source) ctx.addIssue({ code: 'custom', message: `unknown source "${e.source}"`, path: ['stances', i, 'evidence', j, 'source'] });
        const problem = source ? quotePlaceProblem(e, source) : null;
        if (problem) ctx.addIssue({ code: 'custom', message: `stance "${id}": ${problem}`, path: ['stances', i, 'evidence', j, 'quote'] });
      });
    });
    const sourceSeen = new Set<string>();
    data.sources.forEach((s, i) => {
      if (sourceSeen.has(s.id)) ctx.addIssue({ code: 'custom', message: `duplicate source id "${s.id}"`, path: ['sources', i, 'id'] });
      sourceSeen.add(s.id);
    });
  });
export type Dataset = z.infer<typeof Dataset>;
export type DatasetInput = z.input<typeof Dataset>;

/**
 * Why a quote does not sit where it says in its source's text, or null when it does (or when
 * there is nothing to check: no stored text, or event evidence). Without offsets the quote must
 * still occur in a stored text; `placeQuote` then finds its offsets.
 */
export function quotePlaceProblem(evidence: Evidence, source: Pick<Source, 'id' | 'text'>): string | null {
  if (evidence.quote === undefined) return null;
  if (source.text === undefined) {
    return evidence.start === undefined ? null : `quote offsets ${evidence.start}-${evidence.end} given but source "${source.id}" has no stored text`;
  }
  if (evidence.start === undefined) {
    return source.text.includes(evidence.quote) ? null : `quote not found in the text of source "${source.id}"`;
  }
  const found = source.text.slice(evidence.start, evidence.end);
  return found === evidence.quote
    ? null
    : `quote does not match the text of source "${source.id}" at ${evidence.start}-${evidence.end} (the text there reads "${found.slice(0, 60)}")`;
}

/** The evidence with its offsets filled in from the source text, when the text is stored. */
export function placeQuote(evidence: Evidence, source: Pick<Source, 'text'> | undefined): Evidence {
  if (evidence.quote === undefined || evidence.start !== undefined || source?.text === undefined) return evidence;
  const start = source.text.indexOf(evidence.quote);
  return start < 0 ? evidence : { ...evidence, start, end: start + evidence.quote.length };
}

/** Turns zod issues into lines such as `stances[12].polarity: must be -1 (against), 0 (neutral) or 1 (for)`. */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
}

export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}
