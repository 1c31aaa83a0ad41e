/**
 * The table view: columns as returned, one row per record. Nodes are coloured chips (the colour
 * of their kind or label in the graph view), relationships `[:TYPE]`, paths a chain of chips,
 * lists and maps written out so nested values stay readable.
 */
import type { ReactNode } from 'react';
import type { Json } from '@/graph/model/graphJson';
import type { Elements } from '@/graph/model/elements';
import { kindColour } from '@/components/graph/style';
import { toTable, type Cell, type NodeChip } from '@/components/console/resultMapping';
import styles from '@/components/console/console.module.css';

interface Props {
  columns: string[];
  rows: Record<string, Json>[];
  /** The result's graph elements: a chip takes its node's kind (and so its colour) from them. */
  elements: Elements;
}

function Chip({ node, kinds }: { node: NodeChip; kinds: ReadonlyMap<string, string> }) {
  const kind = kinds.get(node.elementId) ?? node.labels[0] ?? 'node';
  return (
    <span className={styles.chip} style={{ background: kindColour(kind) }} title={`${node.labels.map((l) => `:${l}`).join('')} ${node.elementId}`}>
      {node.caption}
    </span>
  );
}

function CellView({ cell, kinds }: { cell: Cell; kinds: ReadonlyMap<string, string> }): ReactNode {
  switch (cell.kind) {
    case 'null':
      return <span className={styles.nullValue}>null</span>;
    case 'scalar':
      return <span className={cell.numeric ? styles.number : undefined}>{cell.text}</span>;
    case 'node':
      return <Chip node={cell.node} kinds={kinds} />;
    case 'relationship':
      return <span className={styles.relType}>[:{cell.type}]</span>;
    case 'path':
      return (
        <span className={styles.path}>
          {cell.nodes.map((node, i) => (
            <span key={`${node.elementId}-${i}`}>
              {i > 0 && <span className={styles.relType}>–[:{cell.types[i - 1]}]–</span>}
              <Chip node={node} kinds={kinds} />
            </span>
          ))}
        </span>
      );
    case 'list':
      return cell.items.length === 0 ? (
        <span className={styles.nullValue}>[ ]</span>
      ) : (
        <ul className={styles.list}>
          {cell.items.map((item, i) => (
            <li key={i}>
              <CellView cell={item} kinds={kinds} />
            </li>
          ))}
        </ul>
      );
    case 'map':
      return (
        <dl className={styles.map}>
          {cell.entries.map(([key, value]) => (
            <div key={key}>
              <dt>{key}</dt>
              <dd>
                <CellView cell={value} kinds={kinds} />
              </dd>
            </div>
          ))}
        </dl>
      );
  }
}

export default function ResultTable({ columns, rows, elements }: Props) {
  if (rows.length === 0) return <p className={styles.empty}>The query ran and returned no rows.</p>;
  const kinds = new Map(elements.nodes.map((n) => [n.data.id, n.data.kind]));
  const table = toTable(columns, rows);
  return (
    <div className={styles.tableWrap} tabIndex={0} aria-label="Result rows">
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col" className={styles.rowNumber}>#</th>
            {columns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.map((cells, r) => (
            <tr key={r}>
              <td className={styles.rowNumber}>{r + 1}</td>
              {cells.map((cell, c) => (
                <td key={columns[c] ?? c}>
                  <CellView cell={cell} kinds={kinds} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
