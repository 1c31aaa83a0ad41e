/**
 * Snapshots stay immutable while the graph is edited: the data set fingerprint covers every data
 * set, moves on with each browser change, and a snapshot's "changed since" notice turns on.
 */
import { recordsToGraph } from '@/graph/db/boltMappings';
import { closeDriver, transactions } from '@/graph/db/driver';
import { editStance } from '@/graph/edit/stances';
import { toElements } from '@/graph/model/elements';
import { sourceLookup } from '@/graph/views/sources';
import { loadDataset } from '@/graph/datasets/load';
import { createSnapshot, currentDatasetVersion, getSnapshot, SnapshotInput } from '@/graph/snapshots/store';
import { crisisA } from '@/tests/support/extraDatasets';
import { EDIT_DATASET, editDataset } from '@/tests/support/editData';

const { read } = transactions('test');

describe('snapshots and browser edits', () => {
  beforeAll(async () => {
    await loadDataset(editDataset(), { reset: true });
  });
  afterAll(async () => {
    await closeDriver();
  });

  it('fingerprints every data set, not only the first', async () => {
    const one = await currentDatasetVersion();
    const stored = await read(async (tx) => (await tx.run('MATCH (d:Dataset) RETURN d.version AS v')).records[0]?.get('v'));
    expect(one).toBe(stored);
    await loadDataset(crisisA);
    const two = await currentDatasetVersion();
    expect(two).not.toBe(one);
    expect(two).toMatch(/^[0-9a-f]{16}$/);
  });

  it('turns the "changed since" notice on after an edit elsewhere in the data', async () => {
    const records = await read(async (tx) => (await tx.run("MATCH (m:Actor {id: 'nicolas-maduro'})-[s]-(o) RETURN m, s, o")).records);
    const graph = recordsToGraph(records).graph;
    // With each quote's source resolved, as a snapshot freezes it from the database.
    const cited = graph.relationships.flatMap((r) => (Array.isArray(r.properties.sourceIds) ? (r.properties.sourceIds as string[]) : []));
    const elements = toElements(graph, await read((tx) => sourceLookup(tx, [...new Set(cited)])));
    const input = SnapshotInput.parse({
      title: 'Maduro',
      origin: { kind: 'explorer', view: { focus: 'nicolas-maduro' } },
      elements: { ...elements, nodes: elements.nodes.map((n, i) => ({ ...n, position: { x: i * 10, y: 0 } })) },
      viewport: { zoom: 1, pan: { x: 0, y: 0 } },
      layout: 'preset',
      styleVersion: 'test',
    });
    const { id } = await createSnapshot(input);
    expect((await getSnapshot(id)).changes).toEqual({ changed: false, reasons: [] });
    // A stance that is not in the snapshot: only the data set version can tell.
    await editStance(EDIT_DATASET, 'us--sanctions--pdvsa', { version: 0, note: 'Sanctions on oil.' }, 'alice');
    const { snapshot, changes } = await getSnapshot(id);
    expect(changes.changed).toBe(true);
    expect(changes.reasons).toContain('The data has been edited or reloaded with different content since.');
    expect(snapshot.elements.edges).toEqual(input.elements.edges);
  });
});
