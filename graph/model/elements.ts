/**
 * The adapter from a Neo4j graph (boltMappings) to cytoscape elements, and the zod schemas of
 * those elements: the API answers with them, the UI draws them, snapshots freeze them.
 * Works for any labels and types; stance relationships and actor nodes get extra fields.
 */
import { z } from 'zod';
import type { Graph, GraphNode, GraphRelationship, Json } from '@/graph/model/graphJson';
import { Certainty, Polarity, Source } from '@/graph/model/schema';
import { caption } from '@/graph/model/caption';

/** Any JSON value, as Neo4j values become on the wire (boltMappings.toJson). */
export const JsonValue: z.ZodType<Json> = z.lazy(() =>
  z.union([z.null(), z.boolean(), z.number(), z.string(), z.array(JsonValue), z.record(z.string(), JsonValue)]),
);

export const EvidenceItem = z.object({
  /** The verbatim quote; '' for a coded event, which has none. */
  quote: z.string(),
  sourceId: z.string(),
  /** The quote's place in the stored source text (`text.slice(start, end) === quote`), when known. */
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().positive().optional(),
  /** Id of the coded event record (GDELT GlobalEventID) when the evidence is an event, not a quote. */
  event: z.string().min(1).optional(),
  /** Title, publisher, date and link of the source when it is known to the database. */
  source: Source.pick({ title: true, publisher: true, date: true, url: true }).optional(),
});
export type EvidenceItem = z.infer<typeof EvidenceItem>;

export const NodeData = z.object({
  /** Neo4j elementId: stable for the life of the node. */
  id: z.string().min(1),
  /** The node's own `id` property (an actor's slug), when it has one. */
  key: z.string().optional(),
  label: z.string(),
  labels: z.array(z.string()),
  /** Actor kind (`state`, `person`, ...), `topic`, `source`, or the first label for other data. */
  kind: z.string(),
  description: z.string().optional(),
  aliases: z.array(z.string()).optional(),
  /** How many stances in this view back (+1) or oppose (-1) this node. */
  backers: z.number().int().nonnegative(),
  opponents: z.number().int().nonnegative(),
  properties: z.record(z.string(), JsonValue),
});
export type NodeData = z.infer<typeof NodeData>;

export const EdgeData = z.object({
  id: z.string().min(1),
  source: z.string().min(1),
  target: z.string().min(1),
  /** Relationship type, e.g. SUPPORTS. */
  type: z.string().min(1),
  label: z.string(),
  /** -1, 0 or +1 for stances; 0 for relationships that carry none. */
  polarity: Polarity,
  certainty: Certainty.optional(),
  date: z.string().optional(),
  until: z.string().optional(),
  /** The stance's data set. */
  dataset: z.string().optional(),
  /**
   * The evidence itself, when the answer carries it: snapshots and exports freeze it, graph
   * answers leave it out (evidence on demand: the panels fetch it from `/api/stances?ids=`).
   */
  evidence: z.array(EvidenceItem).optional(),
  /** How many quotes or coded events, and how many distinct sources, the evidence holds. */
  evidenceCount: z.number().int().nonnegative(),
  sourceCount: z.number().int().nonnegative(),
  properties: z.record(z.string(), JsonValue),
});
export type EdgeData = z.infer<typeof EdgeData>;

/** Distinct sources of a stance's evidence. */
export function sourceCountOf(evidence: readonly { sourceId: string }[]): number {
  return new Set(evidence.map((item) => item.sourceId)).size;
}

/**
 * Edge data as snapshots carry it: the evidence inline, and the counts, when a script or a snapshot
 * stored before evidence came on demand left them out, derived from it.
 */
export const FrozenEdgeData = EdgeData.extend({
  evidenceCount: EdgeData.shape.evidenceCount.optional(),
  sourceCount: EdgeData.shape.sourceCount.optional(),
}).transform((data): EdgeData => ({
  ...data,
  evidenceCount: data.evidenceCount ?? data.evidence?.length ?? 0,
  sourceCount: data.sourceCount ?? (data.evidence ? sourceCountOf(data.evidence) : 0),
}));

export const Elements = z.object({
  nodes: z.array(z.object({ data: NodeData, position: z.object({ x: z.number(), y: z.number() }).optional() })),
  edges: z.array(z.object({ data: EdgeData })),
});
export type Elements = z.infer<typeof Elements>;

/** The elements of a snapshot: edges as FrozenEdgeData. */
export const FrozenElements = Elements.extend({ edges: z.array(z.object({ data: FrozenEdgeData })) });

export type SourceLookup = ReadonlyMap<string, Pick<Source, 'title' | 'publisher' | 'date' | 'url'>>;

const str = (value: Json | undefined): string | undefined => (typeof value === 'string' && value.length > 0 ? value : undefined);
const strings = (value: Json | undefined): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
/** A list stored beside `quotes` (same length), read position by position; a missing list reads as all-missing. */
const at = (value: Json | undefined, i: number): Json | undefined => (Array.isArray(value) ? value[i] : undefined);
/** A stored offset: -1 (and anything not a non-negative integer) means unknown. */
const offset = (value: Json | undefined): number | undefined => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined);

export { caption } from '@/graph/model/caption';

function nodeKind(node: GraphNode): string {
  if (node.labels.includes('Actor')) return str(node.properties.kind) ?? 'actor';
  if (node.labels.includes('Topic')) return 'topic';
  if (node.labels.includes('Source')) return 'source';
  return node.labels[0] ?? 'node';
}

function polarityOf(rel: GraphRelationship): Polarity {
  const p = rel.properties.polarity;
  return p === 1 || p === -1 ? p : 0;
}

