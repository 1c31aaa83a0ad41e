/** Under the editor: Run, "Connect result nodes", the shortcut hint, and why completion is missing if it is. */
import styles from '@/components/console/console.module.css';

interface Props {
  running: boolean;
  onRun: () => void;
  connect: boolean;
  onConnect: (connect: boolean) => void;
  /** Why autocompletion is unavailable, or null. */
  warning: string | null;
}

export default function RunBar({ running, onRun, connect, onConnect, warning }: Props) {
  return (
    <div className={styles.runBar}>
      <button type="button" className={styles.runButton} onClick={onRun} disabled={running} aria-busy={running}>
        {running ? 'Running…' : 'Run'}
      </button>
      <label className={styles.toggle} title="Also draw the relationships between the nodes of the result, as Neo4j Browser does (one extra read); they appear in the graph, not in the rows">
        <input type="checkbox" checked={connect} onChange={(e) => onConnect(e.target.checked)} data-testid="connect-toggle" />
        Connect result nodes
      </label>
      <span className={styles.hint}>
        <kbd>Ctrl</kbd>/<kbd>⌘</kbd> + <kbd>Enter</kbd> runs · queries only read the graph
      </span>
      {warning && <span className={styles.warning}>{warning}</span>}
    </div>
  );
}
