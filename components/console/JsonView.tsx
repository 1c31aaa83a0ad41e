/** The JSON view: the rows exactly as the API answered them. */
import { useMemo } from 'react';
import type { Json } from '@/graph/model/graphJson';
import { toJsonText } from '@/components/console/resultMapping';
import styles from '@/components/console/console.module.css';

export default function JsonView({ rows }: { rows: Record<string, Json>[] }) {
  const text = useMemo(() => toJsonText(rows), [rows]);
  return (
    <pre className={styles.json} tabIndex={0} aria-label="Result rows as JSON">
      {text}
    </pre>
  );
}
