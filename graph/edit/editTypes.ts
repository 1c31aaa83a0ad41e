/**
 * Request bodies of the edit API (`/api/edit/stances`, `/api/edit/actors`, `/api/edit/topics`) as
 * zod schemas built from the data format's own (graph/model/schema.ts), so a stance made in the browser
 * passes the same checks as one in a data file. Pure (zod only): forms import the types.
 */
import { z } from 'zod';
import { Actor, ActorKind, Certainty, Evidence, IsoDate, Polarity, Slug, Stance, StanceKind, Topic } from '@/graph/model/schema';

/** Largest edit request body: a quote and a few fields, never an article. */
export const EDIT_BODY_MAX_BYTES = 64 * 1024;

const Version = z.number().int().nonnegative();
const Name = Actor.shape.name.max(200, 'must be at most 200 characters');
const Description = z.string().trim().min(1).max(2000, 'must be at most 2000 characters');
const Aliases = z.array(Name).max(50, 'at most 50 aliases');
const Note = Stance.shape.note.unwrap().max(2000, 'must be at most 2000 characters');

/**
 * A quote with its exact place in its source's stored text. The data format also allows a quote
 * without offsets and event evidence; an editor's quote always comes from a selection.
 */
export const EditEvidence = Evidence.refine((e) => e.quote !== undefined && e.start !== undefined, {
  message: 'needs the quote and its start and end in the source text',
  path: ['start'],
});

export const StanceCreate = z
  .strictObject({
    dataset: Slug,
    from: Slug,
    to: Slug,
    kind: StanceKind,
    /** Defaults to the kind's usual polarity. */
    polarity: Polarity.optional(),
    certainty: Certainty,
    /** Defaults to the source's date. */
    date: IsoDate.optional(),
    until: IsoDate.optional(),
    note: Note.optional(),
    evidence: EditEvidence,
  })
  .refine((s) => s.from !== s.to, { message: 'a stance must link two different things', path: ['to'] })
  .refine((s) => s.until === undefined || s.date === undefined || s.until >= s.date, { message: 'until must not be before date', path: ['until'] });
export type StanceCreate = z.infer<typeof StanceCreate>;

/** Fields of a stance an editor may change; null clears `until` or `note`. */
export const StancePatch = z
  .strictObject({
    version: Version,
    kind: StanceKind.optional(),
    polarity: Polarity.optional(),
    certainty: Certainty.optional(),
    date: IsoDate.optional(),
    until: IsoDate.nullable().optional(),
    note: Note.nullable().optional(),
  })
  .refine((p) => Object.keys(p).length > 1, { message: 'name at least one field to change', path: ['version'] });
export type StancePatch = z.infer<typeof StancePatch>;

/** A stance id as stanceId() makes them (`us--sanctions--pdvsa`, double hyphens) or a data file gives one. */
const StanceIdParam = z.string().max(300).regex(/^[a-z0-9]+(?:-{1,2}[a-z0-9]+)*$/, 'is not a stance id');

export const StanceKey = z.object({ dataset: Slug, id: StanceIdParam });

export const StanceDeleteQuery = StanceKey.extend({ version: z.coerce.number().int().nonnegative() });

export const ActorCreate = z.strictObject({
  dataset: Slug,
  name: Name,
  kind: ActorKind,
  aliases: Aliases.default([]),
  description: Description.optional(),
});
export type ActorCreate = z.infer<typeof ActorCreate>;

export const ActorPatch = z
  .strictObject({
    version: Version,
    name: Name.optional(),
    kind: ActorKind.optional(),
    aliases: Aliases.optional(),
    description: Description.nullable().optional(),
  })
  .refine((p) => Object.keys(p).length > 1, { message: 'name at least one field to change', path: ['version'] });
export type ActorPatch = z.infer<typeof ActorPatch>;

export const ActorMerge = z
  .strictObject({ from: Slug, into: Slug, fromVersion: Version, intoVersion: Version })
  .refine((m) => m.from !== m.into, { message: 'an actor cannot be merged into itself', path: ['into'] });
export type ActorMerge = z.infer<typeof ActorMerge>;

export const TopicCreate = z.strictObject({
  dataset: Slug,
  name: Topic.shape.name.max(200, 'must be at most 200 characters'),
  description: Description.optional(),
});
export type TopicCreate = z.infer<typeof TopicCreate>;

export const ThingId = z.object({ id: Slug });

/** What every write answers: the change it recorded, and the thing as it is now. */
export interface EditResult<T> {
  change: { id: string; action: string; summary: string };
  value: T;
}
