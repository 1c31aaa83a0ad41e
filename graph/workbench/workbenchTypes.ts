/**
 * Request and answer schemas of the evidence workbench: POST /api/edit/sources (store an
 * article), GET /api/sources/[id]/workbench (its text with what to highlight) and
 * GET /api/workbench/sources (the list). Pure (zod only), so the pages import them too.
 */
import { z } from 'zod';
import { csv, intParam } from '@/graph/http/params';
import { ActorKind, Certainty, IsoDate, Slug, StanceKind } from '@/graph/model/schema';

const Line = (max: number) => z.string().trim().min(1).max(max);

/**
 * A new source: the article's `text` (as pasted) or `html` (an uploaded page, turned into text),
 * stored in data set `dataset`, or in a new data set titled `datasetTitle` (its id is then
 * `dataset` when given, else made from the title).
 */
export const SourceCreateBody = z
  .strictObject({
    dataset: Slug.optional(),
    datasetTitle: Line(200).optional(),
    title: Line(500),
    publisher: Line(200),
    date: IsoDate,
    url: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' }).max(2000).optional(),
    author: Line(300).optional(),
    text: z.string().optional(),
    html: z.string().optional(),
  })
  .refine((b) => b.dataset !== undefined || b.datasetTitle !== undefined, { message: 'choose a data set, or give a title for a new one (datasetTitle)', path: ['dataset'] })
  .refine((b) => (b.text === undefined) !== (b.html === undefined), { message: 'send the article as either text or html (one of them)', path: ['text'] });
export type SourceCreateBody = z.infer<typeof SourceCreateBody>;

export const SourceCreated = z.object({
  id: Slug,
  dataset: Slug,
  /** Whether the data set was made for this source. */
  datasetCreated: z.boolean(),
  /** Characters of stored text (after HTML was turned into text). */
  chars: z.number().int().nonnegative(),
});
export type SourceCreated = z.infer<typeof SourceCreated>;

export const WorkbenchQuery = z.object({ id: Slug });

const Span = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };

/** An actor or topic the page can name: in the mentions, the from/to pickers. */
export const KnownEntity = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(['actor', 'topic']),
  /** Actor kind; absent for topics. */
  kind: ActorKind.optional(),
});
export type KnownEntity = z.infer<typeof KnownEntity>;

/** A quote of a stance from this source, with its place in the text (null when it cannot be found). */
export const WorkbenchQuote = z.object({
  dataset: z.string(),
  stanceId: z.string(),
  from: z.string(),
  to: z.string(),
  kind: StanceKind,
  polarity: z.number().int(),
  certainty: Certainty.or(z.string()),
  date: z.string(),
  quote: z.string(),
  start: z.number().int().nonnegative().nullable(),
  end: z.number().int().nonnegative().nullable(),
});
export type WorkbenchQuote = z.infer<typeof WorkbenchQuote>;

export const Workbench = z.object({
  source: z.object({
    id: z.string(),
    title: z.string(),
    publisher: z.string(),
    date: z.string(),
    url: z.string().nullable(),
    author: z.string().nullable(),
    datasets: z.array(z.string()),
  }),
  /** The stored text: every offset below is a JavaScript string index into it. */
  text: z.string(),
  mentions: z.array(z.object({ ...Span, id: z.string() })),
  cues: z.array(z.object({ ...Span, cue: z.string(), cueStart: z.number().int(), cueEnd: z.number().int() })),
  quotes: z.array(WorkbenchQuote),
  /** Every actor and topic, by name (for mentions and the form's pickers). */
  known: z.array(KnownEntity),
});
export type Workbench = z.infer<typeof Workbench>;

export const SourceListQuery = z.object({ dataset: csv(Slug), limit: intParam(500, 1, 5000) });

export const SourceListing = z.object({
  id: z.string(),
  title: z.string(),
  publisher: z.string(),
  date: z.string(),
  datasets: z.array(z.string()),
  /** Characters of stored text; null when only the citation is stored (no workbench then). */
  chars: z.number().int().nullable(),
  /** Quotes of stances that cite it. */
  quotes: z.number().int().nonnegative(),
});
export type SourceListing = z.infer<typeof SourceListing>;

export const SourceList = z.object({
  sources: z.array(SourceListing),
  /** Whether more sources matched than `limit`. */
  truncated: z.boolean(),
});
export type SourceList = z.infer<typeof SourceList>;

/** The stance form's fields as the page keeps them (posted as POST /api/edit/stances). */
export const STANCE_CERTAINTIES = Certainty.options;
