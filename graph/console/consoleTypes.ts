/**
 * The console's requests and answers (`/api/cypher`, `/api/schema`) and its example queries'
 * shape as zod schemas; the console UI imports the inferred types.
 */
import { z } from 'zod';
import { Elements, JsonValue } from '@/graph/model/elements';

// ---------------------------------------------------------------- /api/cypher

export const CypherSummary = z.object({
  timeMs: z.number().nonnegative(),
  rows: z.number().int().nonnegative(),
  /** True when the row cap or the element cap cut the result short. */
  truncated: z.boolean(),
  /** Neo4j's query type: `r` (read) for everything this endpoint runs. */
  queryType: z.string(),
  /**
   * Relationships between the result's nodes that the query did not return, added to `elements`
   * (never to `rows`) by `connect`; 0 when `connect` is off.
   */
  connected: z.number().int().nonnegative(),
});
export type CypherSummary = z.infer<typeof CypherSummary>;

export const CypherResponse = z.object({
  elements: Elements,
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), JsonValue)),
  summary: CypherSummary,
});
export type CypherResponse = z.infer<typeof CypherResponse>;

export const CypherRequest = z.object({
  query: z.string().trim().min(1, 'must not be empty'),
  params: z.record(z.string(), z.unknown()).optional(),
  /**
   * Connect result nodes, as Neo4j Browser does: also draw the relationships between the nodes
   * of the result, found by one extra bounded read (see graph/console/connectResult.ts).
   */
  connect: z.boolean().default(true),
});
export type CypherRequest = z.infer<typeof CypherRequest>;
/** What a caller may send: `connect` may be left out (it defaults to on). */
export type CypherRequestInput = z.input<typeof CypherRequest>;

// ---------------------------------------------------------------- /api/schema

const NameCount = z.object({ name: z.string(), count: z.number().int().nonnegative() });
export const SchemaResponse = z.object({
  labels: z.array(NameCount),
  relationshipTypes: z.array(NameCount),
  propertyKeys: z.array(z.string()),
});
export type SchemaResponse = z.infer<typeof SchemaResponse>;

// ---------------------------------------------------------------- example queries

export const ExampleQuery = z.object({
  /** Stable slug, used for test ids and keys. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  description: z.string().min(1),
  query: z.string().min(1),
  params: z.record(z.string(), z.unknown()),
});
export type ExampleQuery = z.infer<typeof ExampleQuery>;
