/**
 * The explorer's canvas with what is drawn over it: the loading note, the error with its retry,
 * and (as children) the empty view. data-status and data-url say which view the canvas shows, so
 * the end-to-end tests can tell a stale "ready" from the view they asked for.
 */
import dynamic from 'next/dynamic';
import type { ReactNode } from 'react';
import type { GraphCanvasProps } from '@/components/graph/GraphCanvas';
import type { ExplorerData } from '@/components/explorer/useExplorerData';
import styles from '@/components/explorer/explorer.module.css';

// cytoscape touches `window` when it loads: the canvas is rendered in the browser only.
const GraphCanvas = dynamic(() => import('@/components/graph/GraphCanvas'), { ssr: false, loading: () => <p className={styles.overlay}>Loading the graph view…</p> });

export interface ExplorerCanvasProps {
  status: ExplorerData['status'];
  error: string | null;
  /** The address shown (router.asPath). */
  url: string;
  onRetry: () => void;
  canvas: Omit<GraphCanvasProps, 'className'>;
  children?: ReactNode;
}

export default function ExplorerCanvas({ status, error, url, onRetry, canvas, children }: ExplorerCanvasProps) {
  return (
    <div className={styles.canvasWrap} data-testid="canvas-area" data-status={status} data-url={url}>
      <GraphCanvas {...canvas} className={styles.canvas} />
      {status === 'loading' ? (
        <p className={styles.overlay} role="status">
          Loading…
        </p>
      ) : null}
      {status === 'error' ? (
        <div className={styles.error} role="alert" data-testid="error">
          <strong>Could not load the graph.</strong> {error}
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        </div>
      ) : null}
      {children}
    </div>
  );
}
