/**
 * Reading a file the user picked (a snapshot as the API returns it or as saved, or any
 * Cytoscape.js JSON) into something the read-only viewer can show, with zod naming what is wrong.
 */
import { z } from 'zod';
import type { Elements } from '@/graph/model/elements';
import { formatIssues } from '@/graph/model/schema';
import { LayoutName, SnapshotInput, type Selection, type SnapshotAnswer, type Viewport } from '@/graph/snapshots/snapshotTypes';
import { CytoscapeJson, fromCytoscapeJson } from '@/components/export/cytoscapeJson';

export interface ImportedView {
  kind: 'snapshot' | 'cytoscape';
  title: string;
  note?: string;
  elements: Elements;
  layout: z.infer<typeof LayoutName>;
  viewport?: Viewport;
  selection: Selection | null;
  focusIds: string[];
  answer?: SnapshotAnswer;
}

export type ImportResult = { ok: true; view: ImportedView } | { ok: false; error: string };

const LooseSnapshot = SnapshotInput.loose();

function problems(error: z.ZodError, what: string): ImportResult {
  return { ok: false, error: `This is not a valid ${what}: ${formatIssues(error.issues).slice(0, 5).join('; ')}` };
}

/** Parses the text of a .json/.cyjs file; snapshots keep their layout, viewport, selection and note. */
export function parseImportedFile(text: string, fileName: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `${fileName} is not JSON: ${(error as Error).message}` };
  }
  if (raw === null || typeof raw !== 'object') return { ok: false, error: `${fileName} holds no graph (expected a JSON object).` };
  // The API answers {snapshot, changes}; a saved snapshot file is the snapshot itself.
  const candidate = 'snapshot' in raw ? (raw as { snapshot: unknown }).snapshot : raw;
  if (candidate !== null && typeof candidate === 'object' && 'origin' in candidate && 'viewport' in candidate) {
    const parsed = LooseSnapshot.safeParse(candidate);
    if (!parsed.success) return problems(parsed.error, 'snapshot file');
    const s = parsed.data;
    return { ok: true, view: { kind: 'snapshot', title: s.title, ...(s.note ? { note: s.note } : {}), elements: s.elements, layout: 'preset', viewport: s.viewport, selection: s.selection, focusIds: s.focusIds, ...(s.answer ? { answer: s.answer } : {}) } };
  }
  const doc = CytoscapeJson.safeParse(raw);
  if (!doc.success) return problems(doc.error, 'Cytoscape.js JSON file (expected {elements: {nodes: [...], edges: [...]}})');
  let elements: Elements;
  try {
    elements = fromCytoscapeJson(doc.data);
  } catch (error) {
    return error instanceof z.ZodError ? problems(error, 'Cytoscape.js JSON file') : { ok: false, error: String(error) };
  }
  const positioned = elements.nodes.length > 0 && elements.nodes.every((n) => n.position);
  const name = doc.data.data?.name;
  return { ok: true, view: { kind: 'cytoscape', title: typeof name === 'string' ? name : fileName, elements, layout: positioned ? 'preset' : 'fcose', selection: null, focusIds: [] } };
}
