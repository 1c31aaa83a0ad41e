/**
 * POST /api/edit/import against the real Neo4j: the preview of a spreadsheet (the documented
 * template), a DNA database and a GDELT export writes nothing and reports the counts the load then
 * reports; confirm loads the file and records one `import` change; a bad file is a 400 naming the
 * row and field with nothing written; no session 401, another site 403, too big 413, the same data
 * set already loading 409; the temporary copy of the upload is always removed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import importRoute from '@/pages/api/edit/import';
import stanceRoute from '@/pages/api/edit/stances/[dataset]/[id]';
import { closeDriver, transactions } from '@/graph/db/driver';
import { Change } from '@/graph/edit/changeTypes';
import { ImportDone, ImportErrors, ImportPreview } from '@/graph/edit/importTypes';
import { ErrorBody } from '@/graph/model/errorBody';
import { SKIP_REASONS } from '@/graph/import/gdelt';
import { loadDataset } from '@/graph/datasets/load';
import { readDataset } from '@/graph/import/readDataset';
import { callRoute } from '@/tests/support/callRoute';
import { buildDnaFile } from '@/tests/support/dnaFile';
import { SAME_SITE_HEADERS, TEST_EDITOR, TEST_HOST, editorHeaders } from '@/tests/support/editors';
import { gdeltEvent } from '@/tests/support/gdeltFile';
import { graphChecksum } from '@/tests/support/graphChecksum';
import { asEditor, revert } from '@/tests/support/editRoutes';

const { read } = transactions('test');

const TEMPLATE = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'import', 'stances-template.csv'));

const LIMA = 'Lima, 4 February. The Lima Group called for a transition without the use of force. Brazil said it would not allow any intervention from its territory.';

async function dnaBytes(): Promise<Buffer> {
  return Buffer.from(await buildDnaFile({
    documents: [{ id: 1, title: 'Lima Group meets in Ottawa', text: LIMA, date: '2019-02-04', source: 'Wire' }],
    statements: [
      { id: 1, document: 1, quote: 'The Lima Group called for a transition without the use of force.', values: { organization: 'Lima Group', concept: 'Peaceful transition', agreement: 1 } },
      { id: 2, document: 1, quote: 'Brazil said it would not allow any intervention from its territory.', values: { organization: 'Brazil', concept: 'Military action in Venezuela', agreement: 0 } },
    ],
    entities: [
      { variable: 'organization', value: 'Lima Group', attributes: { Type: 'Alliance' } },
      { variable: 'organization', value: 'Brazil', attributes: { Type: 'Country' } },
    ],
  }));
}

const GDELT = Buffer.from(`${[
  gdeltEvent({ GlobalEventID: '4001', SQLDATE: '20190124' }),
  gdeltEvent({ GlobalEventID: '4002', SQLDATE: '20190125' }),
  gdeltEvent({ GlobalEventID: '4003', Actor1Code: 'RUS', Actor1Name: 'RUSSIA', EventCode: '072', EventBaseCode: '072', EventRootCode: '07', QuadClass: '2', GoldsteinScale: '8.3' }),
  gdeltEvent({ GlobalEventID: '4004', Actor2Code: '' }),
].join('\n')}\n`);

async function upload(rawBody: Buffer, query: Record<string, string>, headers?: Record<string, string>) {
  return callRoute(importRoute, { method: 'POST', query, rawBody, headers: { 'content-type': 'application/octet-stream', ...(headers ?? (await editorHeaders())) } });
}

async function importChanges(dataset: string) {
  const rows = await read(async (tx) => (await tx.run("MATCH (c:Change {action: 'import', dataset: $dataset}) RETURN c {.*, at: toString(c.at)} AS c", { dataset })).records.map((r) => r.get('c') as Record<string, unknown>));
  const parse = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) as unknown : null);
  return rows.map((props) => Change.parse({ ...props, before: parse(props.before), after: parse(props.after), revertOf: props.revertOf ?? null, revertedBy: props.revertedBy ?? null }));
}

const leftovers = () => fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith('stance-graph-import-'));

describe('POST /api/edit/import', () => {
  let dna: Buffer;

  beforeAll(async () => {
    await loadDataset(readDataset(), { reset: true });
    dna = await dnaBytes();
  });
  afterEach(() => {
    expect(leftovers()).toEqual([]);
  });
  afterAll(async () => {
    await closeDriver();
  });

  it.each([
    ['the spreadsheet template', 'stances-template.csv', undefined, 'template', () => TEMPLATE],
    ['a DNA database', 'lima.dna', undefined, 'dna-lima', () => dna],
    ['a GDELT export', '20190125000000.export.CSV', 'gdelt', 'gdelt-jan', () => GDELT],
  ] as const)('previews %s with nothing written, and the load then reports the same counts', async (_what, name, format, dataset, bytes) => {
    const query = { name, dataset, ...(format ? { format } : {}) };
    const before = await graphChecksum();
    const preview = await upload(bytes(), { ...query, confirm: '0' });
    expect([preview.status, preview.status === 200 ? null : preview.body]).toEqual([200, null]);
    const counts = ImportPreview.parse(preview.body);
    expect(counts).toMatchObject({ dataset, datasetExists: false, removed: 0 });
    expect(counts.added).toBeGreaterThan(0);
    expect(await graphChecksum()).toEqual(before);
    expect(await importChanges(dataset)).toEqual([]);

    const done = await upload(bytes(), { ...query, confirm: '1' });
    expect(done.status).toBe(200);
    const { report, change } = ImportDone.parse(done.body);
    expect({ added: report.stancesAdded, updated: report.stancesUpdated, unchanged: report.stancesUnchanged, merged: report.stancesMerged, removed: report.stancesRemoved, skipped: report.skipped, warnings: report.warnings })
      .toEqual({ added: counts.added, updated: counts.updated, unchanged: counts.unchanged, merged: counts.merged, removed: counts.removed, skipped: counts.skipped, warnings: counts.warnings });
    expect((await graphChecksum()).stances).toBe(before.stances + counts.added);

    const [recorded, ...more] = await importChanges(dataset);
    expect(more).toEqual([]);
    expect(recorded).toMatchObject({ id: change.id, editor: TEST_EDITOR.name, action: 'import', dataset, before: [{ type: 'dataset', id: dataset, value: null }] });
    expect(recorded!.summary).toContain(`Imported ${name}`);
    expect(recorded!.summary).toContain(`${counts.added} stances added`);
    const stored = await read(async (tx) => (await tx.run('MATCH (d:Dataset {id: $dataset}) RETURN d.file AS file, d.complete AS complete', { dataset })).records[0]?.toObject());
    // The data set names the file as the user did, never the temporary copy.
    expect(stored).toEqual({ file: name, complete: true });

    // Previewed again: the data set exists and nothing would change.
    const again = ImportPreview.parse((await upload(bytes(), { ...query, confirm: '0' })).body);
    expect(again).toMatchObject({ datasetExists: true, added: 0, updated: 0, unchanged: counts.added + counts.updated + counts.unchanged, removed: 0 });
  });

  it('reverts an import, whether it created its data set or reloaded one, leaving the graph as before it; refuses while the data set has later changes', async () => {
    const before = await graphChecksum();
    const first = ImportDone.parse((await upload(TEMPLATE, { name: 'a.csv', dataset: 'rev-a', confirm: '1' })).body);
    expect((await graphChecksum()).stances).toBeGreaterThan(before.stances);
    const reverted = await revert(first.change.id);
    expect([reverted.status, reverted.body.error ?? null]).toEqual([200, null]);
    expect(reverted.body.change).toMatchObject({ action: 'revert', revertOf: first.change.id, after: [{ type: 'dataset', id: 'rev-a', value: null }] });
    expect(await graphChecksum()).toEqual(before);
    expect((await revert(first.change.id)).status).toBe(409);

    // A reload that changed the data set: reverted from the copy taken before it.
    await upload(TEMPLATE, { name: 'a.csv', dataset: 'rev-b', confirm: '1' });
    const loaded = await graphChecksum();
    const changed = Buffer.from(TEMPLATE.toString('utf8').replace('Russia and China continue to back Mr Maduro,Venezuela', 'Russia and China still back Mr Maduro,Venezuela'));
    const reload = ImportDone.parse((await upload(changed, { name: 'b.csv', dataset: 'rev-b', confirm: '1' })).body);
    expect(reload.report.stancesUpdated).toBeGreaterThan(0);
    expect(await graphChecksum()).not.toEqual(loaded);
    expect(await read(async (tx) => (await tx.run('MATCH (b:ImportBackup {change: $id}) RETURN count(b) AS n', { id: reload.change.id })).records[0]?.get('n').toNumber())).toBe(1);
    const undone = await revert(reload.change.id);
    expect([undone.status, undone.body.error ?? null]).toEqual([200, null]);
    expect(await graphChecksum()).toEqual(loaded);
    // The copy goes once used.
    expect(await read(async (tx) => (await tx.run('MATCH (b:ImportBackup) RETURN count(b) AS n')).records[0]?.get('n').toNumber())).toBe(0);

    // Edited after the import: the edit goes first.
    const imported = ImportDone.parse((await upload(TEMPLATE, { name: 'a.csv', dataset: 'rev-c', confirm: '1' })).body);
    const edit = await asEditor(stanceRoute, { method: 'PATCH', query: { dataset: 'rev-c', id: 'russian-contractors-protect-maduro' }, body: { version: 0, note: 'checked' } });
    expect(edit.status).toBe(200);
    const blocked = await revert(imported.change.id);
    expect([blocked.status, blocked.body.error?.code]).toEqual([409, 'EditConflict']);
    expect(blocked.body.error?.message).toContain('Revert those changes first');
    expect(await read(async (tx) => (await tx.run("MATCH (d:Dataset {id: 'rev-c'}) RETURN d.id")).records.length)).toBe(1);
  });

  it('names the skipped GDELT records in the preview', async () => {
    const preview = ImportPreview.parse((await upload(GDELT, { name: 'events.export.CSV', dataset: 'gdelt-skips' })).body);
    expect(preview.skipped).toEqual([{ reason: SKIP_REASONS.noActors, count: 1 }]);
  });

  it('refuses a bad file with 400 naming the row and field, previewed or confirmed, with nothing written', async () => {
    const bad = Buffer.from(TEMPLATE.toString('utf8').replace('2019-01-30,,reported', '30/01/2019,,reported'));
    const before = await graphChecksum();
    for (const confirm of ['0', '1']) {
      const answer = await upload(bad, { name: 'my stances.csv', dataset: 'bad-import', confirm });
      expect(answer.status).toBe(400);
      const { error } = ErrorBody.parse(answer.body);
      expect(error.code).toBe('BadImport');
      const { errors } = ImportErrors.parse(error.details);
      expect(errors).toEqual([expect.stringMatching(/^my stances\.csv: row 4, date: /)]);
      expect(error.message).not.toContain(os.tmpdir());
    }
    // A YAML file with several problems lists each of them.
    const yaml = 'dataset: { id: y, title: Y }\nactors:\n  - { id: a, name: A, kind: planet }\nstances: []\nsources: []\n';
    const answer = await upload(Buffer.from(yaml), { name: 'data.yaml', confirm: '1' });
    expect(answer.status).toBe(400);
    expect(ImportErrors.parse(ErrorBody.parse(answer.body).error.details).errors[0]).toMatch(/^data\.yaml: actors\[0\]\.kind: /);
    // A "billion laughs" alias bomb is a 400 naming the file and the limit, not a 500.
    const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n');
    const bomb = await upload(Buffer.from(laughs), { name: 'laughs.yaml', confirm: '1' });
    expect(bomb.status).toBe(400);
    expect(ImportErrors.parse(ErrorBody.parse(bomb.body).error.details).errors[0]).toMatch(/^laughs\.yaml: invalid YAML: .*limit of 100 alias uses/);
    expect(await graphChecksum()).toEqual(before);
    expect(await importChanges('bad-import')).toEqual([]);
  });

  it('refuses a second import of a data set while the first is loading (409), and loads the first', async () => {
    const [first, second] = await Promise.all([
      upload(TEMPLATE, { name: 'a.csv', dataset: 'twice', confirm: '1' }),
      upload(TEMPLATE, { name: 'a.csv', dataset: 'twice', confirm: '1' }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    expect(ErrorBody.parse([first, second].find((a) => a.status === 409)!.body).error.code).toBe('ImportRunning');
    expect(await importChanges('twice')).toHaveLength(1);
  });

  it('refuses a file it cannot place: no format, a bad data set id', async () => {
    const noFormat = await upload(TEMPLATE, { name: 'notes.txt' });
    expect(noFormat.status).toBe(400);
    expect(ErrorBody.parse(noFormat.body).error.message).toContain('Cannot tell the format');
    const badId = await upload(TEMPLATE, { name: 'a.csv', dataset: 'Not A Slug' });
    expect(badId.status).toBe(400);
    expect(ErrorBody.parse(badId.body).error.message).toContain('dataset');
  });

  it('refuses without a session (401), from another site (403) and over IMPORT_MAX_BYTES (413), writing nothing', async () => {
    const before = await graphChecksum();
    const anonymous = await upload(TEMPLATE, { name: 'a.csv', dataset: 'anon', confirm: '1' }, SAME_SITE_HEADERS);
    expect(anonymous.status).toBe(401);
    expect(ErrorBody.parse(anonymous.body).error.code).toBe('Unauthenticated');
    const crossSite = await upload(TEMPLATE, { name: 'a.csv', dataset: 'cross', confirm: '1' }, { ...(await editorHeaders()), origin: 'https://evil.example', host: TEST_HOST });
    expect(crossSite.status).toBe(403);
    expect(ErrorBody.parse(crossSite.body).error.code).toBe('CrossSite');
    const saved = process.env.IMPORT_MAX_BYTES;
    process.env.IMPORT_MAX_BYTES = '1000';
    try {
      const tooLarge = await upload(TEMPLATE, { name: 'a.csv', dataset: 'too-large', confirm: '1' });
      expect(tooLarge.status).toBe(413);
      expect(ErrorBody.parse(tooLarge.body).error).toMatchObject({ code: 'TooLarge', details: { bytes: TEMPLATE.length, maxBytes: 1000 } });
    } finally {
      if (saved === undefined) delete process.env.IMPORT_MAX_BYTES;
      else process.env.IMPORT_MAX_BYTES = saved;
    }
    const empty = await upload(Buffer.alloc(0), { name: 'a.csv' });
    expect(empty.status).toBe(400);
    expect(await graphChecksum()).toEqual(before);
  });
});
