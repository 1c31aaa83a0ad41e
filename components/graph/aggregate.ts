/**
 * Levels of detail for large views (issue #16): above `maxElements`, the explorer draws the most
 * connected actors one by one and gathers the rest into groups ("+412 more backers of Nicolás
 * Maduro"), with one bundle edge per pair of drawn ends and polarity (either direction) in place
 * of the stances between them. A group is one click from its members (`expanded` draws them again), and the
 * stance list, details and exports keep working on the real elements: only the canvas is lighter.
 *
 * Pure: elements in, elements out, no cytoscape. Group and bundle ids start with `LOD_PREFIX`,
 * which no Neo4j elementId does, and stay the same when a group is expanded (they are worked
 * out from the view before expansions), so an expanded group can be folded again.
 */
import type { EdgeData, Elements, NodeData } from '@/graph/model/elements';

export const LOD_DEFAULTS = {
  /** Views up to this many nodes and edges are drawn whole: 7,000 draw in ~1.3 s (docs/benchmarks.md). */
  maxElements: 7_000,
  /** Actors are kept, most connected first, until they and the stances among them reach this many elements. */
  budget: 2_500,
  /** Groups are named after the most connected drawn actors only, so there are few groups (and bundles); the rest are grouped by kind. */
  anchors: 10,
};
export type LodOptions = typeof LOD_DEFAULTS;

export const LOD_PREFIX = 'lod:';
/** The `kind` of a group node, which the stylesheet draws as a group. */
export const LOD_GROUP_KIND = 'lod-group';
export const isAggregate = (id: string): boolean => id.startsWith(LOD_PREFIX);

/** How a group's members relate to the actor they are grouped under. */
export type GroupRelation = 'backers' | 'opponents' | 'linked';

export interface ActorGroup {
  id: string;
  /** "+412 more backers of Nicolás Maduro", "+37 more states". */
  label: string;
  /** The drawn actor the members are grouped under (node id), or null for a group by kind. */
  anchor: string | null;
  relation: GroupRelation | null;
  /** The node ids of the members, most connected first. */
  members: string[];
  expanded: boolean;
  /** Stances of the members not drawn while the group is folded: among themselves, or with drawn actors other than the anchors. */
  undrawn: number;
}

export interface LevelOfDetail {
  /** What the canvas draws: the input itself when it is small enough. */
  elements: Elements;
  groups: ActorGroup[];
  /** Actors and stances of the view drawn inside groups and bundles rather than one by one. */
  hiddenNodes: number;
  hiddenEdges: number;
}

const KIND_PLURALS: Record<string, string> = {
  state: 'states', person: 'people', bloc: 'blocs', armed_force: 'armed forces', institution: 'institutions',
  organisation: 'organisations', group: 'groups', company: 'companies', topic: 'topics',
};
const plural = (kind: string) => KIND_PLURALS[kind] ?? `${kind.replace(/_/g, ' ')} nodes`;

type Degrees = ReadonlyMap<string, number>;
/** Most connected first, then by id, so every run draws the same view. */
const byDegree = (degree: Degrees) => (a: string, b: string) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);

/** Keeps the most connected nodes (and `keep`) while they and the edges among them fit the budget. */
function keptNodes(elements: Elements, degree: Map<string, number>, neighbours: Map<string, string[]>, keep: ReadonlySet<string>, budget: number): Set<string> {
  const kept = new Set<string>();
  let size = 0;
  const add = (id: string) => {
    if (kept.has(id)) return;
    size += 1 + (neighbours.get(id) ?? []).filter((n) => kept.has(n)).length;
    kept.add(id);
  };
  for (const id of keep) if (degree.has(id)) add(id);
  const ranked = elements.nodes.map((n) => n.data.id).sort(byDegree(degree));
  for (const id of ranked) {
    if (size >= budget) break;
    add(id);
  }
  return kept;
}

/** Bits of `GroupLink.out`: the node takes a positive (1) or a negative (2) stance towards the anchor. */
const BACKS = 1;
const OPPOSES = 2;

/** The group of a node not kept: under its most linked anchor (how it stands towards it), else by kind. */
function groupKey(node: NodeData, edges: readonly EdgeData[], anchors: ReadonlySet<string>, degree: Map<string, number>): { key: string; anchor: string | null; relation: GroupRelation | null } {
  // Plain counters and bit flags, not a Set per link: this runs for every actor a large view groups.
  const links = new Map<string, { count: number; out: number }>();
  for (const e of edges) {
    const other = e.source === node.id ? e.target : e.source;
    if (!anchors.has(other)) continue;
    let link = links.get(other);
    if (!link) links.set(other, (link = { count: 0, out: 0 }));
    link.count += 1;
    if (e.source === node.id) link.out |= e.polarity === 1 ? BACKS : e.polarity === -1 ? OPPOSES : 0;
  }
  let anchor: string | null = null;
  let best = { count: 0, out: 0 };
  for (const [id, link] of links) {
    if (link.count > best.count || (link.count === best.count && anchor !== null && (degree.get(id) ?? 0) > (degree.get(anchor) ?? 0))) {
      anchor = id;
      best = link;
    }
  }
  if (anchor === null) return { key: `${LOD_PREFIX}kind:${node.kind}`, anchor: null, relation: null };
  // A backer takes a positive stance towards the anchor and no negative one; an opponent the reverse.
  const relation: GroupRelation = best.out === BACKS ? 'backers' : best.out === OPPOSES ? 'opponents' : 'linked';
  return { key: `${LOD_PREFIX}${relation}:${anchor}`, anchor, relation };
}

