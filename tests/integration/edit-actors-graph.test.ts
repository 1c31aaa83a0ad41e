/**
 * graph/edit/actors.ts, topics.ts and merge.ts against the real Neo4j: names with Cypher and
 * regex metacharacters stored verbatim, versions and 409s, merging "US" into "United States"
 * (every stance, alias and quote moves) and reverting it to exactly the graph before, and the
 * data set version a snapshot compares moving on with each change.
 */
import { closeDriver, transactions } from '@/graph/db/driver';
import { createActor, editActor } from '@/graph/edit/actors';
import { listChanges, revertChange } from '@/graph/edit/audit';
import { mergeActors } from '@/graph/edit/merge';
import { createStance } from '@/graph/edit/stances';
import { createTopic } from '@/graph/edit/topics';
import { exportDataset } from '@/graph/export/exportDataset';
import { loadDataset } from '@/graph/datasets/load';
import { currentDatasetVersion } from '@/graph/snapshots/store';
import { graphChecksum, graphCounts } from '@/tests/support/graphChecksum';
import { EDIT_DATASET, editDataset, place } from '@/tests/support/editData';

const { read } = transactions('test');

const dataset = EDIT_DATASET;

async function actor(id: string) {
  return read(async (tx) => {
    const record = (await tx.run('MATCH (a:Actor {id: $id}) RETURN properties(a) AS props, labels(a) AS labels', { id })).records[0];
    return record ? { props: record.get('props') as Record<string, unknown>, labels: (record.get('labels') as string[]).sort() } : null;
  });
}

async function stancesOf(id: string): Promise<string[]> {
  return read(async (tx) => {
    const result = await tx.run('MATCH (a:Actor {id: $id})-[r]-(o) RETURN type(r) + ":" + o.id + ":" + size(r.quotes) AS s ORDER BY s', { id });
    return result.records.map((r) => String(r.get('s')));
  });
}

