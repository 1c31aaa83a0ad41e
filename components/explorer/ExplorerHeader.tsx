/**
 * The explorer's header: the title, the actor search, the one-click questions about the focus,
 * the way back to the whole graph, the Analysis toggle and the links out (console, sign-in).
 */
import Link from 'next/link';
import type { ViewState } from '@/components/explorer/viewState';
import { ask, connectWith, focusOn, toggleAnalysis, wholeGraph, type ExplorerAction, type Transition } from '@/components/explorer/explorerActions';
import type { AnswerFocus } from '@/components/explorer/useAnswerFocus';
import SearchBox from '@/components/explorer/SearchBox';
import Questions from '@/components/explorer/Questions';
import EditorBar from '@/components/auth/EditorBar';
import styles from '@/components/explorer/explorer.module.css';

export interface ExplorerHeaderProps {
  view: ViewState;
  /** Names of focus[0] and focus[1], when there are such actors. */
  first: string | null;
  second: string | null;
  dispatch: (action: ExplorerAction) => Transition | null;
  /** Where keyboard focus goes after a question is asked or the Analysis panel opened. */
  focus: AnswerFocus;
}

export default function ExplorerHeader({ view, first, second, dispatch, focus }: ExplorerHeaderProps) {
  return (
    <header className={styles.header}>
      <h1 className={styles.title}>Stance Graph</h1>
      <SearchBox label="Find an actor or topic" placeholder="Find an actor or topic, e.g. Maduro" testId="actor-search" onPick={(hit) => dispatch(focusOn(hit.id))} />
      <Questions
        first={first}
        second={second}
        asked={view.ask}
        onAsk={(question) => {
          focus.toAnswer(question !== undefined);
          dispatch(ask(question));
        }}
        onConnectWith={(hit) => {
          // Only when it asks: connecting an actor with itself changes nothing.
          if (dispatch(connectWith(hit.id))?.patch) focus.toAnswer(true);
        }}
      />
      {view.focus.length > 0 ? (
        <button type="button" className={styles.linkButton} onClick={() => dispatch(wholeGraph())}>
          Whole graph
        </button>
      ) : null}
      <button
        type="button"
        className={styles.linkButton}
        aria-pressed={view.analysis}
        onClick={() => {
          focus.toAnalysis(!view.analysis);
          dispatch(toggleAnalysis());
        }}
        data-testid="analysis-toggle"
      >
        Analysis
      </button>
      <Link href="/query" className={styles.linkButton}>
        Cypher console
      </Link>
      <EditorBar />
    </header>
  );
}
