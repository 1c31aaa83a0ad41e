/**
 * The answer of `/api/datasets` (the data set picker, the coverage line, the data sets page) as a
 * zod schema; the UI imports the inferred type.
 */
import { z } from 'zod';
import { IsoDate } from '@/graph/model/schema';

/** A loaded data set and what it holds. */
export const DatasetListing = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().optional(),
  /** Content hash of the data as loaded (snapshots compare it); null for data written without one. */
  version: z.string().nullable(),
  /** False while its load runs (or after a load that was interrupted). */
  complete: z.boolean(),
  stances: z.number().int().nonnegative(),
  /** Actors that belong to it: listed by the loader, or at either end of one of its stances. */
  actors: z.number().int().nonnegative(),
  /** Distinct sources its stances cite. */
  sources: z.number().int().nonnegative(),
  /** Earliest stance date; null without stances. */
  firstDate: IsoDate.nullable(),
  /** Latest date a stance is taken or lasts until; null without stances. */
  lastDate: IsoDate.nullable(),
});
export type DatasetListing = z.infer<typeof DatasetListing>;

export const DatasetsResponse = z.object({ datasets: z.array(DatasetListing) });
export type DatasetsResponse = z.infer<typeof DatasetsResponse>;
