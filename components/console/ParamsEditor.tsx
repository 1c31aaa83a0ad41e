/**
 * The parameters editor: a JSON object whose keys answer the query's `$names`. Says at once when
 * the JSON is invalid or a `$name` the query uses has no value.
 */
import { parseParamsText } from '@/components/console/consoleState';
import styles from '@/components/console/console.module.css';

interface Props {
  text: string;
  onChange: (text: string) => void;
  /** `$names` the query uses that the params do not give. */
  missing: string[];
}

export default function ParamsEditor({ text, onChange, missing }: Props) {
  const parsed = parseParamsText(text);
  const problem = !parsed.ok ? parsed.error : missing.length > 0 ? `The query uses ${missing.map((m) => `$${m}`).join(', ')} but the parameters do not give ${missing.length === 1 ? 'it' : 'them'}.` : null;
  return (
    <div className={styles.params}>
      <label htmlFor="console-params" className={styles.paramsLabel}>
        Parameters <span className={styles.hint}>JSON object, e.g. {'{"id": "nicolas-maduro"}'} for $id</span>
      </label>
      <textarea
        id="console-params"
        className={styles.paramsText}
        value={text}
        onChange={(e) => onChange(e.target.value)}
        spellCheck={false}
        rows={Math.min(8, Math.max(2, text.split('\n').length))}
        placeholder="{}"
        aria-invalid={!parsed.ok}
        aria-describedby={problem ? 'console-params-problem' : undefined}
      />
      {problem && (
        <p id="console-params-problem" className={parsed.ok ? styles.warning : styles.fieldError} role={parsed.ok ? undefined : 'alert'}>
          {problem}
        </p>
      )}
    </div>
  );
}
