/**
 * graph/edit/stances.ts and the audit trail against the real Neo4j: each write records its
 * change with before and after, and reverting it gives back exactly the graph it started from.
 */
import { closeDriver, transactions } from '@/graph/db/driver';
import { listChanges, revertChange } from '@/graph/edit/audit';
import { createStance, deleteStance, editStance } from '@/graph/edit/stances';
import { exportDataset } from '@/graph/export/exportDataset';
import { loadDataset } from '@/graph/datasets/load';
import { graphChecksum, graphCounts } from '@/tests/support/graphChecksum';
import { EDIT_DATASET, editDataset, place } from '@/tests/support/editData';

const { read, write } = transactions('test');

const dataset = EDIT_DATASET;

async function stanceProps(id: string) {
  return read(async (tx) => {
    const record = (await tx.run('MATCH (a)-[r {dataset: $dataset, id: $id}]->(b) RETURN a.id AS from, type(r) AS kind, b.id AS to, properties(r) AS props', { dataset, id })).records[0];
    return record ? { from: record.get('from'), kind: record.get('kind'), to: record.get('to'), props: record.get('props') as Record<string, unknown> } : null;
  });
}

describe('graph/edit/stances', () => {
  beforeAll(async () => {
    await loadDataset(editDataset(), { reset: true });
  });
  afterAll(async () => {
    await closeDriver();
  });

  it('creates a stance with the loader\'s properties, records it, and a revert removes it again', async () => {
    const start = await graphChecksum();
    const result = await createStance(
      { dataset, from: 'russia', to: 'fresh-elections', kind: 'OPPOSES', certainty: 'stated', evidence: { source: 'wire-article', ...place('Russia supports') } },
      'alice',
    );
    expect(result.change.action).toBe('stance.create');
    expect(result.value.id).toBe('russia--opposes--fresh-elections');
    const stored = await stanceProps(result.value.id);
    expect(stored?.kind).toBe('OPPOSES');
    expect(Object.keys(stored?.props ?? {}).sort()).toEqual(
      ['certainty', 'dataset', 'date', 'eventIds', 'id', 'polarity', 'quoteEnds', 'quoteStarts', 'quotes', 'sourceIds', 'version'].sort(),
    );
    expect(String(stored?.props.date)).toBe('2019-01-24');
    expect(Number(stored?.props.polarity)).toBe(-1);
    const { changes } = await listChanges({ limit: 5 });
    expect(changes[0]).toMatchObject({ id: result.change.id, editor: 'alice', action: 'stance.create', dataset, actorIds: ['russia'] });
    expect(changes[0]?.before?.[0]).toMatchObject({ type: 'stance', value: null });
    expect(changes[0]?.after?.[0]).toMatchObject({ type: 'stance', value: { quotes: ['Russia supports'], version: 1 } });
    expect(await graphChecksum()).not.toEqual(start);

    const revert = await revertChange(result.change.id, 'bob');
    expect(revert).toMatchObject({ action: 'revert', revertOf: result.change.id, editor: 'bob' });
    expect(await stanceProps(result.value.id)).toBeNull();
    expect(await graphChecksum()).toEqual(start);
    const again = await listChanges({ limit: 5 });
    expect(again.changes.find((c) => c.id === result.change.id)?.revertedBy).toBe(revert.id);
    await expect(revertChange(result.change.id, 'bob')).rejects.toMatchObject({ status: 409, code: 'AlreadyReverted' });
  });

  it('writes stances the export reads back like imported ones, with a slug id when the default one is taken', async () => {
    const start = await graphChecksum();
    // The default id of a us -> russia SUPPORTS stance, already held by a stance between two others.
    await write((tx) => tx.run(
      `MATCH (a:Actor {id: 'russia'}), (b:Actor {id: 'pdvsa'})
       CREATE (a)-[:SUPPORTS {id: 'us--supports--russia', dataset: $dataset, polarity: 1, date: date('2019-01-24'), certainty: 'stated',
                              quotes: ['Russia supports'], sourceIds: ['wire-article'], quoteStarts: [-1], quoteEnds: [-1], eventIds: ['']}]->(b)`,
      { dataset },
    ));
    const result = await createStance(
      { dataset, from: 'us', to: 'russia', kind: 'SUPPORTS', certainty: 'claimed', note: 'Verbatim <b>note</b>', evidence: { source: 'wire-article', ...place('Russia supports Nicolás Maduro') } },
      'alice',
    );
    expect(result.value.id).toBe('us-supports-russia-2');
    // The hand-made occupant is no valid data (its id is neither a slug nor its default): gone before exporting.
    await write((tx) => tx.run("MATCH ()-[r {id: 'us--supports--russia'}]->() DELETE r"));
    const exported = await exportDataset(dataset);
    const stance = exported.stances.find((s) => s.id === 'us-supports-russia-2');
    expect(stance).toMatchObject({ from: 'us', to: 'russia', kind: 'SUPPORTS', polarity: 1, certainty: 'claimed', note: 'Verbatim <b>note</b>', evidence: [{ source: 'wire-article', ...place('Russia supports Nicolás Maduro') }] });
    await revertChange(result.change.id, 'alice');
    expect(await graphChecksum()).toEqual(start);
  });

  it('adds a quote to the existing stance of the same from, to and kind; the revert takes it off', async () => {
    const start = await graphChecksum();
    const result = await createStance(
      { dataset, from: 'us', to: 'juan-guaido', kind: 'SUPPORTS', certainty: 'stated', evidence: { source: 'wire-article', ...place('as interim president') } },
      'alice',
    );
    expect(result.change.action).toBe('stance.evidence');
    expect(result.value.quotes).toEqual(['The US backs Juan Guaidó', 'as interim president']);
    expect(result.value.version).toBe(1);
    await revertChange(result.change.id, 'alice');
    expect(await graphChecksum()).toEqual(start);
  });

  it('edits and deletes with the version, 409 with the current values on a stale one, and reverts both', async () => {
    const start = await graphChecksum();
    const v = Number((await stanceProps('us--supports--juan-guaido'))?.props.version ?? 0);
    const edited = await editStance(dataset, 'us--supports--juan-guaido', { version: v, certainty: 'alleged', note: 'Checked.' }, 'alice');
    expect(edited.value).toMatchObject({ certainty: 'alleged', note: 'Checked.', version: v + 1 });
    await expect(editStance(dataset, 'us--supports--juan-guaido', { version: v, certainty: 'stated' }, 'bob')).rejects.toMatchObject({
      status: 409,
      code: 'EditConflict',
      details: { current: { certainty: 'alleged', version: v + 1 } },
    });
    // A new kind: the default id follows it (the export writes no id then; an explicit one must be a slug).
    const kindChange = await editStance(dataset, 'us--supports--juan-guaido', { version: v + 1, kind: 'PROTECTS' }, 'alice');
    expect(kindChange.value.id).toBe('us--protects--juan-guaido');
    expect(await stanceProps('us--supports--juan-guaido')).toBeNull();
    expect((await stanceProps('us--protects--juan-guaido'))?.kind).toBe('PROTECTS');
    expect((await exportDataset(dataset)).stances.find((st) => st.kind === 'PROTECTS')).toMatchObject({ from: 'us', to: 'juan-guaido' });
    expect((await exportDataset(dataset)).stances.find((st) => st.kind === 'PROTECTS')?.id).toBeUndefined();
    const deleted = await deleteStance(dataset, 'us--protects--juan-guaido', v + 2, 'alice');
    expect(await stanceProps('us--protects--juan-guaido')).toBeNull();
    await expect(revertChange(kindChange.change.id, 'alice')).rejects.toMatchObject({ status: 409, code: 'EditConflict' });
    await revertChange(deleted.change.id, 'alice');
    await revertChange(kindChange.change.id, 'alice');
    await revertChange(edited.change.id, 'alice');
    expect(await graphChecksum()).toEqual(start);
  });

  it('lets only one of two simultaneous edits of the same version through; the other gets 409', async () => {
    const v = Number((await stanceProps('us--sanctions--pdvsa'))?.props.version ?? 0);
    const results = await Promise.allSettled([
      editStance(dataset, 'us--sanctions--pdvsa', { version: v, note: 'First.' }, 'alice'),
      editStance(dataset, 'us--sanctions--pdvsa', { version: v, note: 'Second.' }, 'bob'),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { status: 409, code: 'EditConflict' } });
    expect(Number((await stanceProps('us--sanctions--pdvsa'))?.props.version)).toBe(v + 1);
  });

  it('400 naming the field for a quote not at its offsets, with nothing written', async () => {
    const counts = await graphCounts();
    const start = await graphChecksum();
    const wrong = { source: 'wire-article', quote: 'Russia supports', start: 3, end: 18 };
    await expect(createStance({ dataset, from: 'russia', to: 'us', kind: 'OPPOSES', certainty: 'stated', evidence: wrong }, 'alice')).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('evidence.quote'),
    });
    expect(await graphCounts()).toEqual(counts);
    expect(await graphChecksum()).toEqual(start);
  });

  it('409 for a stance to an actor deleted meanwhile', async () => {
    await write((tx) => tx.run("CREATE (:Actor:State {id: 'ghost', name: 'Ghost', kind: 'state', aliases: [], datasets: [$dataset]})", { dataset }));
    await write((tx) => tx.run("MATCH (a:Actor {id: 'ghost'}) DELETE a"));
    await expect(
      createStance({ dataset, from: 'russia', to: 'ghost', kind: 'OPPOSES', certainty: 'stated', evidence: { source: 'wire-article', ...place('Russia supports') } }, 'alice'),
    ).rejects.toMatchObject({ status: 409, code: 'EditConflict', details: { field: 'to' } });
  });
});
