/**
 * POST /api/edit/actors, PATCH /api/edit/actors/<id>, POST /api/edit/actors/merge,
 * POST /api/edit/topics, GET /api/changes and the revert route, in-process against the real
 * Neo4j as a signed-in editor.
 */
import actorsRoute from '@/pages/api/edit/actors/index';
import actorRoute from '@/pages/api/edit/actors/[id]';
import mergeRoute from '@/pages/api/edit/actors/merge';
import topicsRoute from '@/pages/api/edit/topics';
import changesRoute from '@/pages/api/changes/index';
import { closeDriver, transactions } from '@/graph/db/driver';
import type { ChangeList } from '@/graph/edit/changeTypes';
import { loadDataset } from '@/graph/datasets/load';
import { callRoute } from '@/tests/support/callRoute';
import { EDIT_DATASET, editDataset } from '@/tests/support/editData';
import { asEditor, latestChange, revert } from '@/tests/support/editRoutes';
import { graphChecksum, graphCounts } from '@/tests/support/graphChecksum';

const { read, write } = transactions('test');

const dataset = EDIT_DATASET;
const INJECTION = "a'); MATCH (n) DETACH DELETE n //";
const REGEX = '.*[(';

async function node(id: string) {
  return read(async (tx) => {
    const record = (await tx.run('MATCH (n {id: $id}) WHERE n:Actor OR n:Topic RETURN properties(n) AS props', { id })).records[0];
    return (record?.get('props') as Record<string, unknown> | undefined) ?? null;
  });
}