describe('graph/edit/actors, topics and merge', () => {
  beforeAll(async () => {
    await loadDataset(editDataset(), { reset: true });
  });
  afterAll(async () => {
    await closeDriver();
  });

  it('stores names with Cypher and regex metacharacters verbatim, with a safe unique slug', async () => {
    const counts = await graphCounts();
    const injection = "a'); MATCH (n) DETACH DELETE n //";
    const first = await createActor({ dataset, name: injection, kind: 'group', aliases: ['$1 \\d+ (?<x>'] }, 'alice');
    expect(first.value.id).toBe('a-match-n-detach-delete-n');
    expect((await actor(first.value.id))?.props).toMatchObject({ name: injection, aliases: ['$1 \\d+ (?<x>'], kind: 'group' });
    expect((await actor(first.value.id))?.labels).toEqual(['Actor', 'Group']);
    // Nothing was deleted: one node more than before, and the change record.
    expect((await graphCounts()).nodes).toBe(counts.nodes + 2);
    const regex = await createTopic({ dataset, name: '.*[(' }, 'alice');
    expect(regex.value).toMatchObject({ id: 'topic', name: '.*[(' });
    // A known name (any case): an actor of that name would duplicate the topic.
    await expect(createActor({ dataset, name: "A'); match (N) detach delete N //", kind: 'group', aliases: [] }, 'alice')).rejects.toMatchObject({ status: 409, code: 'DuplicateName' });
    await expect(createActor({ dataset, name: '.*[(', kind: 'group', aliases: [] }, 'alice')).rejects.toMatchObject({ status: 409, code: 'DuplicateName' });
    await revertChange(regex.change.id, 'alice');
    await revertChange(first.change.id, 'alice');
    expect(await graphCounts()).toEqual({ nodes: counts.nodes + 4, relationships: counts.relationships });
  });

  it('edits an actor (kind label too) with its version; 409 with the current values on a stale one; reverts', async () => {
    const start = await graphChecksum();
    const before = await actor('pdvsa');
    const edited = await editActor('pdvsa', { version: 0, name: 'PDVSA (state oil company)', kind: 'organisation', aliases: ['Petróleos de Venezuela'] }, 'alice');
    expect(edited.value).toMatchObject({ version: 1, kind: 'organisation' });
    expect((await actor('pdvsa'))?.labels).toEqual(['Actor', 'Organisation']);
    await expect(editActor('pdvsa', { version: 0, description: 'Oil.' }, 'bob')).rejects.toMatchObject({
      status: 409,
      code: 'EditConflict',
      details: { current: { name: 'PDVSA (state oil company)', version: 1 } },
    });
    await revertChange(edited.change.id, 'bob');
    expect((await actor('pdvsa'))?.labels).toEqual(before?.labels);
    expect(await graphChecksum()).toEqual(start);
  });

  it('merges "US" into "United States": every stance, alias and quote moves; the revert splits them back exactly', async () => {
    const start = await graphChecksum();
    const versionBefore = await currentDatasetVersion();
    const quotesBefore = await read(async (tx) => (await tx.run('MATCH ()-[r]->() RETURN sum(size(r.quotes)) AS n')).records[0]?.get('n').toNumber());
    // The versions as they are now: another test may have edited (and reverted) these actors first.
    const current = await read(async (tx) => (await tx.run("MATCH (a:Actor) WHERE a.id IN ['us', 'united-states'] RETURN a.id AS id, coalesce(a.version, 0) AS v")).records);
    const versionOf = (id: string) => Number(current.find((r) => r.get('id') === id)?.get('v'));
    const result = await mergeActors({ from: 'us', into: 'united-states', fromVersion: versionOf('us'), intoVersion: versionOf('united-states') }, 'alice');
    expect(result.value).toMatchObject({ moved: 2, combined: 1, dropped: 0 });
    expect(await actor('us')).toBeNull();
    expect((await actor('united-states'))?.props.aliases).toEqual(['United States of America', 'US', 'USA']);
    expect(await stancesOf('united-states')).toEqual([
      'OPPOSES:nicolas-maduro:1', 'RECOGNISES:juan-guaido:1', 'SANCTIONS:pdvsa:1', 'SUPPORTS:fresh-elections:1', 'SUPPORTS:juan-guaido:2',
    ]);
    // Moved stances take the survivor's default ids, so the data set still exports as a valid file.
    const exported = await exportDataset(dataset);
    expect(exported.stances.filter((st) => st.from === 'united-states' || st.to === 'united-states').map((st) => st.id)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    const quotesAfter = await read(async (tx) => (await tx.run('MATCH ()-[r]->() RETURN sum(size(r.quotes)) AS n')).records[0]?.get('n').toNumber());
    expect(quotesAfter).toBe(quotesBefore);
    expect(await currentDatasetVersion()).not.toBe(versionBefore);
    const { changes } = await listChanges({ actor: 'us', limit: 1 });
    expect(changes[0]).toMatchObject({ id: result.change.id, action: 'actor.merge', summary: 'Merged US into United States: 2 stances moved, 1 combined' });

    await expect(mergeActors({ from: 'united-states', into: 'russia', fromVersion: 0, intoVersion: 0 }, 'bob')).rejects.toMatchObject({ status: 409, code: 'EditConflict' });
    await revertChange(result.change.id, 'bob');
    expect(await graphChecksum()).toEqual(start);
    expect(await stancesOf('us')).toEqual(['OPPOSES:nicolas-maduro:1', 'SANCTIONS:pdvsa:1', 'SUPPORTS:juan-guaido:1']);
  });

  it('drops a stance between the two merged actors (it would link the survivor to itself) and brings it back on revert', async () => {
    const start = await graphChecksum();
    const loop = await createStance(
      { dataset, from: 'us', to: 'united-states', kind: 'ALLIED_WITH', certainty: 'stated', evidence: { source: 'wire-article', ...place('The US backs') } },
      'alice',
    );
    const versions = await read(async (tx) => (await tx.run("MATCH (a:Actor) WHERE a.id IN ['us', 'united-states'] RETURN a.id AS id, coalesce(a.version, 0) AS v")).records);
    const version = (id: string) => Number(versions.find((r) => r.get('id') === id)?.get('v'));
    const merged = await mergeActors({ from: 'us', into: 'united-states', fromVersion: version('us'), intoVersion: version('united-states') }, 'alice');
    expect(merged.value).toMatchObject({ moved: 2, combined: 1, dropped: 1 });
    expect(merged.change.summary).toBe('Merged US into United States: 2 stances moved, 1 combined, 1 dropped (between the two)');
    await revertChange(merged.change.id, 'alice');
    await revertChange(loop.change.id, 'alice');
    expect(await graphChecksum()).toEqual(start);
  });

  it('lists changes newest first, filtered by editor, data set and actor, a page at a time', async () => {
    const all = await listChanges({ limit: 200 });
    const times = all.changes.map((c) => c.at);
    expect([...times].sort().reverse()).toEqual(times);
    expect((await listChanges({ editor: 'bob', limit: 200 })).changes.every((c) => c.editor === 'bob')).toBe(true);
    expect((await listChanges({ dataset: 'no-such-set', limit: 200 })).changes).toEqual([]);
    const page1 = await listChanges({ limit: 2 });
    expect(page1.next).toBe(page1.changes[1]?.id);
    const page2 = await listChanges({ limit: 2, before: page1.next ?? undefined });
    expect(page2.changes[0]?.id).toBe(all.changes[2]?.id);
  });
});
