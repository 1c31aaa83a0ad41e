import { parseImportedFile } from '@/components/export/importFile';
import { toCytoscapeJson } from '@/components/export/cytoscapeJson';
import { seedElements } from '@/components/export/__fixtures__/elements';
import type { Snapshot } from '@/graph/snapshots/snapshotTypes';

describe('components/export/importFile', () => {
  const elements = seedElements();
  const snapshot: Snapshot = {
    id: 'abcdefghijklmnopqrstuvwx',
    title: 'Imported view',
    note: 'A note',
    origin: { kind: 'console', query: 'MATCH (n) RETURN n', params: {} },
    elements,
    viewport: { zoom: 0.8, pan: { x: 3, y: 4 } },
    layout: 'camps',
    selection: { group: 'nodes', id: elements.nodes[2]!.data.id },
    focusIds: [elements.nodes[0]!.data.id],
    styleVersion: 's1',
    datasetVersion: null,
    createdAt: new Date(0).toISOString(),
  };

  it('reads a snapshot file, or the API answer around it, with its viewport, selection and note, laid out as saved', () => {
    for (const text of [JSON.stringify(snapshot), JSON.stringify({ snapshot, changes: { changed: false, reasons: [] } })]) {
      const result = parseImportedFile(text, 'view.json');
      expect(result).toEqual({ ok: true, view: { kind: 'snapshot', title: 'Imported view', note: 'A note', elements, layout: 'preset', viewport: snapshot.viewport, selection: snapshot.selection, focusIds: snapshot.focusIds } });
    }
  });

  it('reads a Cytoscape.js JSON export back into the same elements', () => {
    const result = parseImportedFile(JSON.stringify(toCytoscapeJson(elements, undefined, 'From cyjs')), 'x.cyjs');
    expect(result.ok && result.view).toMatchObject({ kind: 'cytoscape', title: 'From cyjs', layout: 'preset', elements });
  });

  it('reads a minimal foreign cytoscape file with defaults', () => {
    const result = parseImportedFile(JSON.stringify({ elements: { nodes: [{ data: { id: 'a', name: 'A' } }, { data: { id: 'b' } }], edges: [{ data: { id: 'e', source: 'a', target: 'b', interaction: 'pp' } }] } }), 'g.json');
    expect(result.ok && result.view.layout).toBe('fcose');
    expect(result.ok && result.view.elements.nodes.map((n) => n.data.label)).toEqual(['A', 'b']);
    expect(result.ok && result.view.elements.edges[0]?.data.type).toBe('pp');
  });

  it('names what is wrong: not JSON, no elements, a bad snapshot field with its path', () => {
    expect(parseImportedFile('{', 'a.json')).toMatchObject({ ok: false, error: expect.stringContaining('a.json is not JSON') });
    expect(parseImportedFile('{"nodes": []}', 'b.json')).toMatchObject({ ok: false, error: expect.stringContaining('elements') });
    const bad = JSON.parse(JSON.stringify(snapshot));
    bad.viewport.zoom = -1;
    expect(parseImportedFile(JSON.stringify(bad), 'c.json')).toMatchObject({ ok: false, error: expect.stringContaining('viewport.zoom') });
  });
});
