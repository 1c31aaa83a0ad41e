/**
 * What picking a tie, an actor or a stance in the Analysis column does to the view, pure so it
 * is tested without a browser: a stance or actor already drawn is selected in place; a tie or
 * actor outside the drawn view is brought into focus first, so its evidence opens either way.
 */
import type { Elements } from '@/graph/model/elements';
import type { SignedTie } from '@/graph/analysis/analysisTypes';
import type { ViewState } from '@/components/explorer/viewState';

/** Whether the drawn view holds the stance with this id (edges carry it as `properties.id`). */
export function drawsStance(elements: Elements, stanceId: string): boolean {
  return elements.edges.some((e) => e.data.properties.id === stanceId);
}

export function drawsActor(elements: Elements, actorId: string): boolean {
  return elements.nodes.some((n) => n.data.key === actorId);
}

/** The view change that selects a tie's first stance, bringing its actors into focus when it is not drawn. */
export function selectTie(view: ViewState, elements: Elements, tie: SignedTie): Partial<ViewState> {
  const stance = tie.stanceIds[0];
  if (!stance) return {};
  const selected = { group: 'edges' as const, key: stance };
  if (drawsStance(elements, stance)) return { selected };
  return { focus: [tie.a, tie.b], expanded: [], hidden: [], ask: undefined, selected };
}

export function selectActor(view: ViewState, elements: Elements, actorId: string): Partial<ViewState> {
  const selected = { group: 'nodes' as const, key: actorId };
  if (drawsActor(elements, actorId)) return { selected };
  return { focus: [actorId], expanded: [], hidden: [], ask: undefined, selected };
}

/** The view change that selects a stance the timeline lists; only a stance on the map can be selected in place. */
export function selectStance(elements: Elements, stanceId: string): Partial<ViewState> {
  return drawsStance(elements, stanceId) ? { selected: { group: 'edges', key: stanceId } } : {};
}