function groupLabel(count: number, relation: GroupRelation | null, anchorLabel: string, kind: string): string {
  const more = `+${count.toLocaleString('en')} more`;
  if (relation === null) return `${more} ${plural(kind)}`;
  if (relation === 'linked') return `${more} linked to ${anchorLabel}`;
  return `${more} ${relation === 'backers' ? 'backers' : 'opponents'} of ${anchorLabel}`;
}

/** The view to draw: whole when small, else the most connected actors and groups of the rest. */
export function levelOfDetail(elements: Elements, expanded: ReadonlySet<string> = new Set(), keep: ReadonlySet<string> = new Set(), options: LodOptions = LOD_DEFAULTS): LevelOfDetail {
  if (elements.nodes.length + elements.edges.length <= options.maxElements) return { elements, groups: [], hiddenNodes: 0, hiddenEdges: 0 };
  const degree = new Map<string, number>(elements.nodes.map((n) => [n.data.id, 0]));
  const neighbours = new Map<string, string[]>();
  const edgesOf = new Map<string, EdgeData[]>();
  const link = (end: string, other: string, e: EdgeData) => {
    degree.set(end, (degree.get(end) ?? 0) + 1);
    const list = neighbours.get(end);
    if (list) list.push(other);
    else neighbours.set(end, [other]);
    const own = edgesOf.get(end);
    if (own) own.push(e);
    else edgesOf.set(end, [e]);
  };
  for (const { data: e } of elements.edges) {
    link(e.source, e.target, e);
    link(e.target, e.source, e);
  }
  const kept = keptNodes(elements, degree, neighbours, keep, options.budget);
  const labels = new Map(elements.nodes.map((n) => [n.data.id, n.data.label]));
  const anchors = new Set([...kept].sort(byDegree(degree)).slice(0, options.anchors));

  const groups = new Map<string, ActorGroup>();
  const kinds = new Map<string, string>();
  const groupOf = new Map<string, string>();
  for (const { data: node } of elements.nodes) {
    if (kept.has(node.id)) continue;
    const { key, anchor, relation } = groupKey(node, edgesOf.get(node.id) ?? [], anchors, degree);
    const group = groups.get(key) ?? { id: key, label: '', anchor, relation, members: [], expanded: expanded.has(key), undrawn: 0 };
    kinds.set(key, node.kind);
    group.members.push(node.id);
    groups.set(key, group);
    groupOf.set(node.id, key);
  }
  // Drawn end of each node: itself, or its folded group.
  const drawnEnd = (id: string) => {
    const group = groupOf.get(id);
    return group && !expanded.has(group) ? group : id;
  };

  const nodes: Elements['nodes'] = [];
  for (const group of groups.values()) {
    group.members.sort(byDegree(degree));
    group.label = groupLabel(group.members.length, group.relation, labels.get(group.anchor ?? '') ?? '', kinds.get(group.id) ?? '');
  }
  for (const n of elements.nodes) if (drawnEnd(n.data.id) === n.data.id) nodes.push(n);
  const bundles = new Map<string, { source: string; target: string; polarity: EdgeData['polarity']; stances: number }>();
  const edges: Elements['edges'] = [];
  let hiddenEdges = 0;
  for (const edge of elements.edges) {
    const source = drawnEnd(edge.data.source);
    const target = drawnEnd(edge.data.target);
    if (source === edge.data.source && target === edge.data.target) {
      edges.push(edge);
      continue;
    }
    hiddenEdges += 1;
    // Stances among the members of one group are inside it; those between a group and a drawn actor
    // other than an anchor are left out of the canvas (bundles to every drawn actor would cost as much
    // as the stances themselves): the group counts them, and expanding it draws them.
    const sourceFolded = source !== edge.data.source;
    const targetFolded = target !== edge.data.target;
    const loose = (sourceFolded && !targetFolded && !anchors.has(target)) || (targetFolded && !sourceFolded && !anchors.has(source));
    if (source === target || loose) {
      if (sourceFolded) groups.get(source)!.undrawn += 1;
      if (targetFolded && target !== source) groups.get(target)!.undrawn += 1;
      continue;
    }
    // One bundle per pair of drawn ends and polarity, whichever way each stance points: large views
    // draw no arrows, and a bundle per direction cost a third more lines (bench:ui).
    const [lo, hi] = source < target ? [source, target] : [target, source];
    const id = `${LOD_PREFIX}${lo}~${hi}:${edge.data.polarity}`;
    const bundle = bundles.get(id);
    if (bundle) bundle.stances += 1;
    else bundles.set(id, { source: lo, target: hi, polarity: edge.data.polarity, stances: 1 });
  }
  for (const [id, b] of bundles) {
    const label = `${b.stances} ${b.stances === 1 ? 'stance' : 'stances'}`;
    // No evidence of its own: a bundle stands for stances, whose evidence is one click away (expand the group).
    edges.push({ data: { id, source: b.source, target: b.target, type: 'BUNDLE', label, polarity: b.polarity, evidenceCount: 0, sourceCount: 0, properties: { stances: b.stances } } });
  }
  let hiddenNodes = 0;
  for (const group of groups.values()) {
    if (group.expanded) continue;
    hiddenNodes += group.members.length;
    nodes.push({ data: { id: group.id, label: group.label, labels: ['Group'], kind: LOD_GROUP_KIND, backers: 0, opponents: 0, properties: { members: group.members.length } } });
  }
  const list = [...groups.values()].sort((a, b) => b.members.length - a.members.length || (a.id < b.id ? -1 : 1));
  return { elements: { nodes, edges }, groups: list, hiddenNodes, hiddenEdges };
}
