/**
 * Where keyboard focus goes when a question's answer is drawn. The answer is read in the details
 * column, which comes after the filters and the toolbar on the page: without this, a keyboard
 * user asking "Who backs Guaidó?" Tabbed some thirty times to reach the first backer.
 * - 'actor': the details panel shows the focus actor: its name, then (Tab) its stances, the answer's first;
 * - 'chains': the first group of chains ("How are A and B connected?"), then (Tab) its steps;
 * - 'sentence': the answer's sentence, read out as it takes focus.
 */
export type AnswerKind = 'actor' | 'chains' | 'sentence';

const TARGETS: Record<AnswerKind, string> = {
  actor: '[data-testid=details-title]',
  chains: '[data-testid=chain-group] > summary',
  sentence: '[data-testid=summary]',
};

export function moveFocusToAnswer(kind: AnswerKind): void {
  const target = document.querySelector<HTMLElement>(TARGETS[kind]) ?? document.querySelector<HTMLElement>(TARGETS.sentence);
  target?.focus();
}
