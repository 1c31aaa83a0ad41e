/**
 * Pure transforms between what the API sends and what the explorer shows: the answer to a
 * one-click question cut from a neighbourhood, hidden actors removed, backer/opponent counts
 * recomputed for what remains, URL keys mapped to elementIds and back, and the one-line summary.
 */
import type { EdgeData, Elements, NodeData } from '@/graph/model/elements';
import type { Selection } from '@/components/graph/GraphCanvas';
import type { Question, SelectedRef } from '@/components/explorer/viewState';

/** The id a node has in the URL: its actor id, else its elementId. */
export function nodeKey(node: NodeData): string {
  return node.key ?? node.id;
}

/** The id an edge has in the URL: its stance id, else its elementId. */
export function edgeKey(edge: EdgeData): string {
  return typeof edge.properties.id === 'string' ? edge.properties.id : edge.id;
}

export function toSelection(elements: Elements, ref: SelectedRef | undefined): Selection | null {
  if (!ref) return null;
  if (ref.group === 'nodes') {
    const node = elements.nodes.find((n) => nodeKey(n.data) === ref.key || n.data.id === ref.key);
    return node ? { group: 'nodes', id: node.data.id } : null;
  }
  const edge = elements.edges.find((e) => edgeKey(e.data) === ref.key || e.data.id === ref.key);
  return edge ? { group: 'edges', id: edge.data.id } : null;
}

export function toRef(elements: Elements, selection: Selection | null): SelectedRef | undefined {
  if (!selection) return undefined;
  if (selection.group === 'nodes') {
    const node = elements.nodes.find((n) => n.data.id === selection.id);
    return node ? { group: 'nodes', key: nodeKey(node.data) } : undefined;
  }
  const edge = elements.edges.find((e) => e.data.id === selection.id);
  return edge ? { group: 'edges', key: edgeKey(edge.data) } : undefined;
}

/** elementIds of the nodes whose URL keys are given, in the order given. */
export function elementIdsFor(elements: Elements, keys: readonly string[]): string[] {
  const byKey = new Map(elements.nodes.map((n) => [nodeKey(n.data), n.data.id]));
  return keys.flatMap((k) => byKey.get(k) ?? []);
}

/** Backers and opponents recounted within `elements`, as toElements counts them. */
export function recount(elements: Elements): Elements {
  const backers = new Map<string, number>();
  const opponents = new Map<string, number>();
  for (const { data } of elements.edges) {
    const counts = data.polarity === 1 ? backers : data.polarity === -1 ? opponents : undefined;
    counts?.set(data.target, (counts.get(data.target) ?? 0) + 1);
  }
  return {
    nodes: elements.nodes.map((n) => ({ ...n, data: { ...n.data, backers: backers.get(n.data.id) ?? 0, opponents: opponents.get(n.data.id) ?? 0 } })),
    edges: elements.edges,
  };
}

/** Nodes kept by `keep` and the edges between kept nodes. */
function keepNodes(elements: Elements, keep: (node: NodeData) => boolean): Elements {
  const nodes = elements.nodes.filter((n) => keep(n.data));
  const ids = new Set(nodes.map((n) => n.data.id));
  return { nodes, edges: elements.edges.filter((e) => ids.has(e.data.source) && ids.has(e.data.target)) };
}

export function withoutHidden(elements: Elements, hiddenKeys: readonly string[]): Elements {
  if (hiddenKeys.length === 0) return elements;
  const hidden = new Set(hiddenKeys);
  return keepNodes(elements, (n) => !hidden.has(nodeKey(n)));
}

/** "Who backs X?" / "Who opposes X?": only the stances of that polarity towards X, and who takes them. */
export function answerAbout(elements: Elements, question: Exclude<Question, 'paths'>, targetId: string): Elements {
  const polarity = question === 'backers' ? 1 : -1;
  const edges = elements.edges.filter((e) => e.data.target === targetId && e.data.polarity === polarity && e.data.source !== targetId);
  const ids = new Set([targetId, ...edges.map((e) => e.data.source)]);
  return { nodes: elements.nodes.filter((n) => ids.has(n.data.id)), edges };
}

/** "A, B and C": names in reading order. */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * How sure the answer is that an actor takes the side: "claimed" or "alleged" when every stance
 * it takes towards the target is, none when one at least is stated or reported.
 */
function hedgeOf(edges: readonly EdgeData[]): string | undefined {
  if (edges.some((e) => e.certainty !== 'claimed' && e.certainty !== 'alleged')) return undefined;
  return edges.some((e) => e.certainty === 'alleged') ? 'alleged' : 'claimed';
}

/**
 * The one-line summary of a backers/opponents answer: how many actors (the target not counted),
 * each named, "(claimed)" or "(alleged)" after those only claimed or alleged to, and how many
 * stances they take (an actor may take several), so the counts elsewhere can be told apart.
 */
export function summariseStances(answer: Elements, question: Exclude<Question, 'paths'>, targetId: string): string {
  const target = answer.nodes.find((n) => n.data.id === targetId)?.data.label ?? 'this actor';
  const bySource = new Map<string, EdgeData[]>();
  for (const { data } of answer.edges) bySource.set(data.source, [...(bySource.get(data.source) ?? []), data]);
  const names = [...bySource]
    .map(([id, edges]) => {
      const name = answer.nodes.find((n) => n.data.id === id)?.data.label ?? id;
      const hedge = hedgeOf(edges);
      return { name, text: hedge ? `${name} (${hedge})` : name };
    })
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((n) => n.text);
  const verb = question === 'backers' ? ['backs', 'back'] : ['opposes', 'oppose'];
  if (names.length === 0) return `No actor ${verb[0]} ${target} in the data with the current filters.`;
  const who = names.length === 1 ? '1 actor' : `${names.length} actors`;
  const stances = answer.edges.length === 1 ? '1 stance' : `${answer.edges.length} stances`;
  return `${who} ${names.length === 1 ? verb[0] : verb[1]} ${target}: ${joinNames(names)}; ${stances} in all.`;
}

/** Earliest and latest stance dates in a view, for the date-range inputs. */
export function dateBounds(elements: Elements): { min: string; max: string } | null {
  let min: string | undefined;
  let max: string | undefined;
  for (const { data } of elements.edges) {
    for (const date of [data.date, data.until]) {
      if (!date) continue;
      if (!min || date < min) min = date;
      if (!max || date > max) max = date;
    }
  }
  return min && max ? { min, max } : null;
}
