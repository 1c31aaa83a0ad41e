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

export const Source = z.strictObject({
  id: Slug,
  title: z.string().trim().min(1),
  publisher: z.string().trim().min(1),
  date: IsoDate,
  /** The article's file name, so a quote can be checked against the article it came from. */
  file: z.string().trim().min(1).optional(),
  url: z.url().optional(),
});
export type Source = z.infer<typeof Source>;

export const Evidence = z.strictObject({
  /** Exact words from the source, not a paraphrase. */
  quote: z.string().trim().min(3),
  source: Slug,
});
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
    const sourceIds = new Set(data.sources.map((s) => s.id));
    const stanceIds = new Set<string>();
    data.stances.forEach((s, i) => {
      if (!actorIds.has(s.from)) ctx.addIssue({ code: 'custom', message: `unknown actor "${s.from}"`, path: ['stances', i, 'from'] });
      if (!endpointIds.has(s.to)) ctx.addIssue({ code: 'custom', message: `unknown actor or topic "${s.to}"`, path: ['stances', i, 'to'] });
      const id = stanceId(s);
      if (stanceIds.has(id)) ctx.addIssue({ code: 'custom', message: `duplicate stance id "${id}": give one of them an explicit id`, path: ['stances', i, 'id'] });
      stanceIds.add(id);
      s.evidence.forEach((e, j) => {
        if (!sourceIds.has(e.source)) ctx.addIssue({ code: 'custom', message: `unknown source "${e.source}"`, path: ['stances', i, 'evidence', j, 'source'] });
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
