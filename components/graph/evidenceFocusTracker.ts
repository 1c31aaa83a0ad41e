/**
 * Holds the evidence-focus state (evidenceFocus.ts) for a page and does the DOM work around its
 * pure transitions. The stance list and the details panel are siblings on the explorer page, so
 * they share one tracker through a context: by default one per browser page (the context's
 * default value), and a provider can give a subtree, or a test, its own.
 */
import { createContext, useContext } from 'react';
import {
  clearedOrigin,
  evidenceHeadingId,
  nextStance,
  NO_EVIDENCE_FOCUS,
  opened,
  originOf,
  returnedToStance,
  steppedTo,
  take,
  type EvidenceFocusState,
  type EvidenceOrigin,
  type PendingFocus,
} from '@/components/graph/evidenceFocus';

export class EvidenceFocusTracker {
  private state: EvidenceFocusState = NO_EVIDENCE_FOCUS;

  /** Called as a stance is opened: its evidence takes focus once the panel shows it. */
  open(edgeId: string, from: EvidenceOrigin, sequence: readonly string[] = []): void {
    this.state = opened(this.state, edgeId, from, sequence);
    // The stance may be shown already (opened again): the panel does not re-render then, so focus it here.
    requestAnimationFrame(() => {
      const heading = document.getElementById(evidenceHeadingId(edgeId));
      if (heading && this.take('evidence', edgeId)) heading.focus();
    });
  }

  /** True once for the stance that should take the `which` focus now. */
  take(which: PendingFocus, edgeId: string): boolean {
    const result = take(this.state, which, edgeId);
    this.state = result.state;
    return result.take;
  }

  originOf(edgeId: string): EvidenceOrigin | null {
    return originOf(this.state, edgeId);
  }

  returnToStance(edgeId: string): void {
    this.state = returnedToStance(this.state, edgeId);
  }

  nextStance(edgeId: string): string | null {
    return nextStance(this.state, edgeId);
  }

  stepTo(edgeId: string): void {
    // Back from the next stance of a list returns to that stance's own button, when the list shows it.
    const listButton = this.state.origin?.from.kind === 'list' ? document.querySelector<HTMLElement>(`[data-stance-list-button="${CSS.escape(edgeId)}"]`) : null;
    this.state = steppedTo(this.state, edgeId, listButton);
  }

  clearOrigin(): void {
    this.state = clearedOrigin(this.state);
  }
}

export const EvidenceFocusContext = createContext(new EvidenceFocusTracker());

/** The tracker the stance list and the details panel hand focus over through. */
export function useEvidenceFocus(): EvidenceFocusTracker {
  return useContext(EvidenceFocusContext);
}
