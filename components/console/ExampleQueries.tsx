/** The library of example queries about the data set; choosing one loads it and runs it. */
import type { ExampleQuery } from '@/graph/console/consoleTypes';
import styles from '@/components/console/console.module.css';

interface Props {
  examples: readonly ExampleQuery[];
  onChoose: (example: ExampleQuery) => void;
}

export default function ExampleQueries({ examples, onChoose }: Props) {
  return (
    <section className={styles.sideSection} aria-labelledby="console-examples-title">
      <div className={styles.sideHeader}>
        <h2 id="console-examples-title">Example queries</h2>
      </div>
      <ul className={styles.sideList}>
        {examples.map((example) => (
          <li key={example.id}>
            <button type="button" className={styles.sideItem} onClick={() => onChoose(example)} data-example={example.id}>
              <strong>{example.title}</strong>
              <span className={styles.hint}>{example.description}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
