/**
 * What the details panel shows, worked out from the element data in pure functions (so the panel
 * memoises them, and tests pin the order without rendering): an actor's stances sorted and
 * grouped by polarity, the order "Next stance" walks, and the counts of backing and opposition.
 */
import type { EdgeData, Elements, NodeData } from '@/graph/model/elements';
import type { Selection } from '@/components/graph/GraphCanvas';

/** The polarity groups of an actor's stances, in the order the panel lists them: backing, opposition, neutral. */
export const POLARITY_ORDER = [1, -1, 0] as const;
export type GroupPolarity = (typeof POLARITY_ORDER)[number];

export interface StanceGroup {
  polarity: GroupPolarity;
  stances: EdgeData[];
}

export interface ActorView {
  /** Every stance taken by or towards the actor, by type then by the other actor's name. */
  stances: EdgeData[];
  /** The non-empty polarity groups of `stances`, in POLARITY_ORDER. */
  groups: StanceGroup[];
  /** The stance ids in the order the panel lists them, which "Next stance" follows. */
  listed: string[];
  /** "14 stances from 13 actors" backing the actor, and opposing it, in this view. */
  backedBy: string;
  opposedBy: string;
}

/** elementId -> name of every node in the view. */
export function nodeNames(elements: Elements): Map<string, string> {
  return new Map(elements.nodes.map((n) => [n.data.id, n.data.label]));
}

/** The selected node or stance, when it is still in the view. */
export function selectedData(elements: Elements, selection: Selection | null): { node?: NodeData; edge?: EdgeData } {
  if (selection?.group === 'nodes') {
    const node = elements.nodes.find((n) => n.data.id === selection.id)?.data;
    return node ? { node } : {};
  }
  if (selection?.group === 'edges') {
    const edge = elements.edges.find((e) => e.data.id === selection.id)?.data;
    return edge ? { edge } : {};
  }
  return {};
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "14 stances from 13 actors": stances towards the node of one polarity, and how many actors take them. */
export function towardsCount(edges: readonly EdgeData[], nodeId: string, polarity: 1 | -1): string {
  const towards = edges.filter((e) => e.target === nodeId && e.polarity === polarity && e.source !== nodeId);
  const actors = new Set(towards.map((e) => e.source)).size;
  return `${plural(towards.length, 'stance', 'stances')} from ${plural(actors, 'actor', 'actors')}`;
}

/**
 * The stances taken by or towards `nodeId`, by type, then by the other actor's name: the same
 * order on every load (the graph's own order varies), so the countries recognising Guaidó come
 * together, one after another with "Next stance".
 */
export function actorStances(edges: readonly EdgeData[], nodeId: string, names: ReadonlyMap<string, string>): EdgeData[] {
  const other = (e: EdgeData) => names.get(e.source === nodeId ? e.target : e.source) ?? '';
  return edges.filter((e) => e.source === nodeId || e.target === nodeId).sort((a, b) => a.type.localeCompare(b.type) || other(a).localeCompare(other(b)));
}

/** The stances in POLARITY_ORDER groups, each keeping the order given; empty groups left out. */
export function groupByPolarity(stances: readonly EdgeData[]): StanceGroup[] {
  return POLARITY_ORDER.map((polarity) => ({ polarity, stances: stances.filter((e) => e.polarity === polarity) })).filter((g) => g.stances.length > 0);
}

/** Everything the panel's actor view lists for `node`. */
export function actorView(elements: Elements, nodeId: string, names: ReadonlyMap<string, string>): ActorView {
  const edges = elements.edges.map((e) => e.data);
  const stances = actorStances(edges, nodeId, names);
  const groups = groupByPolarity(stances);
  return {
    stances,
    groups,
    listed: groups.flatMap((g) => g.stances.map((e) => e.id)),
    backedBy: towardsCount(edges, nodeId, 1),
    opposedBy: towardsCount(edges, nodeId, -1),
  };
}
