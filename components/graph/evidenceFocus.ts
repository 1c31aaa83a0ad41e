/**
 * Where keyboard focus goes when a stance is opened from a list, and where "Back" returns it:
 * Enter on a stance (in the details panel's actor view or in the stance list) moves focus to
 * that stance's evidence, and going back puts it on the stance it came from. The stance list and
 * the details panel are siblings on the page, so the hand-over lives here, in the browser only.
 */

/** Where a stance was opened from: a button that stays on the page, or an actor's stance in the panel (re-rendered on return). */
export type EvidenceOrigin = { kind: 'list'; element: HTMLElement } | { kind: 'panel'; nodeId: string; nodeLabel: string; edgeId: string };

let pendingEvidence: string | null = null;
let pendingStance: string | null = null;
let pendingNext: string | null = null;
/** `sequence`: the stance ids of the list it was opened from, in its order ("Next stance" walks it). */
let origin: { edgeId: string; from: EvidenceOrigin; sequence: readonly string[] } | null = null;

/** Called as a stance is opened: its evidence takes focus once the panel shows it. */
export function openEvidence(edgeId: string, from: EvidenceOrigin, sequence: readonly string[] = []): void {
  pendingEvidence = edgeId;
  origin = { edgeId, from, sequence };
  // The stance may be shown already (opened again): the panel does not re-render then, so focus it here.
  requestAnimationFrame(() => {
    const heading = document.getElementById(evidenceHeadingId(edgeId));
    if (heading && takeEvidenceFocus(edgeId)) heading.focus();
  });
}

/** The id of the heading of a stance's evidence in the panel. */
export function evidenceHeadingId(edgeId: string): string {
  return `evidence-${edgeId}`;
}

/** True once for the stance whose evidence should take focus now. */
export function takeEvidenceFocus(edgeId: string): boolean {
  if (pendingEvidence !== edgeId) return false;
  pendingEvidence = null;
  return true;
}

/** Where "Back" goes from this stance's evidence, if it was opened from a list. */
export function originOf(edgeId: string): EvidenceOrigin | null {
  if (!origin || origin.edgeId !== edgeId) return null;
  if (origin.from.kind === 'list' && !origin.from.element.isConnected) return null;
  return origin.from;
}

/** Going back: the panel's actor view then focuses the stance button it was left from. */
export function returnToStance(edgeId: string): void {
  pendingStance = edgeId;
  origin = null;
}

/** True once for the actor-view stance button that should take focus now. */
export function takeStanceFocus(edgeId: string): boolean {
  if (pendingStance !== edgeId) return false;
  pendingStance = null;
  return true;
}

/** The stance after this one in the list it was opened from, if there is one. */
export function nextStance(edgeId: string): string | null {
  if (!origin || origin.edgeId !== edgeId) return null;
  const at = origin.sequence.indexOf(edgeId);
  return at < 0 ? null : (origin.sequence[at + 1] ?? null);
}

/**
 * "Next stance": the next stance of the same list is shown, "Next stance" keeps focus (so Enter
 * walks the list, one key a stance), and Back returns to the stance now shown.
 */
export function stepTo(edgeId: string): void {
  if (!origin) return;
  const { from, sequence } = origin;
  const listButton = from.kind === 'list' ? document.querySelector<HTMLElement>(`[data-stance-list-button="${CSS.escape(edgeId)}"]`) : null;
  origin = { edgeId, sequence, from: from.kind === 'panel' ? { ...from, edgeId } : { kind: 'list', element: listButton ?? from.element } };
  pendingNext = edgeId;
}

/** True once for the stance reached with "Next stance", whose panel then keeps focus on that button. */
export function takeNextFocus(edgeId: string): boolean {
  if (pendingNext !== edgeId) return false;
  pendingNext = null;
  return true;
}

/** Forgets the origin (after a return to a list button). */
export function clearOrigin(): void {
  origin = null;
}
