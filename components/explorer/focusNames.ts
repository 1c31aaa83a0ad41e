/**
 * What the page calls its focus actors (title, questions, share and export titles): their names
 * as drawn, or, for an actor not drawn (yet, or filtered out), its id spaced and capitalised.
 */
import type { Elements } from '@/graph/model/elements';
import type { ViewState } from '@/components/explorer/viewState';
import { nodeKey } from '@/components/explorer/answers';
import { questionText } from '@/components/share/frozenAnswer';

export function humanise(key: string): string {
  return key.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
}

/** Actor id (URL key) -> name, for the actors drawn. */
export function actorNames(elements: Elements): ReadonlyMap<string, string> {
  return new Map(elements.nodes.map((n) => [nodeKey(n.data), n.data.label]));
}

export interface FocusNames {
  /** Names of focus[0] and focus[1], null when there is no such actor. */
  first: string | null;
  second: string | null;
  /** The question this view answers, frozen with its sentence when the view is shared. */
  question: string | null;
}

export function focusNames(view: Pick<ViewState, 'focus' | 'ask'>, names: ReadonlyMap<string, string>): FocusNames {
  const nameOf = (key: string | undefined) => (key === undefined ? null : (names.get(key) ?? humanise(key)));
  const first = nameOf(view.focus[0]);
  const second = nameOf(view.focus[1]);
  return { first, second, question: questionText(view.ask, first, second) };
}
