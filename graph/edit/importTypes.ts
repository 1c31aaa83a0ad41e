/**
 * The browser import's request and answers (`POST /api/edit/import`) as zod schemas: the route
 * parses its query with them, the import form reads the answers with the inferred types.
 * Pure (zod only), so the browser can import it.
 */
import { z } from 'zod';
import { FORMATS } from '@/graph/model/importFormats';
import { DatasetInfo, Slug } from '@/graph/model/schema';

/** Query string of POST /api/edit/import; the file itself is the raw request body. */
export const ImportQuery = z.strictObject({
  /** Defaults to the format the file name implies (graph/model/importFormats.ts). */
  format: z.enum(FORMATS).optional(),
  /** The file's name as the user chose it: names the file in errors and, for spreadsheets, the default data set. */
  name: z.string().trim().min(1).max(200).optional(),
  dataset: Slug.optional(),
  title: DatasetInfo.shape.title.optional(),
  /** `0`: preview only, nothing written; `1`: load it. */
  confirm: z.enum(['0', '1']).default('0'),
});
export type ImportQuery = z.infer<typeof ImportQuery>;

const Skipped = z.object({ reason: z.string(), count: z.number().int() });

/** How many of the import's actors (or topics, or sources) the graph holds already. */
const NewAndKnown = z.object({ new: z.number().int(), known: z.number().int() });

/** What loading the file would do, computed with nothing written. Counts as the loader reports them. */
export const ImportPreview = z.object({
  dataset: z.string(),
  title: z.string(),
  format: z.string(),
  /** The data set is loaded already: this import updates it. */
  datasetExists: z.boolean(),
  /** Distinct stances in the file. */
  stances: z.number().int(),
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** Records that add their evidence to a stance met earlier in the file. */
  merged: z.number().int(),
  /** Stances the data set holds now and the file has not (the load drops them). */
  removed: z.number().int(),
  actors: NewAndKnown,
  topics: NewAndKnown,
  sources: NewAndKnown,
  skipped: z.array(Skipped),
  warnings: z.array(z.string()),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

/** The answer to `confirm=1`: the loader's report and the audit record of the import. */
export const ImportDone = z.object({
  report: z.object({
    dataset: z.string(),
    format: z.string(),
    stances: z.number().int(),
    stancesAdded: z.number().int(),
    stancesUpdated: z.number().int(),
    stancesUnchanged: z.number().int(),
    stancesMerged: z.number().int(),
    stancesRemoved: z.number().int(),
    skipped: z.array(Skipped),
    warnings: z.array(z.string()),
  }),
  change: z.object({ id: z.string() }),
});
export type ImportDone = z.infer<typeof ImportDone>;

/** `details` of the 400 a bad file gets: every problem, each naming the file, record and field. */
export const ImportErrors = z.object({ errors: z.array(z.string()) });
