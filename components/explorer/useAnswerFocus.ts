/**
 * Keyboard focus that follows a button to what it opened: a question asked from its button hands
 * focus to its answer once it is drawn (answerFocus.ts), and opening the Analysis panel hands it
 * to the panel, drawn at the end of the page. Only after those buttons: a view loaded from the
 * address, or changed by anything else, leaves focus where it is.
 */
import { useEffect, useRef } from 'react';
import type { Selection } from '@/components/graph/GraphCanvas';
import type { Question } from '@/components/explorer/viewState';
import { moveFocusToAnswer, type AnswerKind } from '@/components/explorer/answerFocus';

export interface AnswerFocusInput {
  ready: boolean;
  ask: Question | undefined;
  analysisOpen: boolean;
  selection: Selection | null;
  focusIds: readonly string[];
}

export interface AnswerFocus {
  /** Call with true when a button asks a question: focus moves to the answer once drawn. */
  toAnswer: (on: boolean) => void;
  /** Call with true when a button opens the Analysis panel. */
  toAnalysis: (on: boolean) => void;
}

export function useAnswerFocus({ ready, ask, analysisOpen, selection, focusIds }: AnswerFocusInput): AnswerFocus {
  const focusAnswer = useRef(false);
  const focusAnalysis = useRef(false);
  // The details panel answers a backers/opponents question when it shows the focus actor.
  const answerKind: AnswerKind = ask === 'paths' ? 'chains' : selection?.group === 'nodes' && selection.id === focusIds[0] ? 'actor' : 'sentence';
  useEffect(() => {
    if (!focusAnswer.current || !ready || !ask) return;
    focusAnswer.current = false;
    moveFocusToAnswer(answerKind);
  }, [ready, ask, answerKind]);
  useEffect(() => {
    if (!focusAnalysis.current || !analysisOpen) return;
    focusAnalysis.current = false;
    document.getElementById('analysis-title')?.focus();
  }, [analysisOpen]);
  return {
    toAnswer: (on) => {
      focusAnswer.current = on;
    },
    toAnalysis: (on) => {
      focusAnalysis.current = on;
    },
  };
}
