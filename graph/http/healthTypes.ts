/**
 * What `/api/health` answers, as a zod schema: the app and Neo4j up, the data sets loaded and what
 * the database holds. The download menu reads it in the browser.
 */
import { z } from 'zod';
import { DatasetListing } from '@/graph/datasets/datasetTypes';

/** A loaded data set as the health check names it: the listing's id, title, version, stances and whether its load finished. */
export const HealthDataset = DatasetListing.pick({ id: true, title: true, version: true, stances: true, complete: true });
export type HealthDataset = z.infer<typeof HealthDataset>;

export const Health = z.object({
  app: z.literal('ok'),
  neo4j: z.literal('ok'),
  server: z.string(),
  /** The data sets loaded, by id, each with its number of stances; empty on a graph without one. */
  datasets: z.array(HealthDataset),
  actors: z.number().int(),
  stances: z.number().int(),
  /** Every node but the app's own (graph/db/appNodes.ts): tells a foreign graph (nodes, no data set) from an empty one. */
  nodes: z.number().int(),
});
export type Health = z.infer<typeof Health>;
