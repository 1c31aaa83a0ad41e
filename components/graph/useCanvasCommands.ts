/**
 * The live canvas for a page: pass `onReady` to GraphCanvas, then use the instance (for export,
 * share, analysis) and the commands (canvasCommands.ts). Each command does nothing before the
 * canvas has loaded, since cytoscape arrives after the first render.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type cytoscape from 'cytoscape';
import type { NodeData } from '@/graph/model/elements';
import { fitView, selectedActors, selectedNodeCount, subscribeToSelection, togglePin, zoomBy } from '@/components/graph/canvasCommands';

export interface CanvasCommands {
  /** The instance, null until the canvas has loaded and after it goes away. */
  cy: cytoscape.Core | null;
  onReady: (cy: cytoscape.Core | null) => void;
  /** How many nodes are selected, kept current (the toolbar's Expand, Hide and Pin need one). */
  selectedNodes: number;
  fit: () => void;
  zoom: (factor: number) => void;
  pin: () => void;
  selectedActors: () => NodeData[];
}

export function useCanvasCommands(): CanvasCommands {
  const [cy, setCy] = useState<cytoscape.Core | null>(null);
  // Counted on selection events only: a selector query over thousands of nodes on every render would cost more.
  const [selectedNodes, setSelectedNodes] = useState(0);
  const onReady = useCallback((instance: cytoscape.Core | null) => {
    setCy(instance);
    setSelectedNodes(0);
  }, []);
  useEffect(() => subscribeToSelection(cy, () => setSelectedNodes(selectedNodeCount(cy))), [cy]);
  const commands = useMemo(
    () => ({
      fit: () => cy && fitView(cy),
      zoom: (factor: number) => cy && zoomBy(cy, factor),
      pin: () => cy && togglePin(cy),
      selectedActors: () => (cy ? selectedActors(cy) : []),
    }),
    [cy],
  );
  return { cy, onReady, selectedNodes, ...commands };
}
