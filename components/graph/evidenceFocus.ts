/**
 * Where keyboard focus goes when a stance is opened from a list, and where "Back" returns it:
 * Enter on a stance (in the details panel's actor view or in the stance list) moves focus to
 * that stance's evidence, and going back puts it on the stance it came from. Pure transitions of
 * an `EvidenceFocusState` that the caller holds (evidenceFocusTracker.ts), so each step is
 * testable without a page and two pages (or tests) never share a hand-over by accident.
 */

/** Where a stance was opened from: a button that stays on the page, or an actor's stance in the panel (re-rendered on return). */
export type EvidenceOrigin = { kind: 'list'; element: HTMLElement } | { kind: 'panel'; nodeId: string; nodeLabel: string; edgeId: string };

export interface EvidenceFocusState {
  /** The stance whose evidence heading takes focus once the panel shows it. */
  evidence: string | null;
  /** The actor-view stance button that takes focus when the panel shows the actor again. */
  stance: string | null;
  /** The stance reached with "Next stance", whose panel keeps focus on that button. */
  next: string | null;
  /** The stance shown, where it was opened from, and `sequence`: the stance ids of that list in its order ("Next stance" walks it). */
  origin: { edgeId: string; from: EvidenceOrigin; sequence: readonly string[] } | null;
}

/** Nothing opened yet. */
export const NO_EVIDENCE_FOCUS: EvidenceFocusState = { evidence: null, stance: null, next: null, origin: null };

/** Which focus hand-over a `take` asks about. */
export type PendingFocus = 'evidence' | 'stance' | 'next';

/** The id of the heading of a stance's evidence in the panel. */
export function evidenceHeadingId(edgeId: string): string {
  return `evidence-${edgeId}`;
}

/** A stance is opened: its evidence takes focus once shown, and Back leads to `from`. */
export function opened(state: EvidenceFocusState, edgeId: string, from: EvidenceOrigin, sequence: readonly string[] = []): EvidenceFocusState {
  return { ...state, evidence: edgeId, origin: { edgeId, from, sequence } };
}

/** Whether `edgeId` should take the `which` focus now, and the state after: each hand-over happens once. */
export function take(state: EvidenceFocusState, which: PendingFocus, edgeId: string): { state: EvidenceFocusState; take: boolean } {
  if (state[which] !== edgeId) return { state, take: false };
  return { state: { ...state, [which]: null }, take: true };
}

/** Where "Back" goes from this stance's evidence, if it was opened from a list still on the page. */
export function originOf(state: EvidenceFocusState, edgeId: string): EvidenceOrigin | null {
  const origin = state.origin;
  if (!origin || origin.edgeId !== edgeId) return null;
  if (origin.from.kind === 'list' && !origin.from.element.isConnected) return null;
  return origin.from;
}

/** Going back: the panel's actor view then focuses the stance button it was left from. */
export function returnedToStance(state: EvidenceFocusState, edgeId: string): EvidenceFocusState {
  return { ...state, stance: edgeId, origin: null };
}

/** The stance after this one in the list it was opened from, if there is one. */
export function nextStance(state: EvidenceFocusState, edgeId: string): string | null {
  const origin = state.origin;
  if (!origin || origin.edgeId !== edgeId) return null;
  const at = origin.sequence.indexOf(edgeId);
  return at < 0 ? null : (origin.sequence[at + 1] ?? null);
}

/**
 * "Next stance": the next stance of the same list is shown, "Next stance" keeps focus (so Enter
 * walks the list, one key a stance), and Back returns to the stance now shown: for a list, to
 * `listButton` (that stance's own button, when the caller found it) or else the button it was opened from.
 */
export function steppedTo(state: EvidenceFocusState, edgeId: string, listButton: HTMLElement | null): EvidenceFocusState {
  const origin = state.origin;
  if (!origin) return state;
  const { from, sequence } = origin;
  const next: EvidenceOrigin = from.kind === 'panel' ? { ...from, edgeId } : { kind: 'list', element: listButton ?? from.element };
  return { ...state, origin: { edgeId, sequence, from: next }, next: edgeId };
}

/** Forgets the origin (after a return to a list button). */
export function clearedOrigin(state: EvidenceFocusState): EvidenceFocusState {
  return { ...state, origin: null };
}
