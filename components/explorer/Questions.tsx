/**
 * One-click questions about the focus: "Who backs X?", "Who opposes X?" and "How are A and B
 * connected?" (B from the second focus actor, or picked here with its own search box).
 */
import type { ActorHit } from '@/graph/views/viewTypes';
import type { Question } from '@/components/explorer/viewState';
import SearchBox from '@/components/explorer/SearchBox';
import styles from '@/components/explorer/explorer.module.css';

export interface QuestionsProps {
  /** Names of focus[0] and focus[1], when there are such actors. */
  first: string | null;
  second: string | null;
  asked: Question | undefined;
  onAsk: (question: Question | undefined) => void;
  /** Picks B for "How are A and B connected?" and asks it. */
  onConnectWith: (hit: ActorHit) => void;
}

export default function Questions({ first, second, asked, onAsk, onConnectWith }: QuestionsProps) {
  if (!first) return <p className={styles.hint}>Search for an actor to focus on, then ask who backs or opposes it.</p>;
  const button = (question: Question, text: string) => (
    <button type="button" className={asked === question ? styles.questionActive : styles.question} aria-pressed={asked === question} onClick={() => onAsk(asked === question ? undefined : question)}>
      {text}
    </button>
  );
  return (
    <div className={styles.questions} role="group" aria-label="Questions">
      {button('backers', `Who backs ${first}?`)}
      {button('opponents', `Who opposes ${first}?`)}
      {second ? (
        button('paths', `How are ${first} and ${second} connected?`)
      ) : (
        <span className={styles.connect}>
          <span>How are {first} and</span>
          <SearchBox label="Connected with…" placeholder="another actor…" testId="connect-search" onPick={onConnectWith} />
          <span>connected?</span>
        </span>
      )}
    </div>
  );
}
