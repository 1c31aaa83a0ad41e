/**
 * Request and answer schemas of `/api/sources` (what the data's sources cover) and
 * `/api/sources/[id]` (the paragraph around a quote), which the explorer imports.
 */
import { z } from 'zod';
import { IsoDate, Slug } from '@/graph/model/schema';
import { csv } from '@/graph/http/params';

/** The longest paragraph `/api/sources/[id]` sends: a window around the quote beyond it. */
export const PARAGRAPH_MAX_CHARS = 2000;

const offset = z.coerce.number().int().nonnegative();

/** `?start=&end=`: the quote's offsets in the source's stored text (JavaScript string indices). */
export const SourceParagraphQuery = z
  .object({ id: Slug, start: offset, end: offset })
  .refine((q) => q.end > q.start, { message: 'end must be after start', path: ['end'] });
export type SourceParagraphQuery = z.infer<typeof SourceParagraphQuery>;

export const SourceParagraph = z.object({
  sourceId: z.string(),
  /** The paragraph holding the quote, cut to a window around it when longer than PARAGRAPH_MAX_CHARS. */
  paragraph: z.string(),
  /** Where the quote sits in `paragraph`: `paragraph.slice(start, end)` is (the visible part of) the quote. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Whether text of the paragraph was left out before or after the window. */
  cutBefore: z.boolean(),
  cutAfter: z.boolean(),
});
export type SourceParagraph = z.infer<typeof SourceParagraph>;

/** `?dataset=a,b`: the sources of those data sets only (default: all). */
export const SourceCoverageQuery = z.object({ dataset: csv(Slug) });

export const SourceCoverage = z.object({
  /** How many sources. */
  sources: z.number().int().nonnegative(),
  /** Publishers with how many sources each, most first (at most PUBLISHERS_LISTED). */
  publishers: z.array(z.object({ publisher: z.string(), sources: z.number().int().positive() })),
  /** How many publishers there are in all (more than listed when the list was cut). */
  publisherCount: z.number().int().nonnegative(),
  /** Sources whose publisher says it is unattributed (a blog post or site that names no outlet). */
  unattributed: z.number().int().nonnegative(),
  /** Dates of the earliest and latest source; null without sources. */
  firstDate: IsoDate.nullable(),
  lastDate: IsoDate.nullable(),
});
export type SourceCoverage = z.infer<typeof SourceCoverage>;

export const PUBLISHERS_LISTED = 8;