describe('edit API: actors, topics, merge and the change list', () => {
  beforeAll(async () => {
    await loadDataset(editDataset(), { reset: true });
    // --reset keeps the audit trail; the list test counts this file's changes only.
    await write((tx) => tx.run('MATCH (c:Change) DELETE c'));
  });
  afterAll(async () => {
    await closeDriver();
  });

  it('creates actors and topics named with Cypher and regex metacharacters, stored verbatim; each revert removes it', async () => {
    const start = await graphChecksum();
    const counts = await graphCounts();
    const actor = await asEditor<{ value: { id: string } }>(actorsRoute, { method: 'POST', body: { dataset, name: INJECTION, kind: 'group', aliases: [REGEX] } });
    expect(actor.status).toBe(201);
    expect(await node(actor.body.value.id)).toMatchObject({ name: INJECTION, aliases: [REGEX], datasets: [dataset] });
    expect((await graphCounts()).nodes).toBe(counts.nodes + 2);
    const actorChange = await latestChange();
    expect(actorChange).toMatchObject({ action: 'actor.create', actorIds: [actor.body.value.id], before: [{ type: 'actor', value: null }], after: [{ type: 'actor', value: { name: INJECTION } }] });

    const topic = await asEditor<{ value: { id: string } }>(topicsRoute, { method: 'POST', body: { dataset, name: `${REGEX} topic`, description: '$1 \\d' } });
    expect(topic.status).toBe(201);
    expect(await node(topic.body.value.id)).toMatchObject({ name: `${REGEX} topic`, description: '$1 \\d' });
    const topicChange = await latestChange();
    expect(topicChange).toMatchObject({ action: 'topic.create', after: [{ type: 'topic', value: { name: `${REGEX} topic` } }] });

    const duplicate = await asEditor<{ error: { code: string } }>(actorsRoute, { method: 'POST', body: { dataset, name: 'united states', kind: 'state' } });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.code).toBe('DuplicateName');
    const badSet = await asEditor<{ error: { message: string } }>(actorsRoute, { method: 'POST', body: { dataset: 'no-such-set', name: 'Someone', kind: 'person' } });
    expect(badSet.status).toBe(400);
    expect(badSet.body.error.message).toMatch(/dataset: there is no data set "no-such-set"/);

    expect((await revert(topicChange.id)).status).toBe(200);
    expect((await revert(actorChange.id)).status).toBe(200);
    expect(await graphChecksum()).toEqual(start);
  });

  it('edits an actor by version, 409 with the current values on a stale one, and reverts', async () => {
    const start = await graphChecksum();
    const edited = await asEditor<{ value: { version: number } }>(actorRoute, { method: 'PATCH', query: { id: 'russia' }, body: { version: 0, name: 'Russian Federation', aliases: ['Russia', 'Moscow'], description: 'A state.' } });
    expect(edited.status).toBe(200);
    // The old name typed as an alias stays; the new name is never its own alias.
    expect(await node('russia')).toMatchObject({ name: 'Russian Federation', aliases: ['Russia', 'Moscow'], version: expect.anything() });
    const change = await latestChange();
    expect(change).toMatchObject({ action: 'actor.edit', summary: 'Edited actor: Russia → Russian Federation (name, aliases, description)' });
    expect(change.before?.[0]?.value).toMatchObject({ name: 'Russia', aliases: [], description: null });

    const stale = await asEditor<{ error: { details: { current: { name: string } } } }>(actorRoute, { method: 'PATCH', query: { id: 'russia' }, body: { version: 0, kind: 'bloc' } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.current.name).toBe('Russian Federation');
    expect((await asEditor(actorRoute, { method: 'PATCH', query: { id: 'nobody' }, body: { version: 0, kind: 'bloc' } })).status).toBe(404);

    expect((await revert(change.id)).status).toBe(200);
    expect(await graphChecksum()).toEqual(start);
  });

  it('merges "US" into "United States" (every stance, alias and quote moves) and the revert splits them back', async () => {
    const start = await graphChecksum();
    const quotes = async () => read(async (tx) => (await tx.run("MATCH (:Actor {id: 'united-states'})-[r]-() RETURN r.quotes AS q")).records.flatMap((r) => r.get('q') as string[]).sort());
    const merged = await asEditor<{ value: { moved: number; combined: number; aliases: string[] } }>(mergeRoute, { method: 'POST', body: { from: 'us', into: 'united-states', fromVersion: 0, intoVersion: 0 } });
    expect(merged.status).toBe(200);
    expect(merged.body.value).toMatchObject({ moved: 2, combined: 1, aliases: ['United States of America', 'US', 'USA'] });
    expect(await node('us')).toBeNull();
    expect(await quotes()).toEqual([
      'Nicolás Maduro rejects the opposition', 'The US backs Juan Guaidó', 'The US sanctions PDVSA', 'The United States recognises Juan Guaidó',
      'recognises Juan Guaidó and urges', 'urges fresh elections',
    ]);
    const change = await latestChange();
    expect(change).toMatchObject({ action: 'actor.merge', actorIds: ['us', 'united-states'] });
    const byActor = await callRoute<ChangeList>(changesRoute, { query: { actor: 'us' } });
    expect(byActor.body.changes[0]?.id).toBe(change.id);

    const stale = await asEditor(mergeRoute, { method: 'POST', body: { from: 'united-states', into: 'russia', fromVersion: 0, intoVersion: 0 } });
    expect(stale.status).toBe(409);
    expect((await asEditor(mergeRoute, { method: 'POST', body: { from: 'russia', into: 'russia', fromVersion: 0, intoVersion: 0 } })).status).toBe(400);

    expect((await revert(change.id)).status).toBe(200);
    expect(await graphChecksum()).toEqual(start);
  });

  it('GET /api/changes filters by editor and data set, pages with before, and is public', async () => {
    // Changes of its own, so it passes alone as in the file: three topics made and each made undone.
    await write((tx) => tx.run('MATCH (c:Change) DELETE c'));
    for (const name of ['first', 'second', 'third']) {
      const made = await asEditor<{ change: { id: string } }>(topicsRoute, { method: 'POST', body: { dataset, name: `Listed ${name} topic` } });
      expect(made.status).toBe(201);
      expect((await revert(made.body.change.id)).status).toBe(200);
    }
    const all = await callRoute<ChangeList>(changesRoute, { query: { limit: '200' } });
    expect(all.status).toBe(200);
    expect(all.body.changes.length).toBe(6);
    expect((await callRoute<ChangeList>(changesRoute, { query: { editor: 'someone-else' } })).body.changes).toEqual([]);
    expect((await callRoute<ChangeList>(changesRoute, { query: { dataset } })).body.changes.length).toBeGreaterThan(0);
    const page = await callRoute<ChangeList>(changesRoute, { query: { limit: '3' } });
    const next = await callRoute<ChangeList>(changesRoute, { query: { limit: '3', before: page.body.next ?? '' } });
    expect([...page.body.changes, ...next.body.changes].map((c) => c.id)).toEqual(all.body.changes.slice(0, 6).map((c) => c.id));
    expect((await callRoute(changesRoute, { query: { limit: '0' } })).status).toBe(400);
  });
});