function evidenceOf(rel: GraphRelationship, sources: SourceLookup): EvidenceItem[] {
  const p = rel.properties;
  return evidenceItems(p.quotes, p.sourceIds, sources, { quoteStarts: p.quoteStarts, quoteEnds: p.quoteEnds, eventIds: p.eventIds });
}

/**
 * Properties an edge's `properties` leave out, so a graph answer stays light (at a million
 * stances the first view draws thousands): the stored lists that make up a stance's evidence
 * (docs/architecture.md; sent as `evidence` when asked for), the values the edge data carries
 * already under their own names, and the loader's run id, which only the loader reads.
 */
export const EDGE_PROPERTIES_LEFT_OUT = ['quotes', 'sourceIds', 'quoteStarts', 'quoteEnds', 'eventIds', 'polarity', 'certainty', 'date', 'until', 'dataset', 'run'] as const;

/**
 * Node properties left out: the rankings the app keeps on actors and topics (graph/datasets/rankings.ts).
 * They count stances the view may not show, so they would only confuse, and a snapshot must not
 * read as changed because a stance elsewhere moved a count.
 */
export const NODE_PROPERTIES_LEFT_OUT = ['stanceCount', 'backerCount', 'opponentCount'] as const;

function without(properties: Record<string, Json>, keys: readonly string[]): Record<string, Json> {
  if (!keys.some((key) => key in properties)) return properties;
  const rest = { ...properties };
  for (const key of keys) delete rest[key];
  return rest;
}

/** The properties an edge's data carries, from its relationship's (or from older edge data's). */
export const edgeProperties = (properties: Record<string, Json>) => without(properties, EDGE_PROPERTIES_LEFT_OUT);
/** The properties a node's data carries, from its node's. */
export const nodeProperties = (properties: Record<string, Json>) => without(properties, NODE_PROPERTIES_LEFT_OUT);

/** The parallel lists stored beside `quotes` (docs/architecture.md); data loaded before them has none. */
export interface EvidencePlaces {
  quoteStarts?: Json | undefined;
  quoteEnds?: Json | undefined;
  eventIds?: Json | undefined;
}

/**
 * A stance's `quotes` paired with its `sourceIds` (same order), each source resolved when known,
 * with the quote's offsets (`quoteStarts`/`quoteEnds`, -1 = unknown) and the coded event id
 * (`eventIds`, '' for a quote) when those lists are stored.
 */
export function evidenceItems(quoteList: Json | undefined, sourceIdList: Json | undefined, sources: SourceLookup, places: EvidencePlaces = {}): EvidenceItem[] {
  const quotes = Array.isArray(quoteList) ? quoteList.map((q) => (typeof q === 'string' ? q : '')) : [];
  const sourceIds = strings(sourceIdList);
  return quotes.map((quote, i) => {
    const sourceId = sourceIds[i] ?? '';
    const item: EvidenceItem = { quote, sourceId };
    const event = str(at(places.eventIds, i));
    const start = offset(at(places.quoteStarts, i));
    const end = offset(at(places.quoteEnds, i));
    if (event) item.event = event;
    else if (start !== undefined && end !== undefined && end > start) Object.assign(item, { start, end });
    const source = sources.get(sourceId);
    if (source) item.source = { title: source.title, publisher: source.publisher, date: source.date, ...(source.url ? { url: source.url } : {}) };
    return item;
  });
}

/** Relationship type as a readable label: `DOES_NOT_RECOGNISE` -> `does not recognise`. */
export function typeLabel(type: string): string {
  return type.toLowerCase().replace(/_/g, ' ');
}

/**
 * `toElements(graph)`: cytoscape elements for a graph. Each stance carries the counts of its
 * evidence; the evidence itself only when `sources` is given (resolved against them), which is
 * how tests and exports build whole elements. Graph answers send counts alone.
 */
export function toElements(graph: Graph, sources?: SourceLookup): Elements {
  const backers = new Map<string, number>();
  const opponents = new Map<string, number>();
  for (const rel of graph.relationships) {
    const polarity = polarityOf(rel);
    const counts = polarity === 1 ? backers : polarity === -1 ? opponents : undefined;
    counts?.set(rel.endNodeElementId, (counts.get(rel.endNodeElementId) ?? 0) + 1);
  }
  const nodes = graph.nodes.map((node) => {
    const data: NodeData = {
      id: node.elementId,
      label: caption(node),
      labels: node.labels,
      kind: nodeKind(node),
      backers: backers.get(node.elementId) ?? 0,
      opponents: opponents.get(node.elementId) ?? 0,
      properties: nodeProperties(node.properties),
    };
    const key = str(node.properties.id);
    const description = str(node.properties.description);
    const aliases = strings(node.properties.aliases);
    if (key) data.key = key;
    if (description) data.description = description;
    if (aliases.length > 0) data.aliases = aliases;
    return { data: data };
  });
  const edges = graph.relationships.map((rel) => {
    const data: EdgeData = {
      id: rel.elementId,
      source: rel.startNodeElementId,
      target: rel.endNodeElementId,
      type: rel.type,
      label: typeLabel(rel.type),
      polarity: polarityOf(rel),
      evidenceCount: Array.isArray(rel.properties.quotes) ? rel.properties.quotes.length : 0,
      sourceCount: new Set(strings(rel.properties.sourceIds)).size,
      properties: edgeProperties(rel.properties),
    };
    if (sources) data.evidence = evidenceOf(rel, sources);
    const dataset = str(rel.properties.dataset);
    if (dataset) data.dataset = dataset;
    const certainty = Certainty.safeParse(rel.properties.certainty);
    if (certainty.success) data.certainty = certainty.data;
    const date = str(rel.properties.date);
    const until = str(rel.properties.until);
    if (date) data.date = date;
    if (until) data.until = until;
    return { data };
  });
  return { nodes, edges };
}
