/**
 * The zod schemas of snapshots and of the snapshot API's answers. Pure (no Neo4j, no Node
 * built-ins) so pages and components can validate with them too; storage is graph/snapshots/store.ts.
 */
import { z } from 'zod';
import { FrozenElements } from '@/graph/model/elements';

export const SnapshotId = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/, 'is not a snapshot id');

/** The graph canvas layouts (components/graph/GraphCanvas). */
export const LayoutName = z.enum(['fcose', 'concentric', 'breadthfirst', 'circle', 'camps', 'preset']);

/**
 * A rectangle in model coordinates: the part of the graph the canvas showed when the snapshot
 * was taken. Zoom and pan only mean something for a canvas of the same size; the frame is
 * fitted into whatever canvas opens the snapshot, so it opens centred (components/graph/frame.ts).
 */
export const Frame = z
  .object({ x1: z.number().finite(), y1: z.number().finite(), x2: z.number().finite(), y2: z.number().finite() })
  .refine((f) => f.x2 > f.x1 && f.y2 > f.y1, 'needs x2 > x1 and y2 > y1');
export type Frame = z.infer<typeof Frame>;

export const Viewport = z.object({
  zoom: z.number().positive().finite(),
  pan: z.object({ x: z.number().finite(), y: z.number().finite() }),
  /** Optional: snapshots saved before frames were recorded (and scripts) are drawn with zoom and pan as given. */
  frame: Frame.optional(),
});
export type Viewport = z.infer<typeof Viewport>;

export const Selection = z.object({ group: z.enum(['nodes', 'edges']), id: z.string().min(1) });
export type Selection = z.infer<typeof Selection>;

/** What produced the view, so "open live" can re-run it on the current data. */
export const SnapshotOrigin = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('explorer'),
    /** The explorer's URL query (focus, depth, filters...), replayed as `/?<view>`. */
    view: z.record(z.string(), z.string()),
  }),
  z.object({
    kind: z.literal('console'),
    query: z.string().min(1).max(100_000),
    /** As the console sends them to /api/cypher (a JSON object). */
    params: z.record(z.string(), z.unknown()).default({}),
  }),
]);
export type SnapshotOrigin = z.infer<typeof SnapshotOrigin>;

/**
 * The question the view answered and the app's one-sentence answer, frozen as they read when the
 * snapshot was taken ("Who opposes Nicolás Maduro?" / "9 actors oppose Nicolás Maduro: …").
 */
export const SnapshotAnswer = z.object({
  question: z.string().trim().min(1).max(500),
  sentence: z.string().trim().min(1).max(5000),
});
export type SnapshotAnswer = z.infer<typeof SnapshotAnswer>;

/**
 * What a client sends to create a snapshot. `elements` keep the order of the view's stance list,
 * so the snapshot lists its stances in the order the view did. New fields stay optional: stored
 * snapshots are parsed with this schema when read.
 */
export const SnapshotInput = z.strictObject({
  title: z.string().trim().min(1, 'needs a title').max(200),
  note: z.string().trim().max(10_000).optional(),
  origin: SnapshotOrigin,
  /** Every stance with its evidence inline (graph answers leave it out; `/api/stances?ids=` has it). */
  /**
   * Every stance with its evidence inline. Graph answers leave it out (`/api/stances?ids=` has it);
   * an edge sent without it is frozen from the database at creation (graph/snapshots/evidence.ts).
   */
  elements: FrozenElements,
  viewport: Viewport,
  layout: LayoutName,
  selection: Selection.nullable().default(null),
  /** elementIds the canvas highlighted as the focus. */
  focusIds: z.array(z.string().min(1)).max(1000).default([]),
  /** Absent when the view answered no question (or for snapshots saved before answers were kept). */
  answer: SnapshotAnswer.optional(),
  styleVersion: z.string().min(1).max(100),
});
export type SnapshotInput = z.infer<typeof SnapshotInput>;
/** The body a client may send (defaults not yet applied). */
export type SnapshotRequest = z.input<typeof SnapshotInput>;

/** The stored payload: the input plus what the server records at creation. */
export const Snapshot = SnapshotInput.extend({
  id: SnapshotId,
  /** The (:Dataset {version}) at creation; null when no data set was loaded. */
  datasetVersion: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type Snapshot = z.infer<typeof Snapshot>;

export const SnapshotSummary = z.object({
  id: SnapshotId,
  title: z.string(),
  createdAt: z.string(),
  nodeCount: z.number().int(),
  edgeCount: z.number().int(),
  bytes: z.number().int(),
});
export type SnapshotSummary = z.infer<typeof SnapshotSummary>;

export const SnapshotChanges = z.object({
  changed: z.boolean(),
  /** Plain sentences: what differs between the frozen view and the live data. */
  reasons: z.array(z.string()),
});
export type SnapshotChanges = z.infer<typeof SnapshotChanges>;

/** GET /api/snapshots/[id] */
export const SnapshotResponse = z.object({ snapshot: Snapshot, changes: SnapshotChanges });
export type SnapshotResponse = z.infer<typeof SnapshotResponse>;
/** POST /api/snapshots */
export const SnapshotCreated = z.object({ id: SnapshotId, url: z.string(), deleteToken: z.string(), snapshot: SnapshotSummary });
export type SnapshotCreated = z.infer<typeof SnapshotCreated>;
/**
 * One entry of GET /api/snapshots. No id: an id is the capability to view a snapshot, so the
 * instance-wide list says what exists without handing out links to it.
 */
export const SnapshotListItem = SnapshotSummary.omit({ id: true });
export type SnapshotListItem = z.infer<typeof SnapshotListItem>;
/** GET /api/snapshots */
export const SnapshotList = z.object({ snapshots: z.array(SnapshotListItem) });
export type SnapshotList = z.infer<typeof SnapshotList>;
