/**
 * Canvas controls: layout, fit, zoom, and actions on the selected actors (expand, hide, pin),
 * plus undo of the last expand or hide. Every action is a real button, reachable by keyboard.
 */
import type { ReactNode } from 'react';
import type { LayoutName } from '@/components/graph/GraphCanvas';
import { LAYOUTS } from '@/components/graph/layouts';
import styles from '@/components/explorer/explorer.module.css';

type ChoosableLayout = Exclude<LayoutName, 'preset'>;

export interface ToolbarProps {
  layout: ChoosableLayout;
  onLayout: (layout: ChoosableLayout) => void;
  onFit: () => void;
  onZoom: (factor: number) => void;
  /** Whether an actor is selected (expand, hide and pin act on it). */
  hasSelection: boolean;
  onExpand: () => void;
  onHide: () => void;
  onPin: () => void;
  canUndo: boolean;
  onUndo: () => void;
  hiddenCount: number;
  onShowHidden: () => void;
  /** Share and export controls, placed at the end of the toolbar. */
  actions?: ReactNode;
}

export default function Toolbar(props: ToolbarProps) {
  return (
    <div className={styles.toolbar} role="toolbar" aria-label="Graph controls">
      <label className={styles.toolbarLabel}>
        Layout{' '}
        <select data-testid="layout-select" value={props.layout} onChange={(event) => props.onLayout(event.target.value as ChoosableLayout)}>
          {LAYOUTS.map((l) => (
            <option key={l.name} value={l.name}>
              {l.label}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={props.onFit} title="Fit the graph to the window">
        Fit
      </button>
      <button type="button" onClick={() => props.onZoom(1.25)} aria-label="Zoom in" title="Zoom in">
        +
      </button>
      <button type="button" onClick={() => props.onZoom(0.8)} aria-label="Zoom out" title="Zoom out">
        −
      </button>
      <span className={styles.separator} aria-hidden />
      <button type="button" onClick={props.onExpand} disabled={!props.hasSelection} title="Show the selected actors' neighbours (or double-click an actor)">
        Expand
      </button>
      <button type="button" onClick={props.onHide} disabled={!props.hasSelection} title="Hide the selected actors (shift-drag to box-select several)">
        Hide
      </button>
      <button type="button" onClick={props.onPin} disabled={!props.hasSelection} title="Pin the selected actors in place, or unpin them">
        Pin / unpin
      </button>
      <button type="button" onClick={props.onUndo} disabled={!props.canUndo} title="Undo the last expand or hide">
        Undo
      </button>
      {props.hiddenCount > 0 ? (
        <button type="button" className={styles.linkButton} onClick={props.onShowHidden}>
          Show {props.hiddenCount} hidden
        </button>
      ) : null}
      {props.actions ? <span style={{ marginLeft: 'auto', display: 'flex', gap: 6, alignItems: 'center' }}>{props.actions}</span> : null}
    </div>
  );
}
