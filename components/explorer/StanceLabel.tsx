/** A stance as the explorer's lists show it: its polarity sign, then the sentence its evidence allows. */
import { polaritySign } from '@/components/graph/style';
import { stanceSentence, type SentenceInput } from '@/components/stanceSentence';
import styles from '@/components/explorer/explorer.module.css';

export function StanceLabel({ edge, names }: { edge: SentenceInput; names: ReadonlyMap<string, string> }) {
  return (
    <>
      <span aria-hidden className={edge.polarity > 0 ? styles.signBacks : edge.polarity < 0 ? styles.signOpposes : styles.signNeutral}>
        {polaritySign(edge.polarity)}
      </span>{' '}
      {stanceSentence(edge, names)}
    </>
  );
}
