/**
 * The cytoscape canvas every graph view uses (explorer, snapshots, console results). Client-only:
 * cytoscape and fcose are imported inside an effect, so the server never loads them. Elements
 * are synced by id (added, removed, updated) rather than rebuilt, so an expand keeps the places
 * of what was already on screen.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type cytoscape from 'cytoscape';
import type { Elements } from '@/graph/model/elements';
import { buildStylesheet, isLargeGraph, STYLE_DEFAULTS } from '@/components/graph/style';
import type { LayoutName } from '@/components/graph/layouts';
import { canvasOptions, layOutView, refitOnResize, seedNewPositions, syncElements } from '@/components/graph/canvas';
import { applyViewport } from '@/components/graph/frame';
import NodeTooltip from '@/components/graph/NodeTooltip';
import { exposeForTests } from '@/components/graph/testHook';
import type { Viewport as SavedViewport } from '@/graph/snapshots/snapshotTypes';

export type { LayoutName } from '@/components/graph/layouts';

export interface Selection {
  group: 'nodes' | 'edges';
  id: string;
}
/** A saved viewport (graph/snapshots/snapshotTypes.ts): with a frame, the frame is fitted into this canvas (frame.ts). */
export type Viewport = SavedViewport;
export interface GraphCanvasProps {
  elements: Elements;
  layout: LayoutName;
  /** elementIds: highlighted; camps/concentric centre on them. */
  focusIds?: string[];
  selection?: Selection | null;
  onSelect?: (selection: Selection | null) => void;
  /** Double-click / double-tap on a node. */
  onExpand?: (nodeId: string) => void;
  /** Applied after a 'preset' layout (snapshots). */
  viewport?: Viewport;
  /** Actor id (node `key`) -> camp, from the analysis: the camps layout draws these camps. */
  camps?: ReadonlyMap<string, number> | null;
  /** The live cytoscape instance (null when it goes away), for export, positions, pin and hide. */
  onReady?: (cy: cytoscape.Core | null) => void;
  className?: string;
}

type Cytoscape = typeof cytoscape;
let loading: Promise<Cytoscape> | null = null;

/** Loads cytoscape and registers fcose once per page, however many canvases mount. */
function loadCytoscape(): Promise<Cytoscape> {
  loading ??= Promise.all([import('cytoscape'), import('cytoscape-fcose')]).then(([cy, fcose]) => {
    const lib = cy.default;
    // Registering twice throws in some versions; the module-level promise guards against it.
    lib.use(fcose.default);
    return lib;
  });
  return loading;
}

function structureKey(elements: Elements): string {
  return `${elements.nodes.map((n) => n.data.id).join('|')}#${elements.edges.map((e) => e.data.id).join('|')}`;
}

