/**
 * previewImport (graph/edit/importPreview.ts) against Neo4j: with nothing written it reports the
 * counts the real load then reports (added, updated, unchanged, merged, removed), also when a
 * stance's records fall into different batches, and it refuses a bad file with the loader's error.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeDriver } from '@/graph/db/driver';
import { previewImport } from '@/graph/edit/importPreview';
import { spreadsheetImporter } from '@/graph/import/spreadsheet';
import { ImportError } from '@/graph/import/types';
import { loadDataset, loadImport, type LoadReport } from '@/graph/datasets/load';
import type { ImportPreview } from '@/graph/edit/importTypes';
import { readDataset } from '@/graph/import/readDataset';
import { graphChecksum } from '@/tests/support/graphChecksum';

const TEMPLATE = path.join(__dirname, '..', '..', 'docs', 'import', 'stances-template.csv');

/** The preview's counts beside the same counts of a load report. */
function sameCounts(preview: ImportPreview, report: LoadReport) {
  expect({ added: preview.added, updated: preview.updated, unchanged: preview.unchanged, merged: preview.merged, removed: preview.removed, stances: preview.stances }).toEqual({
    added: report.stancesAdded, updated: report.stancesUpdated, unchanged: report.stancesUnchanged, merged: report.stancesMerged, removed: report.stancesRemoved, stances: report.stances,
  });
  expect(preview.skipped).toEqual(report.skipped);
  expect(preview.warnings).toEqual(report.warnings);
}

describe('graph/edit/importPreview against Neo4j', () => {
  let dir: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-preview-'));
  });
  // Every test starts from the Venezuela data alone, so it passes run by itself with -t.
  beforeEach(async () => {
    await loadDataset(readDataset(), { reset: true });
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await closeDriver();
  });

  // Batches of 2 come after the template was loaded once under another data set: its topic and
  // sources are then known, though this data set is new.
  it.each([
    { batchSize: 5000, loadedElsewhere: false },
    { batchSize: 2, loadedElsewhere: true },
  ])('previews a new spreadsheet with nothing written, then the load reports the same (batches of $batchSize)', async ({ batchSize, loadedElsewhere }) => {
    const dataset = `template-${batchSize}`;
    if (loadedElsewhere) await loadImport(await spreadsheetImporter(TEMPLATE, { dataset: 'template-elsewhere' }));
    const before = await graphChecksum();
    const preview = await previewImport(await spreadsheetImporter(TEMPLATE, { dataset }), { batchSize });
    expect(await graphChecksum()).toEqual(before);
    expect(preview).toMatchObject({ dataset, format: 'spreadsheet', datasetExists: false, stances: 5, added: 5, removed: 0 });
    // Every actor the template names is in the Venezuela data already; its two sources are not.
    expect(preview.actors).toEqual({ new: 0, known: 6 });
    // The topic is named by a name that slugs to a new id (new at first, known once one load made it), with a warning.
    expect(preview.topics).toEqual(loadedElsewhere ? { new: 0, known: 1 } : { new: 1, known: 0 });
    if (!loadedElsewhere) expect(preview.warnings).toEqual([expect.stringContaining('has the name of "foreign-military-intervention"')]);
    expect(preview.sources).toEqual(loadedElsewhere ? { new: 0, known: 2 } : { new: 2, known: 0 });
    const report = await loadImport(await spreadsheetImporter(TEMPLATE, { dataset }), { batchSize });
    sameCounts(preview, report);
  });

  it('previews a changed file: updated, unchanged and removed stances as the load counts them', async () => {
    const lines = fs.readFileSync(TEMPLATE, 'utf8').split('\n');
    // Drops China's stance (removed) and changes the Putin stance's date (updated).
    const changed = lines.filter((line) => !line.startsWith(',China,')).map((line) => line.replace('Vladimir Putin,person,COURTS,0,2019-01-25', 'Vladimir Putin,person,COURTS,0,2019-01-26'));
    const file = path.join(dir, 'template.csv');
    fs.writeFileSync(file, changed.join('\n'));
    // Both data sets as first loaded from the template, which the changed file then updates.
    for (const batchSize of [5000, 2]) await loadImport(await spreadsheetImporter(TEMPLATE, { dataset: `template-${batchSize}` }), { batchSize });
    for (const batchSize of [5000, 2]) {
      const dataset = `template-${batchSize}`;
      const before = await graphChecksum();
      const preview = await previewImport(await spreadsheetImporter(file, { dataset }), { batchSize });
      expect(await graphChecksum()).toEqual(before);
      expect(preview).toMatchObject({ datasetExists: true, added: 0, updated: 1, unchanged: 3, removed: 1 });
      sameCounts(preview, await loadImport(await spreadsheetImporter(file, { dataset }), { batchSize }));
      // And again: nothing to change.
      const again = await previewImport(await spreadsheetImporter(file, { dataset }), { batchSize });
      expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 4, removed: 0 });
    }
  });

  it('refuses a bad file with the error the load gives, having written nothing', async () => {
    const file = path.join(dir, 'bad.csv');
    fs.writeFileSync(file, fs.readFileSync(TEMPLATE, 'utf8').replace('2019-01-30,,reported', '30/01/2019,,reported'));
    const before = await graphChecksum();
    const previewError = await previewImport(await spreadsheetImporter(file)).catch((error: unknown) => error);
    const loadError = await loadImport(await spreadsheetImporter(file)).catch((error: unknown) => error);
    expect(previewError).toBeInstanceOf(ImportError);
    expect((previewError as ImportError).message).toBe((loadError as ImportError).message);
    expect((previewError as ImportError).message).toMatch(/bad\.csv: row 4, date: /);
    expect(await graphChecksum()).toEqual(before);
  });
});
