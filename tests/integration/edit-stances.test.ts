/**
 * POST /api/edit/stances, PATCH and DELETE /api/edit/stances/<dataset>/<id> and the revert route,
 * in-process against the real Neo4j as a signed-in editor: each write records its change with
 * before and after, each revert gives back exactly the graph before, and bad or stale requests
 * are refused with nothing written.
 */
import createRoute from '@/pages/api/edit/stances/index';
import stanceRoute from '@/pages/api/edit/stances/[dataset]/[id]';
import { closeDriver, transactions } from '@/graph/db/driver';
import { loadDataset } from '@/graph/datasets/load';
import { callRoute } from '@/tests/support/callRoute';
import { SAME_SITE_HEADERS } from '@/tests/support/editors';
import { EDIT_DATASET, editDataset, place } from '@/tests/support/editData';
import { asEditor, latestChange, revert } from '@/tests/support/editRoutes';
import { graphChecksum, graphCounts } from '@/tests/support/graphChecksum';

const { write } = transactions('test');

const dataset = EDIT_DATASET;
const newStance = {
  dataset,
  from: 'russia',
  to: 'fresh-elections',
  kind: 'OPPOSES',
  certainty: 'stated',
  note: 'From the wire.',
  evidence: { source: 'wire-article', ...place('Russia supports Nicolás Maduro') },
};

describe('edit API: stances', () => {
  beforeAll(async () => {
    await loadDataset(editDataset(), { reset: true });
  });
  afterAll(async () => {
    await closeDriver();
  });

  it('creates a stance (201), records it with before and after, and the revert route removes it', async () => {
    const start = await graphChecksum();
    const created = await asEditor<{ change: { id: string }; value: { id: string; polarity: number; date: string } }>(createRoute, { method: 'POST', body: newStance });
    expect(created.status).toBe(201);
    expect(created.body.value).toMatchObject({ id: 'russia--opposes--fresh-elections', polarity: -1, date: '2019-01-24' });
    const change = await latestChange();
    expect(change).toMatchObject({ id: created.body.change.id, action: 'stance.create', editor: 'test-editor', dataset, actorIds: ['russia'] });
    expect(change.before?.find((e) => e.type === 'stance')?.value).toBeNull();
    expect(change.after?.find((e) => e.type === 'stance')?.value).toMatchObject({ quotes: ['Russia supports Nicolás Maduro'], note: 'From the wire.' });

    const undone = await revert(change.id);
    expect(undone.status).toBe(200);
    expect(undone.body.change).toMatchObject({ action: 'revert', revertOf: change.id });
    expect(await graphChecksum()).toEqual(start);
    expect((await latestChange()).id).toBe(undone.body.change.id);
    expect((await revert(change.id)).status).toBe(409);
  });

  it('adds a quote to the existing stance (200, stance.evidence) and the revert removes just that quote', async () => {
    const start = await graphChecksum();
    const added = await asEditor<{ value: { quotes: string[] } }>(createRoute, {
      method: 'POST',
      body: { ...newStance, to: 'nicolas-maduro', kind: 'SUPPORTS', evidence: { source: 'wire-article', ...place('Russia supports') } },
    });
    expect(added.status).toBe(200);
    expect(added.body.value.quotes).toEqual(['Russia supports Nicolás Maduro', 'Russia supports']);
    const change = await latestChange();
    expect(change.action).toBe('stance.evidence');
    expect((await revert(change.id)).status).toBe(200);
    expect(await graphChecksum()).toEqual(start);
  });

  it('edits and deletes by version; a stale version gets 409 with the current values; both revert', async () => {
    const start = await graphChecksum();
    const query = { dataset, id: 'us--sanctions--pdvsa' };
    const edited = await asEditor<{ value: { version: number; certainty: string } }>(stanceRoute, { method: 'PATCH', query, body: { version: 0, certainty: 'claimed', until: '2019-03-01' } });
    expect(edited.status).toBe(200);
    expect(edited.body.value).toMatchObject({ version: 1, certainty: 'claimed' });
    const editChange = await latestChange();
    expect(editChange.before?.[0]?.value).toMatchObject({ certainty: 'reported', until: null });
    expect(editChange.after?.[0]?.value).toMatchObject({ certainty: 'claimed', until: '2019-03-01' });

    const stale = await asEditor<{ error: { code: string; details: { current: { certainty: string; version: number } } } }>(stanceRoute, { method: 'PATCH', query, body: { version: 0, certainty: 'alleged' } });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'EditConflict', details: { current: { certainty: 'claimed', version: 1 } } });
    const staleDelete = await asEditor(stanceRoute, { method: 'DELETE', query: { ...query, version: '0' } });
    expect(staleDelete.status).toBe(409);

    const deleted = await asEditor(stanceRoute, { method: 'DELETE', query: { ...query, version: '1' } });
    expect(deleted.status).toBe(200);
    const deleteChange = await latestChange();
    expect(deleteChange).toMatchObject({ action: 'stance.delete', after: [{ type: 'stance', value: null }] });
    expect((await asEditor(stanceRoute, { method: 'PATCH', query, body: { version: 2, note: 'x' } })).status).toBe(404);

    expect((await revert(deleteChange.id)).status).toBe(200);
    expect((await revert(editChange.id)).status).toBe(200);
    expect(await graphChecksum()).toEqual(start);
  });

  it('400 naming the field when the quote is not at its offsets, with nothing written', async () => {
    const counts = await graphCounts();
    const start = await graphChecksum();
    const shifted = { ...newStance, evidence: { ...newStance.evidence, start: newStance.evidence.start + 1, end: newStance.evidence.end + 1 } };
    const answer = await asEditor<{ error: { code: string; message: string } }>(createRoute, { method: 'POST', body: shifted });
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toMatch(/evidence\.quote: quote does not match the text of source "wire-article"/);
    const noOffsets = await asEditor<{ error: { message: string } }>(createRoute, { method: 'POST', body: { ...newStance, evidence: { source: 'wire-article', quote: 'Russia supports' } } });
    expect(noOffsets.status).toBe(400);
    expect(noOffsets.body.error.message).toMatch(/evidence\.start/);
    expect(await graphCounts()).toEqual(counts);
    expect(await graphChecksum()).toEqual(start);
  });

  it('409 for a stance to an actor deleted meanwhile, with nothing written', async () => {
    await write((tx) => tx.run("CREATE (:Actor:State {id: 'gone-state', name: 'Gone State', kind: 'state', aliases: [], datasets: [$dataset]})", { dataset }));
    await write((tx) => tx.run("MATCH (a:Actor {id: 'gone-state'}) DELETE a"));
    const counts = await graphCounts();
    const answer = await asEditor<{ error: { code: string; message: string } }>(createRoute, { method: 'POST', body: { ...newStance, to: 'gone-state' } });
    expect(answer.status).toBe(409);
    expect(answer.body.error).toMatchObject({ code: 'EditConflict', message: expect.stringContaining('"gone-state" does not exist') });
    expect(await graphCounts()).toEqual(counts);
  });

  it('refuses writes without a session (401) and from another site (403)', async () => {
    const counts = await graphCounts();
    expect((await callRoute(createRoute, { method: 'POST', body: newStance, headers: { ...SAME_SITE_HEADERS } })).status).toBe(401);
    expect((await asEditor(createRoute, { method: 'POST', body: newStance, headers: { origin: 'https://evil.example' } })).status).toBe(403);
    expect(await graphCounts()).toEqual(counts);
  });
});