export default function GraphCanvas(props: GraphCanvasProps) {
  const { elements, layout, focusIds, selection, className } = props;
  const container = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<cytoscape.Core | null>(null);
  /** The view (structure, layout, focus) whose layout has finished; data-ready compares it with the current one. */
  const [drawn, setDrawn] = useState<string | null>(null);
  const callbacks = useRef(props);
  useEffect(() => {
    callbacks.current = props;
  });
  const large = isLargeGraph({ nodes: elements.nodes.length, edges: elements.edges.length });
  const crowded = elements.nodes.length > STYLE_DEFAULTS.crowdedNodes;
  /** The view last laid out (as `viewKey` below) and its layout, which decides whether an expand lays out incrementally. */
  const shown = useRef<{ view: string; layout: LayoutName }>({ view: '', layout: 'preset' });

  // One cytoscape instance per mount and renderer mode: renderer options cannot change later.
  useEffect(() => {
    let cancelled = false;
    let instance: cytoscape.Core | null = null;
    let stopRefitting = () => {};
    void loadCytoscape().then((lib) => {
      if (cancelled || !container.current) return;
      instance = lib(canvasOptions(container.current, large, buildStylesheet({ nodes: 0, edges: 0 })));
      stopRefitting = refitOnResize(instance, container.current);
      shown.current = { view: '', layout: callbacks.current.layout };
      instance.on('tap', (event) => {
        const target = event.target as cytoscape.Core | cytoscape.SingularElementArgument;
        if (target === instance) callbacks.current.onSelect?.(null);
        else {
          const ele = target as cytoscape.SingularElementArgument;
          callbacks.current.onSelect?.({ group: ele.isNode() ? 'nodes' : 'edges', id: ele.id() });
        }
      });
      instance.on('dbltap', 'node', (event) => callbacks.current.onExpand?.((event.target as cytoscape.NodeSingular).id()));
      instance.on('mouseover', 'node, edge', (event) => (event.target as cytoscape.SingularElementArgument).addClass('hover'));
      instance.on('mouseout', 'node, edge', (event) => (event.target as cytoscape.SingularElementArgument).removeClass('hover'));
      // window.__cy for end-to-end tests and bench scripts, in builds made for them only (testHook.ts).
      exposeForTests(instance, window);
      setCy(instance);
      callbacks.current.onReady?.(instance);
    });
    return () => {
      cancelled = true;
      stopRefitting();
      callbacks.current.onReady?.(null);
      instance?.destroy();
      setCy(null);
      setDrawn(null);
    };
  }, [large]);

  // When the renderer mode changes, the commit whose cleanup destroys the old instance still runs
  // the effects below with it (setCy(null) lands a render later): each skips a destroyed one.
  useEffect(() => {
    if (cy && !cy.destroyed()) cy.style(buildStylesheet({ nodes: elements.nodes.length, edges: elements.edges.length }));
  }, [cy, large, crowded, elements.nodes.length, elements.edges.length]);

  const focusKey = (focusIds ?? []).join('|');
  const key = useMemo(() => structureKey(elements), [elements]);
  // Derived during render, so a new layout or focus reads as not ready before any effect has run.
  // The camps layout is laid out again when the partition arrives or changes; other layouts ignore it.
  const campsByNode = useMemo(() => {
    if (layout !== 'camps' || !props.camps) return null;
    const byNode = new Map<string, number>();
    for (const n of elements.nodes) {
      const camp = n.data.key === undefined ? undefined : props.camps.get(n.data.key);
      if (camp !== undefined) byNode.set(n.data.id, camp);
    }
    return byNode;
  }, [layout, props.camps, elements]);
  const campsKey = campsByNode ? [...campsByNode].map(([id, camp]) => `${id}=${camp}`).join(',') : '';
  const viewKey = `${key}#${layout}#${focusKey}#${campsKey}`;

  // Elements, focus and layout: sync, then lay out again only when structure or layout changed.
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    const before = shown.current;
    const hadNodes = cy.nodes().length > 0;
    const { focusIds: focus = [], viewport } = callbacks.current;
    const added = syncElements(cy, elements, layout === 'preset');
    cy.nodes().removeClass('focus');
    for (const id of focus) cy.getElementById(id).addClass('focus');
    if (before.view === viewKey) {
      setDrawn(viewKey);
      return;
    }
    const incremental = layout === 'fcose' && before.layout === layout && hadNodes && added.length > 0 && added.length < elements.nodes.length;
    if (incremental) seedNewPositions(cy, added);
    shown.current = { view: viewKey, layout };
    void layOutView(cy, layout, { elements, focusIds: focus, large, incremental, ...(campsByNode ? { camps: campsByNode } : {}) }).then(() => {
      // A layout that finishes after a newer one started must not mark the newer view as drawn.
      if (shown.current.view !== viewKey) return;
      if (layout === 'preset' && viewport) applyViewport(cy, viewport);
      setDrawn(viewKey);
    });
  }, [cy, viewKey, elements, layout, large, campsByNode]);

  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    const current = cy.$(':selected');
    if (selection && current.length === 1 && current.first().id() === selection.id) return;
    cy.batch(() => {
      current.unselect();
      if (selection) cy.getElementById(selection.id).select();
    });
  }, [cy, selection, key]);

  return (
    <>
      <div
        ref={container}
        className={className}
        data-testid="graph-canvas"
        data-ready={cy && drawn === viewKey ? 'true' : 'false'}
        data-nodes={elements.nodes.length}
        data-edges={elements.edges.length}
        role="img"
        aria-label={`Graph of ${elements.nodes.length} nodes and ${elements.edges.length} relationships. Use the list of stances for keyboard access.`}
        style={{ width: '100%', height: '100%', minHeight: 240, position: 'relative' }}
      />
      <NodeTooltip cy={cy} selectedId={selection?.group === 'nodes' ? selection.id : null} />
    </>
  );
}
