/**
 * What the legend lists for a set of elements: only what they hold. A graph without stances
 * (any foreign Neo4j graph in the console) gets its own labels and a plain "relationship" entry,
 * never the stance polarity entries, which would describe lines it does not have. Pure.
 */
import type { EdgeData, Elements } from '@/graph/model/elements';

/** Edge entries, in the order the legend lists them. */
export const EDGE_ENTRIES = ['backs', 'opposes', 'neutral', 'claimed', 'relationship'] as const;
export type EdgeEntry = (typeof EDGE_ENTRIES)[number];

export interface LegendContent {
  /** Node kinds (actor kinds, `topic`, or a foreign node's first label), in first-seen order. */
  kinds: string[];
  edges: EdgeEntry[];
  /** Node size means backers and opponents: only said when the elements hold stances. */
  stances: boolean;
}

/**
 * A stance carries a certainty (the data format requires one); any other relationship does not.
 * The stylesheet draws the type caption on the same edges: `edge[^certainty]` in style.ts.
 */
export const isStance = (edge: EdgeData): boolean => edge.certainty !== undefined;

function edgeEntries(edge: EdgeData): EdgeEntry[] {
  if (!isStance(edge)) return ['relationship'];
  const polarity: EdgeEntry = edge.polarity > 0 ? 'backs' : edge.polarity < 0 ? 'opposes' : 'neutral';
  return edge.certainty === 'claimed' || edge.certainty === 'alleged' ? [polarity, 'claimed'] : [polarity];
}

/** The legend of exactly these elements. */
export function legendContent(elements: Elements): LegendContent {
  const kinds = [...new Set(elements.nodes.map((n) => n.data.kind))];
  const present = new Set(elements.edges.flatMap((e) => edgeEntries(e.data)));
  return { kinds, edges: EDGE_ENTRIES.filter((entry) => present.has(entry)), stances: elements.edges.some((e) => isStance(e.data)) };
}
