/**
 * What a snapshot keeps besides the drawing: the question the view answered with its sentence,
 * and the order its lists were in. Pure, so the share dialog and its tests use the same rules.
 */
import type { Elements } from '@/graph/model/elements';
import type { SnapshotAnswer } from '@/graph/snapshots/snapshotTypes';
import type { Question } from '@/components/explorer/viewState';

/** The question as the explorer's buttons ask it, or null when none is asked (or its actors are unknown). */
export function questionText(ask: Question | undefined, first: string | null, second: string | null): string | null {
  if (!ask || !first) return null;
  if (ask === 'backers') return `Who backs ${first}?`;
  if (ask === 'opponents') return `Who opposes ${first}?`;
  return second ? `How are ${first} and ${second} connected?` : null;
}

/** The answer to freeze: only when a question was asked and its sentence is known. */
export function answerToFreeze(question: string | null, sentence: string | null | undefined): SnapshotAnswer | undefined {
  const q = question?.trim();
  const a = sentence?.trim();
  return q && a ? { question: q, sentence: a } : undefined;
}

function byPosition<T extends { data: { id: string } }>(items: readonly T[], order: readonly { data: { id: string } }[]): T[] {
  const index = new Map(order.map((item, i) => [item.data.id, i]));
  // Elements the list does not hold (none, normally) go last, in the order the canvas had them.
  return items
    .map((item, i) => ({ item, rank: index.get(item.data.id) ?? order.length + i }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ item }) => item);
}

/**
 * The canvas's elements (with their positions) in the order the view's lists showed them: the
 * canvas holds elements in the order they were added, which after an expand or undo is not the
 * order of the stance list, and the snapshot's list must read as the view's did.
 */
export function inListOrder(frozen: Elements, order: Elements): Elements {
  return { nodes: byPosition(frozen.nodes, order.nodes), edges: byPosition(frozen.edges, order.edges) };
}
