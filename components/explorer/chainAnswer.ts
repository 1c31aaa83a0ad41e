/**
 * The answer to "How are A and B connected?" in words: how many chains of stances link them,
 * how many of each length and sign ("the enemy of my enemy"), and the shortest spelled out. Pure.
 */
import type { Elements } from '@/graph/model/elements';
import type { ChainGroup, PathView } from '@/graph/views/viewTypes';
import { signWords } from '@/graph/model/chains';
import { stanceVerb } from '@/components/stanceSentence';

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** One chain step by step: "Russia accuses United States; Guaidó is opposed by …", each stance read in its own direction. */
export function chainText(elements: Elements, path: Pick<PathView, 'nodeIds' | 'edgeIds'>): string {
  const names = new Map(elements.nodes.map((n) => [n.data.id, n.data.label]));
  const edges = new Map(elements.edges.map((e) => [e.data.id, e.data]));
  return path.edgeIds
    .map((id, i) => {
      const edge = edges.get(id);
      const from = names.get(path.nodeIds[i] ?? '') ?? '?';
      const to = names.get(path.nodeIds[i + 1] ?? '') ?? '?';
      if (!edge) return `${from} – ${to}`;
      // A step walked against the stance's direction still reads as the stance was taken; the verb
      // agrees with its polarity (docs/sentences.md): a neutral step never reads "supports".
      const { words, lean } = stanceVerb(edge.type, edge.polarity);
      const verb = lean ? `${words} (${lean})` : words;
      return edge.source === path.nodeIds[i] ? `${from} ${verb} ${to}` : `${to} ${verb} ${from}`;
    })
    .join('; ');
}

/** "46 of 3 steps (41 setting them against each other, 5 through a neutral tie)". */
function groupsOfLength(length: number, groups: readonly ChainGroup[]): string {
  const mine = groups.filter((g) => g.length === length);
  const total = mine.reduce((sum, g) => sum + g.count, 0);
  return `${total} of ${plural(length, 'step')} (${mine.map((g) => `${g.count} ${signWords(g.sign)}`).join(', ')})`;
}

export interface ChainAnswer {
  elements: Elements;
  paths: readonly PathView[];
  groups: readonly ChainGroup[];
  truncated: boolean;
  fromName: string;
  toName: string;
  maxSteps: number;
  /** The chains are made only of stances passing the explorer's filters. */
  filtered?: boolean;
}

/**
 * The sentence: "Russia and United States are linked by 55 chains of up to 3 stances: 1 of 1 step
 * (1 setting them against each other); 8 of 2 steps (…); 46 of 3 steps (…). The shortest: Russia
 * accuses United States." When the answer was capped it says the counts are of the shortest chains only.
 */
export function summariseChains({ elements, paths, groups, truncated, fromName, toName, maxSteps, filtered = false }: ChainAnswer): string {
  const stances = filtered ? 'stances passing the filters' : 'stances';
  if (paths.length === 0) return `No chain of ${stances} links ${fromName} and ${toName} within ${plural(maxSteps, 'step')}.`;
  const lengths = [...new Set(groups.map((g) => g.length))].sort((a, b) => a - b);
  const shortest = paths.reduce((best, p) => (p.length < best.length ? p : best));
  const count = truncated ? `more than ${paths.length} chains` : plural(paths.length, 'chain');
  const listed = truncated ? ` The ${paths.length} shortest are listed:` : ':';
  const head = `${fromName} and ${toName} are linked by ${count} of up to ${plural(maxSteps, 'stance')}${filtered ? ' passing the filters' : ''}${truncated ? '.' : ''}`;
  return `${head}${listed} ${lengths.map((l) => groupsOfLength(l, groups)).join('; ')}. The shortest (${plural(shortest.length, 'step')}): ${chainText(elements, shortest)}.`;
}
